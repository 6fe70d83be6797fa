import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EMPTY_DETAILS } from '../../../src/lib/flow/plan-messages';
import { readSavedFlow, savedFlow, type SavedFlow } from '../../../src/lib/flow/saved-flow';

/** What another tab does with a save it hears of: parse the stored text, read it, save what it read. */
const savedAgainElsewhere = (saved: Record<string, unknown>): string => JSON.stringify(savedFlow(readSavedFlow(JSON.parse(JSON.stringify(saved)))));

describe('savedFlow', () => {
  test('edits typed body first, then subject, are saved subject first, as every tab reads them', () => {
    const flow: SavedFlow = {
      details: { ...EMPTY_DETAILS, company: 'Acme' },
      edits: { voicemail: { body: { base: 'v', text: 'v2' } }, cancel: { body: { base: 'b', text: 'b2' }, subject: { base: 's', text: 's2' } } },
    };
    const saved = savedFlow(flow);
    expect(JSON.stringify(saved['edits'])).toBe(
      JSON.stringify({ cancel: { subject: { base: 's', text: 's2' }, body: { base: 'b', text: 'b2' } }, voicemail: { body: { base: 'v', text: 'v2' } } }),
    );
    expect(savedAgainElsewhere(saved)).toBe(JSON.stringify(saved));
  });

  test('a name longer than a reading keeps is saved as it will be read back', () => {
    const saved = savedFlow({ details: { ...EMPTY_DETAILS, yourName: 'x'.repeat(300) }, edits: {} });
    expect(saved['yourName']).toBe('x'.repeat(200));
    expect(savedAgainElsewhere(saved)).toBe(JSON.stringify(saved));
  });

  // Whatever order or size a tab's state came in, the tab that reads the save writes back the same text.
  test('is what another tab saves again after reading it (the second write is a no-op)', () => {
    const text = fc.string({ maxLength: 30 });
    const edited = fc.record({ base: text, text }, { requiredKeys: [] });
    const edit = fc.dictionary(fc.constantFrom('body', 'subject', 'aside', 'for'), edited);
    const details = fc.record({
      yourName: text,
      company: text,
      proposedTimes: fc.array(fc.record({ time: fc.constantFrom('', '09:30', 'soon'), date: fc.constantFrom('', '2026-12-02') }), { maxLength: 4 }),
      mayReopen: fc.constantFrom('', 'yes', 'no', 'maybe'),
    });
    fc.assert(
      fc.property(details, fc.dictionary(fc.string({ maxLength: 12 }), edit), (typed, edits) => {
        const saved = savedFlow({ details: { ...EMPTY_DETAILS, ...typed } as SavedFlow['details'], edits: edits as SavedFlow['edits'] });
        expect(savedAgainElsewhere(saved)).toBe(JSON.stringify(saved));
      }),
    );
  });
});

describe('readSavedFlow', () => {
  test('reads the details and the edits saved beside them, forgivingly', () => {
    expect(readSavedFlow({ company: 'Acme', edits: { cancel: { body: { base: 'a', text: 'b' } }, voicemail: 'nonsense' } })).toEqual({
      details: { ...EMPTY_DETAILS, company: 'Acme' },
      edits: { cancel: { body: { base: 'a', text: 'b' } } },
    });
    expect(readSavedFlow(null)).toEqual({ details: EMPTY_DETAILS, edits: {} });
  });
});
