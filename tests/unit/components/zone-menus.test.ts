import { describe, expect, test } from 'vitest';
import { ZONES_PER_STEP, zoneMenuOrder, zoneOptions } from '../../../src/components/zone-menus';
import { cityNameAsListed } from '../../../src/lib/zones';

describe('zoneOptions', () => {
  const zones = zoneOptions();

  test('lists every zone Intl knows, and UTC, once each', () => {
    const values = zones.map((zone) => zone.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain('UTC');
    for (const zone of Intl.supportedValuesOf('timeZone')) expect(values, zone).toContain(zone);
  });

  test('labels a zone by its city, with the zone after it, so typing a city finds it', () => {
    const london = zones.find((zone) => zone.value === 'Europe/London');
    expect(london?.label).toBe('London (Europe/London)');
    const newYork = zones.find((zone) => zone.value === 'America/New_York');
    expect(newYork?.label).toBe('New York (America/New_York)');
    expect(zones.find((zone) => zone.value === 'UTC')?.label).toBe('UTC');
    for (const zone of zones) expect(zone.label.startsWith(cityNameAsListed(zone.value)), zone.value).toBe(true);
  });

  test('is in the locale’s order of the labels', () => {
    for (let at = 1; at < zones.length; at += 1) {
      expect(zones[at - 1]!.label.localeCompare(zones[at]!.label), `${zones[at - 1]!.label} before ${zones[at]!.label}`).toBeLessThanOrEqual(0);
    }
  });
});

describe('zoneMenuOrder', () => {
  const total = 420;
  const steps = (chosen: number) => {
    const lists: number[][] = [];
    for (let added = 0; added < total + ZONES_PER_STEP; added += ZONES_PER_STEP) lists.push(zoneMenuOrder(total, added, chosen, false));
    return lists;
  };

  test.each([
    ['no zone chosen', -1],
    ['the first zone chosen', 0],
    ['a zone in the middle chosen', 211],
    ['the last zone chosen', total - 1],
  ])('with %s, the chosen zone is always listed, and each step only adds zones after those listed', (_name, chosen) => {
    const lists = steps(chosen);
    for (const list of lists) {
      if (chosen >= 0) expect(list).toContain(chosen);
      expect(new Set(list).size).toBe(list.length);
    }
    for (let step = 1; step < lists.length; step += 1) {
      expect(lists[step]!.slice(0, lists[step - 1]!.length)).toEqual(lists[step - 1]);
    }
    // All added: every zone once.
    expect([...lists.at(-1)!].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_zone, at) => at));
  });

  test('once full, every zone in order, whatever was chosen or added', () => {
    const inOrder = Array.from({ length: total }, (_zone, at) => at);
    expect(zoneMenuOrder(total, 0, 211, true)).toEqual(inOrder);
    expect(zoneMenuOrder(total, 120, -1, true)).toEqual(inOrder);
  });

  test('a chosen zone not in the list adds nothing of its own', () => {
    expect(zoneMenuOrder(total, 0, -1, false)).toEqual([]);
    expect(zoneMenuOrder(total, 2, -1, false)).toEqual([0, 1]);
  });
});
