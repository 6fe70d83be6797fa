// Look-alike placeholders typed into the builder: left out of every message, with a notice on the field.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseFields } from '../../src/lib/fields';
import { isPlaceholder } from '../../src/lib/placeholders';
import { composeAll } from '../../src/lib/messages/index';
import { checkDraft } from '../../src/lib/tone';
import { MESSAGE_KINDS } from '../../src/lib/types';
import { present } from '../../src/lib/messages/context';

const PLACEHOLDERS = [
  '[Name]',
  '[Your Name]',
  '{company}',
  '{{name}}',
  '<Your name>',
  'XXX',
  'Your Name',
  'Company Name',
  'Job Title',
  '___',
  '[First Name] [Last Name]',
  ' [Company] ',
  "{{constructor.constructor('alert(1)')()}}",
];

const REAL_VALUES = [
  'Jamie Rivera',
  'Acme (UK) [Holdings]',
  'Name Ltd',
  'Jamie <jamie@example.com>',
  'X',
  'XXL Outfitters',
  '李小龙',
  'محمد',
  'Your Name Co. of Leeds',
  '[2024] Ventures',
];

describe('isPlaceholder', () => {
  test.each(PLACEHOLDERS)('%j is a placeholder', (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });
  test.each(REAL_VALUES)('%j is a real value', (text) => {
    expect(isPlaceholder(text)).toBe(false);
  });
  test('empty and blank text is missing, not a placeholder', () => {
    expect(isPlaceholder('')).toBe(false);
    expect(isPlaceholder('   ')).toBe(false);
  });
  test('a letter or digit outside the brackets makes it real', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACEHOLDERS), fc.stringMatching(/^[A-Za-z0-9]{1,12}$/).filter((word) => !isPlaceholder(word)), (placeholder, word) => {
        expect(isPlaceholder(`${placeholder} ${word}`)).toBe(false);
      }),
    );
  });
});

describe('the builder with a placeholder in a field', () => {
  test.each(PLACEHOLDERS)('%j in every name field: every message reads without it, and each field says why', (text) => {
    const input = { yourName: text, recipientName: text, company: text, position: text, referralName: text, reasonLine: text };
    const { fields, notices } = parseFields(input);
    for (const key of Object.keys(input)) {
      expect(fields[key as keyof typeof fields]).toBeUndefined();
      expect(notices.find((notice) => notice.field === key)?.message).toMatch(/looks like a template placeholder/);
    }
    const messages = composeAll(MESSAGE_KINDS, input, { locale: 'en-GB' });
    expect(messages).toHaveLength(MESSAGE_KINDS.length);
    for (const message of messages) {
      const written = `${message.subject ?? ''}\n${message.body}`;
      expect(written).not.toContain(text.trim());
      // The draft checker, run on our own output, finds no placeholder left in it.
      expect(checkDraft(written).filter((finding) => finding.id === 'placeholder')).toEqual([]);
    }
  });

  test('a real name beside a placeholder in another field is kept', () => {
    const { fields, notices } = parseFields({ yourName: 'Jamie Rivera', company: '[Company]' });
    expect(fields.yourName).toBe('Jamie Rivera');
    expect(notices.map((notice) => notice.field)).toEqual(['company']);
  });

  test('present() treats a placeholder as missing', () => {
    expect(present('[Name]')).toBeUndefined();
    expect(present('Jamie')).toBe('Jamie');
  });
});
