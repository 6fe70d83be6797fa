import { describe, expect, test } from 'vitest';
import { loadOnce } from '../../../src/components/shared/load-once';

describe('loadOnce', () => {
  test('loads once however often it is asked, and keeps what loaded', async () => {
    let calls = 0;
    const chunk = loadOnce(async () => ({ call: ++calls }));
    expect(chunk.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([chunk.load(), chunk.load()]);
    expect(first).toBe(second);
    expect(await chunk.load()).toBe(first);
    expect(chunk.loaded()).toBe(first);
    expect(calls).toBe(1);
  });

  test('a failed load is said to every waiting ask, and tried again by the next', async () => {
    let calls = 0;
    const chunk = loadOnce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return 'chunk';
    });
    await expect(Promise.all([chunk.load(), chunk.load()])).rejects.toThrow('offline');
    expect(chunk.loaded()).toBeUndefined();
    expect(await chunk.load()).toBe('chunk');
    expect(calls).toBe(2);
  });
});
