import { describe, expect, test } from 'vitest';
import { isThroughAgency, withAgency } from '../../../src/components/message-builder/form-state';
import { emptyForm, formToSituation, toMessageFields } from '../../../src/lib/builder-state';
import { situationToQuery } from '../../../src/lib/links';

describe('withAgency (the builder’s agency box)', () => {
  test('ticked, the situation has an agency and the messages are told; the ways to reach them stay as they were', () => {
    const form = { ...emptyForm(), channels: 'email,texting' };
    const ticked = withAgency(form, true);
    expect(isThroughAgency(ticked)).toBe(true);
    expect(toMessageFields(ticked)['throughAgency']).toBe(true);
    expect(formToSituation(ticked).contacts).toEqual(formToSituation(form).contacts);
  });

  test('unticked, the agency goes and nothing else does', () => {
    const form = { ...emptyForm(), channels: 'phone,email,agency,hiring-manager' };
    expect(isThroughAgency(form)).toBe(true);
    const unticked = withAgency(form, false);
    expect(isThroughAgency(unticked)).toBe(false);
    expect(toMessageFields(unticked)['throughAgency']).toBeUndefined();
    expect(formToSituation(unticked).people).toEqual({ ...formToSituation(form).people, agency: false });
  });
});

describe('the agency box reads the channels as a link does', () => {
  test.each([
    ['phone,email', true, 'phone,email,agency'],
    [' Agency , PHONE', false, 'phone'],
    ['texting,panel,nonsense', true, 'texting,agency,panel'],
    ['', false, ''],
  ])('%j with the agency %s gives %j, as the situation schema writes it', (channels, agency, written) => {
    const form = { ...emptyForm(), channels };
    expect(withAgency(form, agency).channels).toBe(written);
    expect(new URLSearchParams(situationToQuery({ ...formToSituation(form), people: { ...formToSituation(form).people, agency } })).get('channels')).toBe(written);
  });
});
