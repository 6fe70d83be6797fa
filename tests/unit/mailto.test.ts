import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeMailto, isPlainEmail, mailtoHref, singleLine } from '../../src/lib/mailto';
import { compose } from '../../src/lib/messages/index';
import { MESSAGE_KINDS } from '../../src/lib/types';

describe('mailtoHref', () => {
  test('encodes line breaks in the body as CRLF, %0D%0A', () => {
    const href = mailtoHref({ to: 'jo@example.com', subject: 'Hello', body: 'Line one\nLine two' });
    expect(href).toBe('mailto:jo@example.com?subject=Hello&body=Line%20one%0D%0ALine%20two');
  });

  test.each([
    ['plain words', 'Cancelling my interview', 'Hi Jo,\n\nThank you.\n\nSam'],
    ['unicode, emoji and right-to-left text', 'Entretien annulé – Zoë 👩🏽‍💻', 'שלום\nمرحبا\n👋'],
    ['the characters a query uses', 'a&b=c?d#e+f%g;h,i/j:k@l', '100% sure & ready? #1 + 2 = 3'],
    ['markup', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>'],
    ['a literal %0A typed into a field', 'Hello%0ABcc:%20evil@example.com', 'Body%0D%0Abcc=evil@example.com'],
    ['an empty subject and body', '', ''],
  ])('round-trips %s exactly', (_name, subject, body) => {
    const decoded = decodeMailto(mailtoHref({ subject, body }));
    expect(decoded).toMatchObject({ subject, body });
    expect(Object.keys(decoded?.headers ?? {})).toEqual(['subject', 'body']);
  });

  test.each([
    ['CRLF and a Bcc header', 'Hello\r\nBcc: evil@example.com'],
    ['a bare LF and a Cc header', 'Hello\nCc: evil@example.com'],
    ['a bare CR', 'Hello\rTo: evil@example.com'],
    ['Unicode line separators', 'Hello\u2028Bcc: evil@example.com\u2029'],
    ['an ampersand that tries to start a header', 'Hello&bcc=evil@example.com'],
  ])('a subject with %s cannot add a header', (_name, subject) => {
    const href = mailtoHref({ to: 'jo@example.com', subject, body: 'Body' });
    const decoded = decodeMailto(href);
    expect(Object.keys(decoded?.headers ?? {})).toEqual(['subject', 'body']);
    expect(decoded?.to).toBe('jo@example.com');
    expect(decoded?.subject).toBe(singleLine(subject));
    expect(decoded?.subject).not.toMatch(/[\r\n\u2028\u2029]/u);
    expect(href).not.toMatch(/[\r\n ]/u);
  });

  test('a body with headers typed into it keeps them as text', () => {
    const body = 'Hi\r\nBcc: evil@example.com\r\n&cc=evil@example.com';
    const decoded = decodeMailto(mailtoHref({ subject: 'S', body }));
    expect(decoded?.body).toBe('Hi\nBcc: evil@example.com\n&cc=evil@example.com');
    expect(Object.keys(decoded?.headers ?? {})).toEqual(['subject', 'body']);
  });

  test.each([
    ['a plain address', 'jo.lee+jobs@mail.example.co.uk', true],
    ['an address with a query of its own', 'jo@example.com?bcc=evil@example.com', false],
    ['a display name', 'Jo Lee <jo@example.com>', false],
    ['a list', 'jo@example.com,evil@example.com', false],
    ['a line break', 'jo@example.com\r\nBcc: evil@example.com', false],
    ['no domain dot', 'jo@localhost', false],
    ['empty', '', false],
    ['too long', `${'a'.repeat(250)}@example.com`, false],
  ])('"to" with %s is kept only when plain', (_name, to, isKept) => {
    expect(isPlainEmail(to)).toBe(isKept);
    const href = mailtoHref({ to, subject: 'S', body: 'B' });
    expect(href.startsWith('mailto:?')).toBe(!isKept);
    expect(decodeMailto(href)?.to).toBe(isKept ? to : '');
    expect(Object.keys(decodeMailto(href)?.headers ?? {})).toEqual(['subject', 'body']);
  });

  test('half an emoji does not throw', () => {
    expect(decodeMailto(mailtoHref({ subject: 'a\uD83D', body: '\uDE00b' }))).toMatchObject({ subject: 'a\uFFFD', body: '\uFFFDb' });
  });

  test.each(MESSAGE_KINDS)('the %s message round-trips as shown', (kind) => {
    const message = compose(kind, { yourName: 'Sam Patel', recipientName: 'Jo', company: 'Acme & Sons', interview: { date: '2026-12-14', time: '10:00', zone: 'Europe/London' } });
    const decoded = decodeMailto(mailtoHref({ to: 'jo@example.com', subject: message.subject ?? '', body: message.body }));
    expect(decoded).toMatchObject({ to: 'jo@example.com', subject: message.subject ?? '', body: message.body });
  });
});

describe('decodeMailto', () => {
  test('gives undefined for anything that is not a mailto link', () => {
    expect(decodeMailto('https://example.com')).toBeUndefined();
    expect(decodeMailto('mailto:?subject=%E0%A4%A')).toBeUndefined();
  });
});

// Pieces that break naive encoders, mixed with ordinary and astral characters.
const piece = fc.oneof(
  fc.constantFrom('\r', '\n', '\r\n', '\u2028', '\u0085', '%', '%0A', '%0D%0A', '&', '=', '?', '#', '+', ' ', 'Bcc: ', '\uD83D', '\uDE00', '\u0000'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const hostileText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('mailtoHref with random text', () => {
  test('always round-trips, and never adds a header or a raw line break', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (subject, body) => {
        const href = mailtoHref({ to: 'jo@example.com', subject, body });
        expect(href).not.toMatch(/[\r\n\s]/u);
        const decoded = decodeMailto(href);
        expect(Object.keys(decoded?.headers ?? {})).toEqual(['subject', 'body']);
        expect(decoded?.subject).toBe(singleLine(subject));
        expect(decoded?.body).toBe(body.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD').replace(/\r\n|[\r\n\u0085\u2028\u2029]/gu, '\n'));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
