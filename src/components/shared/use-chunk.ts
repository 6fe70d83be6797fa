// A lazily loaded chunk as state: asked for once wanted, kept once come, and a failure said.
import { useEffect, useState } from 'preact/hooks';
import type { LoadOnce } from './load-once';

export interface ChunkState<T> {
  value: T | undefined;
  /** The chunk could not load (offline after an update, say): to be said, never a blank. */
  failed: boolean;
}

export function useChunk<T>(chunk: LoadOnce<T>, isWanted: boolean): ChunkState<T> {
  const [value, setValue] = useState<T | undefined>(chunk.loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!isWanted || value) return;
    let isCurrent = true;
    chunk
      .load()
      .then((module) => isCurrent && setValue(() => module))
      .catch(() => isCurrent && setFailed(true));
    return () => {
      isCurrent = false;
    };
  }, [isWanted, value]);
  return { value, failed };
}
