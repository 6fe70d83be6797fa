// The builder's message writer (./message-writer.ts), loaded the first time it is wanted and kept for
// the page's life: a second builder on the page, or the next change, finds it at once.
import { useEffect, useState } from 'preact/hooks';
import { loadOnce } from '../shared/load-once';

export type MessageWriter = typeof import('./message-writer');

const writerChunk = loadOnce<MessageWriter>(() => import('./message-writer'));

export interface WriterState {
  writer: MessageWriter | undefined;
  /** The chunk could not load (offline after an update, say): said, never a blank. */
  failed: boolean;
}

export function useMessageWriter(isWanted: boolean): WriterState {
  const [writer, setWriter] = useState<MessageWriter | undefined>(writerChunk.loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!isWanted || writer) return;
    let isCurrent = true;
    writerChunk
      .load()
      .then((module) => isCurrent && setWriter(module))
      .catch(() => isCurrent && setFailed(true));
    return () => {
      isCurrent = false;
    };
  }, [isWanted, writer]);
  return { writer, failed };
}
