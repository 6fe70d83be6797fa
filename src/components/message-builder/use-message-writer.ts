// The builder's message writer (./message-writer.ts), loaded the first time it is wanted and kept for
// the page's life: a second builder on the page, or the next change, finds it at once.
import { loadOnce } from '../shared/load-once';
import { useChunk } from '../shared/use-chunk';

export type MessageWriter = typeof import('./message-writer');

const writerChunk = loadOnce<MessageWriter>(() => import('./message-writer'));

export interface WriterState {
  writer: MessageWriter | undefined;
  /** The chunk could not load (offline after an update, say): said, never a blank. */
  failed: boolean;
}

export function useMessageWriter(isWanted: boolean): WriterState {
  const { value, failed } = useChunk(writerChunk, isWanted);
  return { writer: value, failed };
}
