import { describe, expect, test } from 'vitest';
import {
  asksAbout,
  beginsLike,
  isStopWord,
  prefixesOf,
  rankByWordsMatched,
  searchWholeQuestion,
  significantWords,
  statusText,
  wordsOf,
  type Answer,
  type Hit,
} from '../../src/components/search/closest-matches';

/**
 * A tiny index that behaves like Pagefind: a page is found only if it holds every word of the
 * term, a word matching any indexed word it begins; the score is the number of words matched
 * plus a per-page weight, so ranks are predictable.
 */
function fakeIndex(pages: Record<string, string>, weight: Record<string, number> = {}) {
  const searched: string[] = [];
  const search = async (term: string): Promise<Hit[]> => {
    searched.push(term);
    const terms = wordsOf(term);
    return Object.entries(pages)
      .filter(([, text]) => terms.every((word) => wordsOf(text).some((indexed) => indexed.startsWith(word))))
      .map(([id]) => ({ id, score: terms.length + (weight[id] ?? 0) }))
      .sort((a, b) => b.score - a.score);
  };
  return { search, searched };
}

const ids = (results: Hit[]) => results.map((result) => result.id);

describe('wordsOf', () => {
  test.each([
    ['They haven’t replied', ['they', "haven't", 'replied']],
    ["the employer's side", ['the', 'employer', 'side']],
    ['no-show, again?!', ['no-show', 'again']],
    ['  Switch to VIDEO  ', ['switch', 'to', 'video']],
    ["'quoted' -dashed-", ['quoted', 'dashed']],
  ])('splits %j as Pagefind would see it', (query, words) => {
    expect(wordsOf(query)).toEqual(words);
  });
});

describe('significantWords', () => {
  test('drops pronouns, auxiliaries and question words, keeps what the question is about', () => {
    expect(significantWords("they haven't replied to my cancellation email")).toEqual(['replied', 'cancellation', 'email']);
    expect(significantWords('can I switch to a video interview')).toEqual(['switch', 'video', 'interview']);
  });

  test('keeps the particles that make the question: back out, turn down, same day', () => {
    expect(significantWords('how do I back out')).toEqual(['back', 'out']);
    expect(significantWords('turn down the same day')).toEqual(['turn', 'down', 'same', 'day']);
  });

  test('lists each word once, in the order typed', () => {
    expect(significantWords('interview interview tomorrow Interview')).toEqual(['interview', 'tomorrow']);
  });

  test('a question of stop words only has no significant word', () => {
    expect(significantWords('what should I do now?')).toEqual([]);
  });

  test('stop words typed without their apostrophe are stop words too', () => {
    expect(significantWords('dont know why they didnt reply')).toEqual(['know', 'reply']);
  });
});

describe('isStopWord', () => {
  test.each([
    ['I', true],
    ['Can', true],
    ['haven’t', true],
    ['interview', false],
    ['video', false],
    ['', true],
  ])('%j → %s', (word, expected) => {
    expect(isStopWord(word)).toBe(expected);
  });
});

describe('prefixesOf', () => {
  test('gives shorter and shorter beginnings, never under four letters', () => {
    expect(prefixesOf('intervew')).toEqual(['interve', 'interv', 'inter', 'inte']);
    expect(prefixesOf('cancl')).toEqual(['canc']);
    expect(prefixesOf('cal')).toEqual([]);
  });
});

describe('rankByWordsMatched', () => {
  test('pages holding more of the words come first, whatever their single scores', () => {
    const ranked = rankByWordsMatched([
      { word: 'video', results: [{ id: 'strong-on-one', score: 50 }, { id: 'both', score: 1 }] },
      { word: 'switch', results: [{ id: 'both', score: 1 }] },
    ]);
    expect(ids(ranked)).toEqual(['both', 'strong-on-one']);
  });

  test('among pages holding as many words, the higher total score first', () => {
    const ranked = rankByWordsMatched([
      { word: 'a', results: [{ id: 'low', score: 1 }, { id: 'high', score: 2 }] },
      { word: 'b', results: [{ id: 'high', score: 5 }, { id: 'low', score: 1 }] },
    ]);
    expect(ids(ranked)).toEqual(['high', 'low']);
  });

  test('each page once', () => {
    const ranked = rankByWordsMatched([
      { word: 'a', results: [{ id: 'x', score: 1 }] },
      { word: 'b', results: [{ id: 'x', score: 1 }] },
      { word: 'c', results: [] },
    ]);
    expect(ids(ranked)).toEqual(['x']);
  });
});

