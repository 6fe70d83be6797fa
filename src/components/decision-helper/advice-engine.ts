// What the helper loads once there is a situation to decide: the engine and the view of its advice.
// About half the helper's own script; a person filling in the form, or only reading the page, never waits for it.
export { adviceFrom } from '../../lib/advice/decide';
export { AdviceView } from './AdviceView';
