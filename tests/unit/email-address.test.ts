import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emailProblem, isWholeEmail, UNFINISHED_EMAIL } from '../../src/lib/email-address';
import { decodeMailto, mailtoHref } from '../../src/lib/mailto';

describe('isWholeEmail', () => {
  test.each([
    ['a plain address', 'sam@example.com'],
    ['a dotted name and a country domain', 'sam.rivera@mail.example.co.uk'],
    ['a plus tag', 'sam+jobs@example.org'],
    ['a hyphen inside the domain', 'sam@my-mail.example'],
    ['capitals', 'Sam@Example.COM'],
    ['spaces at the edges, which the field drops', '  sam@example.com '],
    ['a domain in another script, written with xn--', 'sam@xn--e1afmkfd.xn--p1ai'],
  ])('%s reads as whole', (_name, address) => {
    expect(isWholeEmail(address)).toBe(true);
  });

  test.each([
    ['only a name', 'sam'],
    ['a name and the @', 'sam@'],
    ['a domain with no dot yet', 'sam@example'],
    ['a domain ending in its dot', 'sam@example.'],
    ['one letter after the dot', 'sam@example.c'],
    ['one letter after the dot, then a space', 'sam@example.c '],
    ['nothing before the @', '@example.com'],
    ['two @', 'sam@@example.com'],
    ['a space inside', 'sam rivera@example.com'],
    ['two dots in a row in the domain', 'sam@example..com'],
    ['a comma for a dot', 'sam@example,com'],
    ['a hyphen at the end of a label', 'sam@example-.com'],
    // A mail app's link cannot be given these as they are, so the person is asked to check them.
    ['a domain in another script, as typed', 'sam@пример.рф'],
    ['a name in another script', 'данил@example.com'],
  ])('%s does not', (_name, typed) => {
    expect(isWholeEmail(typed)).toBe(false);
  });
});

test('whatever reads as whole, the mail link carries', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.emailAddress()), (typed) => {
      if (isWholeEmail(typed)) expect(decodeMailto(mailtoHref({ to: typed, subject: '', body: '' }))?.to).toBe(typed.trim());
    }),
  );
});

describe('emailProblem', () => {
  test('an empty field, or only spaces, says nothing: the address is optional', () => {
    expect(emailProblem('')).toBeNull();
    expect(emailProblem('   ')).toBeNull();
  });

  test('a whole address says nothing', () => {
    expect(emailProblem('sam@example.com')).toBeNull();
  });

  test('a half-typed address is said in plain words', () => {
    expect(emailProblem('sam@example')).toEqual({ ok: false, problem: 'unfinished-email', message: UNFINISHED_EMAIL });
    expect(UNFINISHED_EMAIL).toBe('This does not look like a whole email address yet. Check it before you send.');
  });

  test('never throws, and says something exactly when the address is typed but not whole', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.emailAddress()), (typed) => {
        const problem = emailProblem(typed);
        expect(problem === null).toBe(typed.trim() === '' || isWholeEmail(typed));
      }),
    );
  });
});
