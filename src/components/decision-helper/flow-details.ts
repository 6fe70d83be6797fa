// Where the details typed beside the messages are kept: apart from the situation (its schema holds
// no names), under a key of their own (./storage-keys.ts), cleared with the rest by "Clear my details".
import { clearSaved } from '../storage';
import { DETAILS_KEY } from './storage-keys';

export { DETAILS_KEY };
export const DETAILS_VERSION = 1;

export const clearFlowDetails = (): void => clearSaved(DETAILS_KEY);
