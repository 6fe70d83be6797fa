// The decision helper island lives in ./decision-helper/; pages import it from here.
export { default } from './decision-helper/DecisionHelper';
