import { afterEach, describe, expect, test } from 'vitest';
import { clearSaved, loadSaved, saveDetails, storageAvailable, STORAGE_NOTICES, watchSaved } from '../../src/components/storage';

// Vitest runs in node, which has no localStorage: each test puts a fake one on globalThis.
const KEY = 'bowout:test';

class MemoryStorage implements Storage {
  items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

/** A store that is full: every write fails the way Chromium fails it. */
class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

/** Firefox names a full store differently. */
class FullStorageFirefox extends MemoryStorage {
  override setItem(): void {
    throw Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 });
  }
}

/** Reads work but every write is refused, as in some private modes. */
class ReadOnlyStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
}

function installStorage(storage: Storage | undefined): void {
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
}

/** Blocked cookies make even reading `window.localStorage` throw. */
function installThrowingStorage(): void {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

const asText = (data: unknown): string | null => (typeof data === 'string' ? data : null);

describe('saveDetails then loadSaved', () => {
  test('keeps what a person typed across a reload', () => {
    const storage = new MemoryStorage();
    installStorage(storage);
    expect(saveDetails(KEY, 1, { date: '2026-12-14' }, 1_000)).toEqual({ ok: true, notice: null });
    expect(JSON.parse(storage.getItem(KEY) ?? '')).toEqual({ v: 1, savedAt: 1_000, data: { date: '2026-12-14' } });
    const loaded = loadSaved(KEY, 1, (data) => data as { date: string });
    expect(loaded).toEqual({ value: { date: '2026-12-14' }, notice: null });
  });

  test('nothing saved yet is not a problem: no value and no notice', () => {
    installStorage(new MemoryStorage());
    expect(loadSaved(KEY, 1, asText)).toEqual({ value: null, notice: null });
  });

  test('clearSaved removes the saved form', () => {
    const storage = new MemoryStorage();
    installStorage(storage);
    saveDetails(KEY, 1, 'hello');
    clearSaved(KEY);
    expect(storage.getItem(KEY)).toBeNull();
    expect(loadSaved(KEY, 1, asText)).toEqual({ value: null, notice: null });
  });
});

describe('loadSaved when storage cannot be used', () => {
  test('no localStorage at all: tells the person details will not be kept', () => {
    installStorage(undefined);
    expect(loadSaved(KEY, 1, asText)).toEqual({ value: null, notice: STORAGE_NOTICES.unavailable });
    expect(storageAvailable()).toBe(false);
  });

  test('access throws a SecurityError: never throws, says details will not be kept', () => {
    installThrowingStorage();
    expect(() => loadSaved(KEY, 1, asText)).not.toThrow();
    expect(loadSaved(KEY, 1, asText)).toEqual({ value: null, notice: STORAGE_NOTICES.unavailable });
    expect(saveDetails(KEY, 1, 'x')).toEqual({ ok: false, notice: STORAGE_NOTICES.unavailable });
    expect(() => clearSaved(KEY)).not.toThrow();
    expect(storageAvailable()).toBe(false);
  });

  test('the notice is plain English, not an error name', () => {
    expect(STORAGE_NOTICES.unavailable).toMatch(/won’t be kept/);
    for (const notice of Object.values(STORAGE_NOTICES)) {
      expect(notice).not.toMatch(/undefined|null|Error|Exception|quota/i);
    }
  });
});

describe('loadSaved with a bad saved value', () => {
  test.each([
    ['corrupt JSON', '{"v":1,"data":', STORAGE_NOTICES.unreadable],
    ['JSON that is not an envelope', '"just text"', STORAGE_NOTICES.unreadable],
    ['an envelope without data', '{"v":1,"savedAt":0}', STORAGE_NOTICES.unreadable],
    ['an older version', '{"v":0,"savedAt":0,"data":"old"}', STORAGE_NOTICES.olderVersion],
    ['a newer version', '{"v":7,"savedAt":0,"data":"new"}', STORAGE_NOTICES.unreadable],
    ['a version that is not a number', '{"v":"1","savedAt":0,"data":"x"}', STORAGE_NOTICES.unreadable],
  ])('%s: no value, a notice, and the stale entry is removed', (_name, text, notice) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, text);
    installStorage(storage);
    expect(loadSaved(KEY, 1, asText)).toEqual({ value: null, notice });
    expect(storage.getItem(KEY)).toBeNull();
  });

  test('the older-version notice reads as the page promises', () => {
    expect(STORAGE_NOTICES.olderVersion).toBe(
      'Your saved details were from an older version of this page and have been cleared.',
    );
  });

  test('data the caller rejects (parse returns null) is cleared with a notice', () => {
    const storage = new MemoryStorage();
    installStorage(storage);
    saveDetails(KEY, 1, 42);
    expect(loadSaved(KEY, 1, asText)).toEqual({ value: null, notice: STORAGE_NOTICES.unreadable });
    expect(storage.getItem(KEY)).toBeNull();
  });

  test('a parse function that throws is treated like one that rejects', () => {
    installStorage(new MemoryStorage());
    saveDetails(KEY, 1, 'x');
    const throwing = (): string => {
      throw new Error('boom');
    };
    expect(loadSaved(KEY, 1, throwing)).toEqual({ value: null, notice: STORAGE_NOTICES.unreadable });
  });
});

