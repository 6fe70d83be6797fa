// The instants an iCalendar file can hold: RFC 5545's four-digit DATE-TIME years, from the Unix
// epoch on. The .ics writer checks each event by it; the builder asks it before offering a file.
export const EARLIEST = Date.UTC(1970, 0, 1);
export const LATEST = Date.UTC(9999, 11, 31, 23, 59);

export const isCalendarInstant = (instant: number): boolean => Number.isFinite(instant) && instant >= EARLIEST && instant <= LATEST;
