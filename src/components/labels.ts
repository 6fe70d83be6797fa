// Words for the choices in the islands' menus. Advice wording lives in src/lib; these are labels only.
import type { Reason } from '../lib/types';
import { cityName } from '../lib/zones';

export const REASON_LABELS: Record<Reason, string> = {
  'other-offer': 'I have accepted another job',
  'not-a-fit': 'The role is not right for me',
  emergency: 'An emergency',
  illness: 'I am unwell',
  'schedule-conflict': 'A clash I cannot move',
  unsure: 'I am not sure I want it',
  'role-on-hold': 'The role is on hold',
  'role-filled': 'The role has been filled',
  'role-changed': 'The role has changed',
  'interviewer-unavailable': 'The interviewer cannot make it',
};

/** Every zone the browser knows, city first and sorted, so typing a city's name in the list finds it. */
export function zoneOptions(): { value: string; label: string }[] {
  let names: string[] = [];
  try {
    names = Intl.supportedValuesOf('timeZone');
  } catch {
    // older browsers: UTC is still offered, and a saved zone is shown by the island itself
  }
  if (!names.includes('UTC')) names = [...names, 'UTC'];
  return names
    .map((zone) => {
      const city = cityName(zone);
      return { value: zone, label: city === zone ? zone : `${city} (${zone})` };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}