describe('searchWholeQuestion', () => {
  const pages = {
    reply: 'What if they do not reply to my cancellation email',
    video: 'Can I move a video interview or switch formats',
    zone: 'Got the time zone wrong and missed the interview',
    cancel: 'How to cancel an interview by email or phone',
    offer: 'Accepted another offer before the interview',
  };

  test('a query every word of which three pages hold is answered by Pagefind alone', async () => {
    const index = fakeIndex({ a: 'cancel interview', b: 'cancel the interview', c: 'interview cancel' });
    const answer = await searchWholeQuestion('cancel interview', index.search);
    expect(answer.kind).toBe('every-word');
    expect(ids(answer.results)).toHaveLength(3);
    expect(index.searched).toEqual(['cancel interview']);
  });

  test('a whole question no page holds word for word finds the page holding most of its words', async () => {
    const index = fakeIndex(pages);
    const answer = await searchWholeQuestion("they haven't replied to my cancellation email", index.search);
    expect(answer.kind).toBe('closest');
    expect(ids(answer.results)[0]).toBe('reply');
    if (answer.kind === 'closest') {
      expect(answer.everyWord).toBe(0);
      expect(answer.words).toEqual(['replied', 'cancellation', 'email']);
    }
    // The whole question, then without stop words, then word by word.
    expect(index.searched.slice(0, 2)).toEqual(["they haven't replied to my cancellation email", 'replied cancellation email']);
    expect(index.searched).toEqual(expect.arrayContaining(['replied', 'cancellation', 'email']));
  });

  test('pages holding every word stay first, the closest matches follow, none twice', async () => {
    const index = fakeIndex(pages);
    const answer = await searchWholeQuestion('cancel interview email', index.search);
    expect(answer.kind).toBe('closest');
    expect(ids(answer.results)[0]).toBe('cancel');
    expect(new Set(ids(answer.results)).size).toBe(answer.results.length);
    if (answer.kind === 'closest') expect(answer.everyWord).toBe(1);
  });

  test('dropping the stop words can be enough: no word-by-word search then', async () => {
    const index = fakeIndex({ a: 'switch video', b: 'video switch', c: 'switch to video now' });
    const answer = await searchWholeQuestion('can we please switch video', index.search);
    expect(ids(answer.results).sort()).toEqual(['a', 'b', 'c']);
    expect(index.searched).toEqual(['can we please switch video', 'switch video']);
  });

  test('a misspelt word is found by its beginning', async () => {
    const index = fakeIndex(pages);
    const answer = await searchWholeQuestion('swich to vidoe intervew', index.search);
    expect(answer.kind).toBe('closest');
    expect(ids(answer.results)[0]).toBe('video');
  });

  test('a single word that finds nothing is retried by its beginning, and can still find nothing', async () => {
    const index = fakeIndex(pages);
    expect(ids((await searchWholeQuestion('cancellaton', index.search)).results)).toEqual(['reply']);
    expect(await searchWholeQuestion('zzqxvplorb', index.search)).toEqual({ kind: 'nothing', results: [] });
  });

  test('a single word with one or two pages keeps them, with no further search', async () => {
    const index = fakeIndex(pages);
    const answer = await searchWholeQuestion('zone', index.search);
    expect(answer).toEqual({ kind: 'every-word', results: [{ id: 'zone', score: 1 }] });
    expect(index.searched).toEqual(['zone']);
  });

  test('a question of stop words only that finds nothing answers nothing', async () => {
    const index = fakeIndex(pages);
    expect((await searchWholeQuestion('what should we', index.search)).kind).toBe('nothing');
  });
});

describe('statusText', () => {
  const hits = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `page-${index}`, score: 1 }));
  const cases: [Answer<Hit>, string][] = [
    [{ kind: 'every-word', results: hits(1) }, '1 result for voicemail'],
    [{ kind: 'every-word', results: hits(3) }, '3 results for voicemail'],
    [{ kind: 'nothing', results: [] }, 'Nothing matched voicemail.'],
    [{ kind: 'closest', results: hits(2), everyWord: 0, words: ['voicemail'] }, 'No page has every word you typed. Closest matches:'],
    [{ kind: 'closest', results: hits(2), everyWord: 1, words: ['voicemail'] }, 'One page has every word you typed, then the closest matches:'],
    [{ kind: 'closest', results: hits(3), everyWord: 2, words: ['voicemail'] }, '2 pages have every word you typed, then the closest matches:'],
  ];
  test.each(cases)('says plainly what the results are (%j)', (answer, text) => {
    expect(statusText('voicemail', answer)).toBe(text);
  });
});

describe('asksAbout', () => {
  test.each([
    ['can I decline after I already said yes', 'decline', true],
    ['can I decline after I already said yes', 'Declined', true],
    ['can I decline after I already said yes', 'cancel', false], // Pagefind's prefix match for "can"
    ['can I decline after I already said yes', 'ideally', false], // and for "I"
    ['can I decline after I already said yes', 'I', false],
    ['cancelling my interview', 'cancelled', true],
    ['cancelling my interview', 'cancel', true],
    ['cancelling my interview', 'interviewer', true],
    ['can i cancel an interveiw by text', 'interview', true], // the typo's beginning
    ['what should I do', 'should', false],
  ])('%j asks about %j: %s', (query, word, expected) => {
    expect(asksAbout(query)(word)).toBe(expected);
  });
});

describe('beginsLike', () => {
  test.each([
    ['apologise', 'apologize', true],
    ['apologize', 'apologise', true],
    ['cancelled', 'canceled', true],
    ['canceling', 'cancelling', true],
    ['colour', 'color', true],
    ['behaviour', 'behavior', true],
    ['late', 'late', true],
    ['offer', 'office', false],
    ['decline', 'decide', false],
    ['can', 'cancel', false], // too little of the word to be sure
  ])('%j is a form of %j: %s', (word, significant, expected) => {
    expect(beginsLike(word, significant)).toBe(expected);
  });
});
