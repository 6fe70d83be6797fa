// One value this browser keeps under its own key, for an island: loaded once, saved on each change
// in the task of the keystroke, and followed when another tab of the site saves or clears it, never
// writing back what this tab read (on arrival or from another tab), which may be older than storage.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clearSaved, loadSaved, saveDetails, watchSaved } from '../storage';

interface Stored<T> {
  key: string;
  version: number;
  /** Reads saved data forgivingly, or null when there is nothing of it to keep. */
  read: (data: unknown) => T | null;
  /** The value as saved: read back as a reading reads it, so a tab that reads and saves it writes the very same text. */
  toSave: (value: T) => unknown;
  /** The value before anything is saved, and once it is cleared. */
  empty: T;
  /** Told when a save fails, in a sentence to show. */
  onSaveNotice?: (notice: string) => void;
  /** Told when this tab follows what another tab saved (not when it cleared: the form says that). */
  onFollowed?: () => void;
}

/** Said when a tool's messages follow another tab's edits, so text never changes under the person unexplained. */
export const EDITED_ELSEWHERE = 'You changed your messages in another tab, so this tab shows them too.';

export function useSaved<T extends object>({ key, version, read, toSave, empty, onSaveNotice, onFollowed }: Stored<T>) {
  const [value, setValue] = useState<T>(empty);
  const [loaded, setLoaded] = useState(false);
  // What this tab took from another is not written back: by the time it renders, that tab may have
  // saved again (an edited subject after an edited body), and writing the older state would undo it.
  // What this tab derives from it (edits carried into its messages) is that tab's to save too: it
  // derives the same. Effects run after paint, so a newer save can arrive before they do.
  const followed = useRef(new WeakSet<T>());
  // What this tab read on arrival is what storage held: written back, it is at best the same, and at
  // worst older than what another tab saved since (a hidden tab's effects can wait a second or more).
  const asLoaded = useRef<T | null>(null);

  useEffect(() => {
    const saved = loadSaved(key, version, read);
    asLoaded.current = saved.value ?? value;
    if (saved.value) setValue(saved.value);
    setLoaded(true);
    return watchSaved(key, version, read, (change) => {
      const next = change.value ?? empty;
      followed.current.add(next);
      setValue(next);
      if (change.value) onFollowed?.();
    });
  }, []);
  // A layout effect saves in the task of the keystroke's render, so a reload straight after typing
  // still finds the last character saved (a plain effect waits for a paint).
  useLayoutEffect(() => {
    if (!loaded || followed.current.has(value) || asLoaded.current === value) return;
    const result = saveDetails(key, version, toSave(value));
    if (result.notice) onSaveNotice?.(result.notice);
  }, [value, loaded]);

  /** The value worked out from the current one, called from an effect: derived from what another tab saved, it is not written back. */
  const derive = (update: (current: T) => T): void =>
    setValue((current) => {
      const next = update(current);
      if (next !== current && followed.current.has(current)) followed.current.add(next);
      return next;
    });
  /** Forgets what is saved, and starts again from empty (which storage now holds: nothing to write). */
  const clear = (): void => {
    clearSaved(key);
    asLoaded.current = empty;
    setValue(empty);
  };

  return { value, setValue, derive, clear };
}
