// Where the helper keeps what a person saved in this browser. A file with no imports, because the
// client:touch directive (./client-touch.ts) is bundled on its own into the page's HTML and must
// learn these names without pulling in the island.
export const SITUATION_KEY = 'bowout:decision-helper';
// Version 2: contacts, people and "spoke" replaced the old channels, and the wish may be unchosen.
export const SITUATION_VERSION = 2;
// The details typed beside the messages (names, company), apart from the situation.
export const DETAILS_KEY = 'bowout:decision-helper:details';
