// Lengths of time in milliseconds, the unit of every instant here. A file of their own so a
// form can count hours without loading the working-hours rules (./advice/working-hours.ts).
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
