// The builder's reader (./reader.ts), loaded when there is something to read. At the start that is
// a form saved in this browser, edits of its messages (saved beside a form) or a link: the island
// then waits for it before its first render, so that render already shows them. Later, another
// tab's save brings it. A fresh form needs none (lib/builder-defaults.ts).
import { loadOnce } from '../shared/load-once';
import { hasSavedEdits, STORAGE_KEY } from './form-state';

export type Reader = typeof import('./reader');

export const readerChunk = loadOnce<Reader>(() => import('./reader'));

function hasSavedForm(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false; // storage refused (private modes, blocked cookies): nothing was saved
  }
}

/** Whether the builder has something to read before it can show the person their form. */
export const needsReaderAtStart = (): boolean =>
  typeof window !== 'undefined' && (window.location.search.length > 1 || hasSavedForm() || hasSavedEdits());
