import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decide } from '../../../src/lib/advice/decide';
import { EMPTY_DETAILS, flowItems, type FlowItem } from '../../../src/lib/flow/plan-messages';
import type { Message } from '../../../src/lib/types';
import { planned } from '../advice/planned-situations';

const DETAILS = { ...EMPTY_DETAILS, yourName: 'Sam Lee', recipientName: 'Marta Ruiz', company: 'Acme', position: 'Data Analyst', yourPhone: '+44 7700 900123' };

// Every way a script or voicemail says a written message is still to come.
const PROMISES = /I'll (send|text|confirm|follow up by email)|I will (send|confirm|follow up by email)|I'm (emailing|texting)|I am (emailing|texting)/u;
const NOTE_PROMISES = /Afterwards, send|straight after the call|put it in writing/u;

/** The message a step shows: its own, or the earlier one it points back to. */
const shownAt = (items: readonly FlowItem[], item: FlowItem): Message | undefined => item.message ?? (item.sameAs === undefined ? undefined : items[item.sameAs]?.message);

describe('a call or voicemail that comes after the written message, over thousands of plans', { timeout: 60_000 }, () => {
  test('never promises to send it in writing, and says it is already with them when asked', () => {
    let checked = 0;
    fc.assert(
      fc.property(planned, fc.constantFrom('en-GB', 'en-US'), ({ input, now }, locale) => {
        const advice = decide(input, now);
        if (!advice.ok) return;
        const items = flowItems(advice, DETAILS, now, locale);
        items.forEach((item, index) => {
          const spoken = item.step.channel === 'call' || item.step.channel === 'voicemail';
          const written = items.slice(0, index).find((before) => before.step.channel === 'email' || before.step.channel === 'text');
          if (!spoken || !written) return;
          const message = shownAt(items, item);
          expect(message, item.heading).toBeDefined();
          if (!message) return;
          checked += 1;
          expect(message.body, `${item.heading}\n${message.body}`).not.toMatch(PROMISES);
          for (const note of message.notes ?? []) expect(note, item.heading).not.toMatch(NOTE_PROMISES);
          const asked = /If they ask you to confirm in writing:\n"([^"]*)"/u.exec(message.body)?.[1];
          if (asked !== undefined) expect(asked).toMatch(new RegExp(`in the ${written.step.channel} I sent you earlier`, 'u'));
        });
      }),
      { numRuns: 1500 },
    );
    // The plans drawn hold such steps, so the property is not vacuous.
    expect(checked).toBeGreaterThan(100);
  });
});
