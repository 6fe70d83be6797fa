// How long is left, in words a person reads at a glance.
import { HOUR_MS, MINUTE_MS } from './working-hours';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "46 hours 30 minutes": whole minutes, rounded down so a band's edge never reads as crossed. */
export function durationInWords(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE_MS);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return rest === 0 ? 'less than a minute' : plural(rest, 'minute');
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

/** " (1 day 22 hours)" for a day or more, so long waits are easy to picture; "" below a day. */
export function inDays(ms: number): string {
  const hours = Math.floor(Math.abs(ms) / HOUR_MS);
  if (hours < 24) return '';
  const rest = hours % 24;
  return ` (${plural(Math.floor(hours / 24), 'day')}${rest ? ` ${plural(rest, 'hour')}` : ''})`;
}

/** "Act within 3 hours 5 minutes." or "Act now." */
export function actWithin(ms: number): string {
  return ms < MINUTE_MS ? 'Act now.' : `Act within ${durationInWords(ms)}.`;
}

/** "20 hours left until the interview." or "The start time was 2 hours ago." */
export function timeLeftWords(ms: number): string {
  return ms >= 0 ? `${durationInWords(ms)} left until the interview${inDays(ms)}.` : `The start time was ${durationInWords(ms)} ago${inDays(ms)}.`;
}
