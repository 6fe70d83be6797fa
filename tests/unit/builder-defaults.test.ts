import { describe, expect, test } from 'vitest';
import { emptyForm, proposedSlots, withSlot } from '../../src/lib/builder-defaults';
import { builderFormSchema } from '../../src/lib/builder-state';

// The builder starts from the fresh form written out by hand, before its schema loads; a saved form
// that lost a field is read through the schema's fallbacks. A person must find the same form either way.
describe('emptyForm', () => {
  test('is what the schema reads from an empty object, field by field', () => {
    expect(emptyForm()).toEqual(builderFormSchema.parse({}));
  });

  test('with a zone, is what the schema reads from that zone alone', () => {
    expect(emptyForm('Europe/London')).toEqual(builderFormSchema.parse({ zone: 'Europe/London', yourZone: 'Europe/London' }));
  });

  test('each fresh form has lists of its own: a tick in one never reaches the next', () => {
    const first = emptyForm();
    first.kinds.push('cancel');
    first.proposedTimes.push({ date: '2027-01-04', time: '10:00' });
    expect(emptyForm().kinds).toEqual([]);
    expect(emptyForm().proposedTimes).toEqual([]);
  });
});

describe('proposedSlots and withSlot', () => {
  test('the form always shows three rows, blank where nothing is typed', () => {
    expect(proposedSlots([{ date: '2027-01-05', time: '' }])).toEqual([
      { date: '2027-01-05', time: '' },
      { date: '', time: '' },
      { date: '', time: '' },
    ]);
  });
  test('changing one part of one row keeps the rest', () => {
    const times = withSlot([{ date: '2027-01-05', time: '10:00' }], 2, 'time', '15:30');
    expect(times).toEqual([
      { date: '2027-01-05', time: '10:00' },
      { date: '', time: '' },
      { date: '', time: '15:30' },
    ]);
  });
  test('a row past the third does not exist', () => {
    expect(withSlot([], 3, 'date', '2027-01-05')).toHaveLength(3);
  });
});
