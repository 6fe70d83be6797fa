// The time-zone menus both islands show: every zone the browser knows, labelled by city.
import type { RefObject } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cityNameAsListed } from '../lib/zones';

export interface ZoneOption {
  value: string;
  label: string;
}

let zoneList: ZoneOption[] | undefined;

/**
 * Every zone the browser knows, city first and sorted, so typing a city's name in the list finds it.
 * Built once per page: the decision helper and the message builder share the list.
 */
export function zoneOptions(): ZoneOption[] {
  zoneList ??= listZones();
  return zoneList;
}

function listZones(): ZoneOption[] {
  let names: string[] = [];
  try {
    names = Intl.supportedValuesOf('timeZone');
  } catch {
    // older browsers: UTC is still offered, and a saved zone is shown by the island itself
  }
  if (!names.includes('UTC')) names = [...names, 'UTC'];
  return names
    .map((zone) => {
      // Already in Intl's own spelling: no formatter per zone, which cost ~250 ms on a throttled phone.
      const city = cityNameAsListed(zone);
      return { value: zone, label: city === zone ? zone : `${city} (${zone})` };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Keyed by zone, so filling a menu keeps the element of the option already chosen. */
export function zoneOptionElements(zones: ZoneOption[]) {
  return zones.map((zone) => (
    <option value={zone.value} key={zone.value}>
      {zone.label}
    </option>
  ));
}

// Safari has no requestIdleCallback.
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

export interface ZoneMenu {
  /** The menu's options: every zone once full, until then the chosen one alone (none before start). */
  options: (current: string) => ReturnType<typeof zoneOptionElements>;
  /** Fills the menu at once: give it to the select's `onFocus`. */
  fill: () => void;
  /** The select, so the menu fills as it nears the screen. */
  ref: RefObject<HTMLSelectElement>;
}

/**
 * One zone menu that lists all ~420 zones only once someone may use it: when it gets focus (keyboard,
 * type-ahead and screen readers then find the full list), when it comes near the screen, or when the
 * browser is next idle, whichever is first. Until then it holds its current choice alone: two to four
 * full menus built while the page loads kept a phone's main thread busy (Lighthouse's Total Blocking
 * Time), and made the start-up query of Starlight's table of contents, which walks the page, 5× slower.
 */
export function useZoneMenu(isStarted: boolean): ZoneMenu {
  const [isFull, setFull] = useState(false);
  const fill = useCallback(() => setFull(true), []);
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!isStarted || isFull) return undefined;
    const stopWaiting = whenIdle(fill);
    const select = ref.current;
    if (!select || typeof IntersectionObserver !== 'function') return stopWaiting;
    const nearScreen = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) fill();
      },
      { rootMargin: '25% 0px' },
    );
    nearScreen.observe(select);
    return () => {
      stopWaiting();
      nearScreen.disconnect();
    };
  }, [isStarted, isFull]);
  // Built once when the menu fills, so typing elsewhere does not re-render some 420 options.
  const all = useMemo(() => (isStarted && isFull ? zoneOptionElements(zoneOptions()) : null), [isStarted, isFull]);
  const options = (current: string) =>
    all ?? (isStarted ? zoneOptionElements(zoneOptions().filter((zone) => zone.value === current)) : []);
  return { options, fill, ref };
}
