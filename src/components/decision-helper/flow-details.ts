// Where the details typed beside the messages are kept: apart from the situation (its schema holds
// no names), under a key of their own, cleared with the rest by "Clear my details".
import { clearSaved } from '../storage';

export const DETAILS_KEY = 'bowout:decision-helper:details';
export const DETAILS_VERSION = 1;

export const clearFlowDetails = (): void => clearSaved(DETAILS_KEY);
