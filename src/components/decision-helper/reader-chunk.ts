// The schema's reader (./reader.ts), loaded when there is something to read. At the start that is
// details saved in this browser, a link or a choice in this page's history: the island then waits
// for it before its first render, so that render already shows them. Later, another tab's save
// brings it. The form's own state needs none: lib/advice/check-read.ts checks it as it is.
import { followThroughReader } from '../shared/follow-through-reader';
import { loadOnce } from '../shared/load-once';
import { hasChoiceHere } from './chosen-here';
import type { SavedHelper } from './reader';
import { hasSomethingToRestore } from './restore-check';
import { SITUATION_KEY, SITUATION_VERSION } from './storage-keys';

export type Reader = typeof import('./reader');

export const readerChunk = loadOnce<Reader>(() => import('./reader'));

/** Whether the helper has something to read before it can render what the person should see. */
export const needsReaderAtStart = (): boolean => typeof window !== 'undefined' && (hasSomethingToRestore() || hasChoiceHere());

/** Follows what another tab of the helper saves or clears, read through the schema (see followThroughReader). */
export const followOtherTabs = (follow: (value: SavedHelper | null, notice: string) => void, onFailed: () => void): (() => void) =>
  followThroughReader(SITUATION_KEY, SITUATION_VERSION, readerChunk, (reader, data) => reader.readSavedHelper(data), follow, onFailed);
