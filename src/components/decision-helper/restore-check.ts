// Whether the helper has something to restore on arrival: a link's query string or details saved
// in this browser. Read by the client directives (./client-touch.ts, ./client-saved.ts), which
// Astro bundles alone into each page's HTML: keep its imports to the storage keys.
import { DETAILS_KEY, SITUATION_KEY } from './storage-keys';

export function hasSomethingToRestore(): boolean {
  if (location.search.length > 1) return true;
  try {
    return localStorage.getItem(SITUATION_KEY) !== null || localStorage.getItem(DETAILS_KEY) !== null;
  } catch {
    return false; // storage refused (private modes, blocked cookies): nothing was saved
  }
}
