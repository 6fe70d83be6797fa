// The builder's reader (./reader.ts), loaded when there is something to read. At the start that is
// a form saved in this browser, edits of its messages (saved beside a form) or a link: the island
// then waits for it before its first render, so that render already shows them. Later, another
// tab's save brings it. A fresh form needs none (lib/builder-defaults.ts).
import type { BuilderForm } from '../../lib/builder-state';
import { followThroughReader } from '../shared/follow-through-reader';
import { loadOnce } from '../shared/load-once';
import { hasSavedEdits, STORAGE_KEY, STORAGE_VERSION } from './form-state';

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

/** Follows what another tab of the builder saves or clears, read through its schema (see followThroughReader). */
export const followOtherTabs = (follow: (value: BuilderForm | null, notice: string) => void, onFailed: () => void): (() => void) =>
  followThroughReader(STORAGE_KEY, STORAGE_VERSION, readerChunk, (reader, data) => reader.readSavedBuilderForm(data), follow, onFailed);
