// The schema's reader (./reader.ts), loaded when there is something to read. At the start that is
// details saved in this browser, a link or a choice in this page's history: the island then waits
// for it before its first render, so that render already shows them. Later, another tab's save
// brings it. The form's own state needs none: lib/advice/check-read.ts checks it as it is.
import { STORAGE_NOTICES, watchSaved } from '../storage';
import { loadOnce } from '../shared/load-once';
import { hasChoiceHere } from './chosen-here';
import type { SavedHelper } from './reader';
import { hasSomethingToRestore } from './restore-check';
import { SITUATION_KEY, SITUATION_VERSION } from './storage-keys';

export type Reader = typeof import('./reader');

export const readerChunk = loadOnce<Reader>(() => import('./reader'));

/** Whether the helper has something to read before it can render what the person should see. */
export const needsReaderAtStart = (): boolean => typeof window !== 'undefined' && (hasSomethingToRestore() || hasChoiceHere());

/**
 * Calls `follow` with what another tab of the helper saved (null when it cleared), read through the
 * schema, or `onFailed` when the schema cannot load. Each change waits on the same load, so they
 * are followed in the order they came. Returns the way to stop.
 */
export function followOtherTabs(follow: (value: SavedHelper | null, notice: string) => void, onFailed: () => void): () => void {
  return watchSaved(SITUATION_KEY, SITUATION_VERSION, (data) => ({ data }), (change) => {
    const saved = change.value;
    if (!saved) return void readerChunk.load().then(() => follow(null, change.notice), () => follow(null, change.notice));
    void readerChunk.load().then((reader) => {
      const read = reader.readSavedHelper(saved.data);
      follow(read, read ? change.notice : STORAGE_NOTICES.unreadable);
    }, onFailed);
  });
}
