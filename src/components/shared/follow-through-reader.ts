// Following another tab's save when the schema that reads it may not have loaded yet: both islands
// start without it (it comes only with something to read), so a change from another tab waits for it.
import { STORAGE_NOTICES, watchSaved } from '../storage';
import type { LoadOnce } from './load-once';

/**
 * Calls `follow` with what another tab saved under `key` (null when it cleared), read through the
 * reader `chunk` brings, or `onFailed` when that chunk cannot load. Each change waits on the same
 * load, so they are followed in the order they came. Returns the way to stop.
 */
export function followThroughReader<Reader, Value>(
  key: string,
  version: number,
  chunk: LoadOnce<Reader>,
  read: (reader: Reader, data: unknown) => Value | null,
  follow: (value: Value | null, notice: string) => void,
  onFailed: () => void,
): () => void {
  return watchSaved(key, version, (data) => ({ data }), (change) => {
    const saved = change.value;
    // A clear needs no reader, but waits for it all the same, so it cannot overtake an earlier save.
    if (!saved) return void chunk.load().then(() => follow(null, change.notice), () => follow(null, change.notice));
    void chunk.load().then((reader) => {
      const value = read(reader, saved.data);
      follow(value, value ? change.notice : STORAGE_NOTICES.unreadable);
    }, onFailed);
  });
}
