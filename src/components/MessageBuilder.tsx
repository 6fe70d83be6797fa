// The message builder island lives in ./message-builder/; pages import it from here.
export { default } from './message-builder/MessageBuilder';
