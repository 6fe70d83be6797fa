import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { STORAGE_NOTICES } from '../../../src/components/storage';
import { followThroughReader } from '../../../src/components/shared/follow-through-reader';
import { loadOnce } from '../../../src/components/shared/load-once';

// Node has no window: the page's storage, event target and StorageEvent are stood in for here.
const KEY = 'bowout:test';
const VERSION = 3;

let storage: Storage;
let page: EventTarget;
beforeEach(() => {
  const items = new Map<string, string>();
  storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
  page = new EventTarget();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  Object.assign(globalThis, { addEventListener: page.addEventListener.bind(page), removeEventListener: page.removeEventListener.bind(page) });
});
afterEach(() => {
  delete (globalThis as { addEventListener?: unknown }).addEventListener;
  delete (globalThis as { removeEventListener?: unknown }).removeEventListener;
});

/** Another tab saved `data` (or cleared, with null). */
const otherTab = (data: unknown) =>
  page.dispatchEvent(
    Object.assign(new Event('storage'), { storageArea: storage, key: KEY, newValue: data === null ? null : JSON.stringify({ v: VERSION, savedAt: 1, data }) }),
  );

/** A reader whose chunk arrives when the test says: it keeps names that are strings, and refuses the rest. */
function slowReader() {
  let arrive!: () => void;
  let fail!: () => void;
  const arriving = new Promise<{ readName: (data: unknown) => string | null }>((resolve, reject) => {
    arrive = () => resolve({ readName: (data) => (typeof data === 'string' ? data : null) });
    fail = () => reject(new Error('offline'));
  });
  return { chunk: loadOnce(() => arriving), arrive, fail };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('followThroughReader (another tab saved, and the schema may still be on its way)', () => {
  test('a save waits for the reader, then is followed as the reader reads it, with a sentence to show', async () => {
    const reader = slowReader();
    const followed: unknown[] = [];
    followThroughReader(KEY, VERSION, reader.chunk, (loaded, data) => loaded.readName(data), (value, notice) => followed.push([value, notice]), () => followed.push('failed'));
    otherTab('Ada');
    await settle();
    expect(followed).toEqual([]);
    reader.arrive();
    await settle();
    expect(followed).toEqual([['Ada', STORAGE_NOTICES.changedElsewhere]]);
  });

  test('changes are followed in the order they came, a clear after a save included', async () => {
    const reader = slowReader();
    const followed: unknown[] = [];
    followThroughReader(KEY, VERSION, reader.chunk, (loaded, data) => loaded.readName(data), (value) => followed.push(value), () => followed.push('failed'));
    otherTab('Ada');
    otherTab(null);
    otherTab('Grace');
    reader.arrive();
    await settle();
    expect(followed).toEqual(['Ada', null, 'Grace']);
  });

  test('what the reader refuses is followed as nothing, and said to be unreadable', async () => {
    const reader = slowReader();
    const followed: unknown[] = [];
    followThroughReader(KEY, VERSION, reader.chunk, (loaded, data) => loaded.readName(data), (value, notice) => followed.push([value, notice]), () => followed.push('failed'));
    reader.arrive();
    otherTab({ name: '<b>not a name</b>' });
    await settle();
    expect(followed).toEqual([[null, STORAGE_NOTICES.unreadable]]);
  });

  test('a reader that cannot load says so for a save, and a clear is still followed', async () => {
    const reader = slowReader();
    const followed: unknown[] = [];
    followThroughReader(KEY, VERSION, reader.chunk, (loaded, data) => loaded.readName(data), (value, notice) => followed.push([value, notice]), () => followed.push('failed'));
    otherTab('Ada');
    otherTab(null);
    reader.fail();
    await settle();
    expect(followed).toEqual(['failed', [null, STORAGE_NOTICES.clearedElsewhere]]);
  });

  test('once stopped, another tab’s change is not followed', async () => {
    const reader = slowReader();
    const followed: unknown[] = [];
    const stop = followThroughReader(KEY, VERSION, reader.chunk, (loaded, data) => loaded.readName(data), (value) => followed.push(value), () => followed.push('failed'));
    reader.arrive();
    stop();
    otherTab('Ada');
    await settle();
    expect(followed).toEqual([]);
  });
});
