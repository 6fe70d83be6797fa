import { describe, expect, test } from 'vitest';
import { tidyResult, type PagefindResultData } from '../../src/components/search/shown-result';

const page = '/candidates/call-email-voicemail-or-text/';
/** A sub-result whose matching words Pagefind scored as `scores`. */
const section = (id: string, ...scores: number[]) => ({
  url: `${page}#${id}`,
  title: id,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});
const result = (sub_results: PagefindResultData['sub_results']): PagefindResultData => ({
  url: page,
  meta: { title: 'Should you call, email, leave a voicemail or text?', keywords: 'phone, ring, SMS' },
  sub_results,
});

describe('tidyResult', () => {
  test('keeps the extra search words out of what a result shows', () => {
    const shown = tidyResult(result([]));
    expect(shown.meta).toEqual({ title: 'Should you call, email, leave a voicemail or text?' });
  });

  test("turns the section under the page title into the result's own link", () => {
    const shown = tidyResult(result([section('_top', 1), section('can-i-cancel-an-interview-by-text', 5)]));
    expect(shown.sub_results.map((sub) => sub.url)).toEqual([page, `${page}#can-i-cancel-an-interview-by-text`]);
  });

  test('lists the three best-matching headings, in page order, not the three with most matches', () => {
    const shown = tidyResult(
      result([
        section('_top', 1),
        section('many-weak-matches', 0.1, 0.1, 0.1, 0.1, 0.1, 0.1),
        section('question-heading', 36, 36),
        section('one-exact-word', 2),
        section('two-words', 1, 1.5),
        section('nothing-close', 0.2),
      ]),
    );
    expect(shown.sub_results.map((sub) => sub.url.replace(page, ''))).toEqual([
      '',
      '#question-heading',
      '#one-exact-word',
      '#two-words',
    ]);
  });

  test('keeps every heading when there are three or fewer', () => {
    const shown = tidyResult(result([section('a', 1), section('b', 0)]));
    expect(shown.sub_results.map((sub) => sub.title)).toEqual(['a', 'b']);
  });
});