describe('saveDetails when a write fails', () => {
  test.each([
    ['Chromium and Safari', new FullStorage()],
    ['Firefox', new FullStorageFirefox()],
  ])('a full store (%s) says the latest details were not saved', (_name, storage) => {
    installStorage(storage);
    expect(saveDetails(KEY, 1, { a: 1 })).toEqual({ ok: false, notice: STORAGE_NOTICES.full });
  });

  test('a store that refuses writes says details will not be kept', () => {
    installStorage(new ReadOnlyStorage());
    expect(saveDetails(KEY, 1, { a: 1 })).toEqual({ ok: false, notice: STORAGE_NOTICES.unavailable });
    expect(storageAvailable()).toBe(false);
  });

  test('data that cannot be written as JSON is refused without throwing', () => {
    installStorage(new MemoryStorage());
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(saveDetails(KEY, 1, loop)).toEqual({ ok: false, notice: STORAGE_NOTICES.notSaved });
  });

  test('storageAvailable is true for a working store and leaves nothing behind', () => {
    const storage = new MemoryStorage();
    installStorage(storage);
    expect(storageAvailable()).toBe(true);
    expect(storage.length).toBe(0);
  });
});

describe('saveDetails of details already saved', () => {
  test('writes nothing, so other tabs hear of no change (a new savedAt would be one, and they would answer)', () => {
    const storage = new MemoryStorage();
    installStorage(storage);
    let writes = 0;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key: string, value: string) => {
      writes += 1;
      setItem(key, value);
    };
    expect(saveDetails(KEY, 1, { name: 'Ada' }, 1_000)).toEqual({ ok: true, notice: null });
    expect(saveDetails(KEY, 1, { name: 'Ada' }, 2_000)).toEqual({ ok: true, notice: null });
    expect(writes).toBe(1);
    expect(JSON.parse(storage.getItem(KEY) ?? '')).toMatchObject({ savedAt: 1_000 });
    saveDetails(KEY, 1, { name: 'Ada Lovelace' }, 3_000);
    expect(writes).toBe(2);
    // The same data under another version is a change.
    saveDetails(KEY, 2, { name: 'Ada Lovelace' }, 4_000);
    expect(writes).toBe(3);
  });
});

describe('watchSaved (another tab saved or cleared)', () => {
  // Node has no window: the page's event target and StorageEvent are stood in for here.
  let page: EventTarget;
  const dispatch = (storageArea: Storage, key: string | null, newValue: string | null) =>
    page.dispatchEvent(Object.assign(new Event('storage'), { storageArea, key, newValue }));

  const installPage = (storage: Storage) => {
    installStorage(storage);
    page = new EventTarget();
    Object.assign(globalThis, { addEventListener: page.addEventListener.bind(page), removeEventListener: page.removeEventListener.bind(page) });
  };
  afterEach(() => {
    delete (globalThis as { addEventListener?: unknown }).addEventListener;
    delete (globalThis as { removeEventListener?: unknown }).removeEventListener;
  });

  const envelope = (data: unknown, v = 1) => JSON.stringify({ v, savedAt: 1, data });

  test('new details saved elsewhere arrive parsed, with a sentence to show', () => {
    const storage = new MemoryStorage();
    installPage(storage);
    const seen: unknown[] = [];
    watchSaved(KEY, 1, asText, (change) => seen.push(change));
    dispatch(storage, KEY, envelope('from the other tab'));
    expect(seen).toEqual([{ value: 'from the other tab', notice: STORAGE_NOTICES.changedElsewhere }]);
  });

  test('details cleared elsewhere (one key, or the whole store) arrive as null', () => {
    const storage = new MemoryStorage();
    installPage(storage);
    const seen: unknown[] = [];
    watchSaved(KEY, 1, asText, (change) => seen.push(change));
    dispatch(storage, KEY, null);
    dispatch(storage, null, null);
    expect(seen).toEqual([
      { value: null, notice: STORAGE_NOTICES.clearedElsewhere },
      { value: null, notice: STORAGE_NOTICES.clearedElsewhere },
    ]);
  });

  test.each([
    ['corrupt JSON', '{"v":1,', STORAGE_NOTICES.unreadable],
    ['an older version', envelope('old', 0), STORAGE_NOTICES.olderVersion],
    ['data the tool rejects', envelope(42), STORAGE_NOTICES.unreadable],
  ])('%s saved elsewhere arrives as null with the notice a reload would give', (_name, text, notice) => {
    const storage = new MemoryStorage();
    installPage(storage);
    const seen: unknown[] = [];
    watchSaved(KEY, 1, asText, (change) => seen.push(change));
    dispatch(storage, KEY, text);
    expect(seen).toEqual([{ value: null, notice }]);
  });

  test('other keys, sessionStorage and a stopped watch are not heard', () => {
    const storage = new MemoryStorage();
    installPage(storage);
    const seen: unknown[] = [];
    const stop = watchSaved(KEY, 1, asText, (change) => seen.push(change));
    dispatch(storage, 'bowout:other', envelope('x'));
    dispatch(new MemoryStorage(), KEY, envelope('x'));
    stop();
    dispatch(storage, KEY, envelope('x'));
    expect(seen).toEqual([]);
  });

  test('with storage blocked there is nothing to watch, and nothing throws', () => {
    installThrowingStorage();
    expect(() => watchSaved(KEY, 1, asText, () => {})()).not.toThrow();
  });
});
