// The one door to localStorage for every island. Each saved form sits in a versioned envelope
// `{ v, savedAt, data }`; nothing here throws, and every failure comes back as a sentence to show.

interface Envelope {
  v: number;
  savedAt: number;
  data: unknown;
}

export const STORAGE_NOTICES = {
  unavailable: 'Your browser isn’t letting this page save, so your details won’t be kept after you close it.',
  olderVersion: 'Your saved details were from an older version of this page and have been cleared.',
  unreadable: 'Your saved details could not be read, so they have been cleared.',
  full: 'Your browser’s storage for this site is full, so your latest details weren’t saved.',
  notSaved: 'Your latest details could not be saved, so they may not be here next time.',
  changedElsewhere: 'You changed these details in another tab, so this tab now shows them too.',
  clearedElsewhere: 'You cleared your details in another tab, so this tab has cleared them too.',
} as const;

/** The page's localStorage, or null when it is missing or the browser refuses access (SecurityError). */
function openStorage(): Storage | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    return storage && typeof storage.getItem === 'function' ? storage : null;
  } catch {
    return null;
  }
}

/** Can this page save anything at all? Private modes and blocked cookies can refuse even a tiny write. */
export function storageAvailable(): boolean {
  const storage = openStorage();
  if (!storage) return false;
  const probe = 'bowout:probe';
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record['v'] === 'number' && Number.isFinite(record['v']) && 'data' in record;
}

function forget(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // nothing more we can do; the stale value is ignored on the next load anyway
  }
}

/** Reads a saved form: value null and a notice when there is nothing usable. Never throws. */
export function loadSaved<T>(
  key: string,
  version: number,
  parse: (data: unknown) => T | null,
): { value: T | null; notice: string | null } {
  const storage = openStorage();
  if (!storage) return { value: null, notice: STORAGE_NOTICES.unavailable };

  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return { value: null, notice: STORAGE_NOTICES.unavailable };
  }
  if (text === null) return { value: null, notice: null };
  return readStored(storage, key, text, version, parse);
}

/** One stored text read through its envelope and the caller's parse; a bad entry is removed. */
function readStored<T>(
  storage: Storage,
  key: string,
  text: string,
  version: number,
  parse: (data: unknown) => T | null,
): { value: T | null; notice: string | null } {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    forget(storage, key);
    return { value: null, notice: STORAGE_NOTICES.unreadable };
  }
  if (!isEnvelope(envelope)) {
    forget(storage, key);
    return { value: null, notice: STORAGE_NOTICES.unreadable };
  }
  if (envelope.v !== version) {
    forget(storage, key);
    return { value: null, notice: envelope.v < version ? STORAGE_NOTICES.olderVersion : STORAGE_NOTICES.unreadable };
  }

  let value: T | null;
  try {
    value = parse(envelope.data);
  } catch {
    value = null;
  }
  if (value === null || value === undefined) {
    forget(storage, key);
    return { value: null, notice: STORAGE_NOTICES.unreadable };
  }
  return { value, notice: null };
}

/** What another tab did to a saved form: saved new details (`value`), or cleared them (`value` null). */
export interface SavedElsewhere<T> {
  value: T | null;
  notice: string;
}

/**
 * Calls `onChange` whenever another tab of this site saves or clears the form under `key` (the
 * browser's `storage` event, which never fires in the tab that wrote). Returns the way to stop.
 */
export function watchSaved<T>(
  key: string,
  version: number,
  parse: (data: unknown) => T | null,
  onChange: (change: SavedElsewhere<T>) => void,
): () => void {
  const storage = openStorage();
  if (!storage || typeof addEventListener !== 'function') return () => {};
  const listener = (event: StorageEvent): void => {
    // A null key is `localStorage.clear()` in the other tab; sessionStorage events are not ours.
    if (event.storageArea !== storage || (event.key !== key && event.key !== null)) return;
    if (event.newValue === null) {
      onChange({ value: null, notice: STORAGE_NOTICES.clearedElsewhere });
      return;
    }
    const read = readStored(storage, key, event.newValue, version, parse);
    onChange(read.value === null ? { value: null, notice: read.notice ?? STORAGE_NOTICES.unreadable } : { value: read.value, notice: STORAGE_NOTICES.changedElsewhere });
  };
  addEventListener('storage', listener);
  return () => removeEventListener('storage', listener);
}

/** Browsers name a full store differently: QuotaExceededError, Firefox's NS_ERROR_DOM_QUOTA_REACHED, code 22. */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function isSavedAlready(stored: string | null, version: number, dataText: string): boolean {
  if (stored === null) return false;
  try {
    const envelope: unknown = JSON.parse(stored);
    return isEnvelope(envelope) && envelope.v === version && JSON.stringify(envelope.data) === dataText;
  } catch {
    return false;
  }
}

/** Saves a form in its envelope. `now` is a parameter so tests can pin `savedAt`. Never throws. */
export function saveDetails(
  key: string,
  version: number,
  data: unknown,
  now: number = Date.now(),
): { ok: boolean; notice: string | null } {
  const storage = openStorage();
  if (!storage) return { ok: false, notice: STORAGE_NOTICES.unavailable };
  let text: string;
  let dataText: string;
  try {
    dataText = JSON.stringify(data);
    text = JSON.stringify({ v: version, savedAt: now, data } satisfies Envelope);
  } catch {
    return { ok: false, notice: STORAGE_NOTICES.notSaved };
  }
  try {
    // Details already saved as they are stay untouched: a rewrite (a new savedAt) would reach
    // every other open tab as a change, and each tab answering the next would never stop.
    if (isSavedAlready(storage.getItem(key), version, dataText)) return { ok: true, notice: null };
    storage.setItem(key, text);
    return { ok: true, notice: null };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, notice: STORAGE_NOTICES.full };
    return { ok: false, notice: STORAGE_NOTICES.unavailable };
  }
}

/** Forgets a saved form. Never throws, even when storage is blocked. */
export function clearSaved(key: string): void {
  const storage = openStorage();
  if (storage) forget(storage, key);
}
