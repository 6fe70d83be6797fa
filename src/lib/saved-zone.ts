// A person's own time zone, as the tools save it: kept when they chose it, left to the browser
// when it was only detected, so after travelling the tools show the zone they are in now.

export interface PersonZone {
  zone: string;
  /** Chosen from the menu or given by a link, rather than read from the browser. */
  isChosen: boolean;
}

/** The zone to show on arrival: the saved one if it was chosen (saved non-empty), else the browser's. */
export function restoreZone(saved: string, browserZone: string): PersonZone {
  return saved ? { zone: saved, isChosen: true } : { zone: browserZone, isChosen: false };
}

/** What goes into storage: a detected zone is saved as empty, so the next visit detects again. */
export function zoneToSave(zone: PersonZone): string {
  return zone.isChosen ? zone.zone : '';
}
