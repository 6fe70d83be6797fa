// The time-zone menus both islands show: every zone the browser knows, labelled by city.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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
function zoneOptionElement(zone: ZoneOption) {
  return (
    <option value={zone.value} key={zone.value}>
      {zone.label}
    </option>
  );
}

type ZoneOptionElements = ReturnType<typeof zoneOptionElement>[];

/**
 * How many options one step of filling adds. Measured in Chromium on this page: a step of 60 took
 * ~3 ms of script and a ~5 ms frame to style and paint it, unthrottled; ×4 for a slow phone, both stay
 * well under the 50 ms of a long task.
 */
export const ZONES_PER_STEP = 60;

/** The class every zone menu carries: custom.css keeps its width from depending on ~420 labels. */
export const ZONE_MENU_CLASS = 'zone-menu';

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
  /**
   * The menu's options (none before start). Once it has had focus: every zone, in order. Until then:
   * the chosen zone first, then the zones added so far, in order.
   */
  options: (current: string) => ZoneOptionElements;
  /** Fills the menu at once, in order: give it to the select's `onFocus`. */
  fill: () => void;
}

/**
 * One zone menu that lists all ~420 zones without holding up the page. Once the island starts, each
 * time the browser is idle it adds ZONES_PER_STEP zones, and it fills at once when it gets focus (a
 * click or a tap focuses it before the list opens, so the list a person sees, and the one keyboard
 * type-ahead and screen readers use, is always every zone in order). The chosen zone is always there.
 *
 * Filling a menu in one go cost a 4×-throttled phone ~100 ms of script and ~100 ms of style and
 * layout, twice, while the page loaded (Lighthouse's Total Blocking Time). Filled in steps, each new
 * option must go after the others: an option put before another makes Chromium restyle every option
 * of the menu (the sibling rules of Starlight's content styles), ~8 ms unthrottled each time. So,
 * until the menu has focus, the chosen zone stands first and the others follow it in order; focus
 * puts it in its place, that one restyle then costing the person nothing they wait for.
 */
export function useZoneMenu(isStarted: boolean): ZoneMenu {
  const [added, setAdded] = useState(0);
  const [isFull, setFull] = useState(false);
  const fill = useCallback(() => setFull(true), []);
  const zones = isStarted ? zoneOptions() : [];
  const isAllAdded = added >= zones.length;
  useEffect(() => {
    if (!isStarted || isFull || isAllAdded) return undefined;
    return whenIdle(() => setAdded(added + ZONES_PER_STEP));
  }, [isStarted, isFull, isAllAdded, added]);
  // Each zone's option is built once and kept, so a step or typing elsewhere does not rebuild the others.
  const built = useRef<ZoneOptionElements>([]);
  const optionAt = (at: number) => (built.current[at] ??= zoneOptionElement(zones[at]!));
  const options = (current: string) =>
    zoneMenuOrder(zones.length, added, zones.findIndex((zone) => zone.value === current), isFull).map(optionAt);
  return { options, fill };
}

/**
 * Which zones a menu lists, by their place in zoneOptions(): all in order once `isFull`; until then
 * the chosen one (`chosen`, -1 for none) first, then the first `added` in order without it, so each
 * step only adds options after those already there.
 */
export function zoneMenuOrder(total: number, added: number, chosen: number, isFull: boolean): number[] {
  if (isFull) return Array.from({ length: total }, (_zone, at) => at);
  const shown = chosen >= 0 && chosen < total ? [chosen] : [];
  for (let at = 0; at < Math.min(added, total); at += 1) if (at !== chosen) shown.push(at);
  return shown;
}
