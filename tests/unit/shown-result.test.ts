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

  /** A heading titled `title` whose section Pagefind scored as `scores`. */
  const heading = (title: string, ...scores: number[]) => ({ ...section(title, ...scores), title });
  const titlesShown = (query: string, ...headings: ReturnType<typeof heading>[]) =>
    tidyResult(result(headings), query).sub_results.map((sub) => sub.title);

  test('a heading whose title holds a rare word of the query is listed before long sections full of a common one', () => {
    // "interview" and "cancel" fill the sections of the page; one heading is about apologising.
    const shown = titlesShown(
      'how to apologise for cancelling an interview',
      heading('Should I use the word cancel?', 40, 40, 40),
      heading('What should I include?', 30, 30, 30),
      heading('How long should the message be?', 30, 30),
      heading('How much should I apologise?', 5),
      heading('What to do next', 20, 20),
    );
    expect(shown).toEqual(['Should I use the word cancel?', 'What should I include?', 'How much should I apologise?']);
  });

  test('a US spelling in the query finds the UK spelling in a heading, and the other way round', () => {
    const headings = [
      heading('Should I use the word cancel?', 40, 40),
      heading('What should I include?', 30, 30),
      heading('How long should the message be?', 30),
      heading('How much should I apologise?'),
      heading('What if they cancelled at the last minute?'),
    ];
    expect(titlesShown('apologize', ...headings)).toContain('How much should I apologise?');
    expect(titlesShown('interview canceled at the last minute', ...headings)).toContain('What if they cancelled at the last minute?');
    expect(titlesShown('how much to apologise', heading('Other', 9, 9), heading('More', 9), heading('Last', 9), heading('Apologize once'))).toContain(
      'Apologize once',
    );
  });

  test('a word that every heading holds does not decide which are listed', () => {
    const shown = titlesShown(
      'nervous about the offer',
      heading('How do I decline an offer?', 20),
      heading('Can I go back on an offer?', 20),
      heading('What if the offer has a deadline?', 20),
      heading("What if I'm just nervous about an offer?", 2),
    );
    expect(shown).toContain("What if I'm just nervous about an offer?");
    expect(shown).toHaveLength(3);
  });

  test('the guide\'s subject words (interview, cancel, job) do not decide which are listed', () => {
    const shown = titlesShown(
      'what do i say when i cancel an interview because i got another job',
      heading('Should I cancel or reschedule?', 8),
      heading('How do I cancel a job interview?', 11.2),
      heading('Step 1: Make the decision once', 0.4),
      heading('Step 2: Work out how much time is left', 0.3),
      heading('Step 4: Say clearly that you are cancelling', 2),
      heading('What should I say when I cancel?', 17.8),
      heading('Can I cancel a job interview by email?', 10.5),
      heading('Is it rude to cancel a job interview?', 3.8),
      heading('What if I have to cancel only hours before?', 8.3),
      heading('What should I avoid when cancelling?', 9),
      heading('What to do next', 1.5),
    );
    expect(shown).toContain('What should I say when I cancel?');
  });

  test('only the subject words\' own forms are set aside: "interested" is not "interview"', () => {
    const shown = titlesShown(
      'still interested',
      heading('Step 1: Make the decision', 9),
      heading('Step 2: Work out how much time is left', 9),
      heading('Step 3: Say you are still interested', 2),
      heading('What to do next', 9),
    );
    expect(shown).toContain('Step 3: Say you are still interested');
  });

  test('a word inside a hyphenated title word counts: "counter-offer" holds "offer"', () => {
    const shown = titlesShown(
      'my boss offered me more to stay',
      heading('How do I decline a job offer?', 10),
      heading('Can I go back on an offer I accepted?', 10),
      heading('What if my employer makes a counter-offer?', 8),
      heading('What to do next', 9),
    );
    expect(shown).toEqual(['How do I decline a job offer?', 'Can I go back on an offer I accepted?', 'What if my employer makes a counter-offer?']);
  });

  test('without a query, the headings with the strongest matches are listed', () => {
    const shown = tidyResult(result([heading('Weak', 1), heading('Strong', 9), heading('Middle', 5), heading('Strongest', 12)]));
    expect(shown.sub_results.map((sub) => sub.title)).toEqual(['Strong', 'Middle', 'Strongest']);
  });

  test('a stop word in a title is no form of a query word: "what" does not answer "whatsapp"', () => {
    const shown = titlesShown(
      'can i whatsapp the recruiter',
      heading("What if they don't answer the phone?", 6),
      heading('What to do next', 5),
      heading('Who should I contact?', 7),
      heading('Should I call or email?', 8),
      heading('Can I reach the recruiter by text?', 4),
    );
    expect(shown).toEqual(['Who should I contact?', 'Should I call or email?', 'Can I reach the recruiter by text?']);
  });
});
