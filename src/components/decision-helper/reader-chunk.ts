// The schema's reader (./reader.ts), loaded when there is something to read. At the start that is
// details saved in this browser, a link or a choice in this page's history: the island then waits
// for it before its first render, so that render already shows them. Later, another tab's save
// brings it. The form's own state needs none: lib/advice/check-read.ts checks it as it is.
import { loadOnce } from '../shared/load-once';
import { hasChoiceHere } from './chosen-here';
import { hasSomethingToRestore } from './restore-check';

export type Reader = typeof import('./reader');

export const readerChunk = loadOnce<Reader>(() => import('./reader'));

/** Whether the helper has something to read before it can render what the person should see. */
export const needsReaderAtStart = (): boolean => typeof window !== 'undefined' && (hasSomethingToRestore() || hasChoiceHere());
