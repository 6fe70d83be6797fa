// Whole questions in the search box. Pagefind returns only pages holding every word of a query,
// so "they haven't replied to my cancellation email" finds nothing. When the whole query finds
// fewer than three pages, this searches again without the stop words, then word by word, and
// ranks the pages holding more of the words first. No DOM and no Pagefind here: the caller hands
// in a `search` function, so the dialog and the relevance tests rank exactly alike.

/** Below this many pages for the whole query, the closest matches are added after them. */
export const ENOUGH_RESULTS = 3;
/** A long question is searched word by word for its first this-many significant words only. */
const MOST_WORDS_SEARCHED = 8;
/** A word that finds nothing (a typo, most often) is retried as a prefix down to this length. */
const SHORTEST_PREFIX = 4;

/**
 * Words that carry no meaning of their own in a question about interviews: pronouns, auxiliaries,
 * articles, prepositions, question words, fillers, with and without apostrophes. "Out", "back",
 * "down", "same" and "another" are kept: "back out", "turn down", "same day" are the question.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after again already also am an and any are aren't as at be because been before being but by can
  can't cannot could couldn't did didn't do does doesn't doing don't for from get gets getting got
  had hadn't has hasn't have haven't having he her hers him his how i i'd i'll i'm i've if in into
  is isn't it it's its just let me might mine must my myself no not now of ok okay on or our ours
  please really she should shouldn't so some still such than that the their theirs them then there
  these they they'd they're they've this those to too um very was wasn't we we're we've were
  weren't what what's when where which while who whom why will with won't would wouldn't you
  you'd you're you've your yours hi hello thanks
  cant couldnt didnt doesnt dont hadnt hasnt havent id ill im isnt ive shouldnt theyre theyve
  wasnt werent whats wont wouldnt youre youve`.split(/\s+/).filter(Boolean),
);

/** The query's words as Pagefind would see them: lower case, curly apostrophes straightened. */
export function wordsOf(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, ''))
    .filter(Boolean);
}

export const isStopWord = (word: string): boolean => {
  const [normalised] = wordsOf(word);
  return normalised === undefined || STOP_WORDS.has(normalised);
};

/** The words that matter, once each, in the order typed. */
export function significantWords(query: string): string[] {
  return [...new Set(wordsOf(query).filter((word) => !STOP_WORDS.has(word) && word.length > 1))];
}

const sharedBeginning = (a: string, b: string): number => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
};

/**
 * Whether a word of a page is one the query asks about, for highlights and for choosing headings.
 * Pagefind matches each query word as a stem and a prefix, so "can" finds "cancel" and "I" finds
 * "ideally": a word counts only if it begins like one of the query's significant words (at least
 * four letters alike, or the whole of a shorter one: "cancelling" and "cancelled" do).
 */
export function asksAbout(query: string): (word: string) => boolean {
  const wanted = significantWords(query);
  return (word) => {
    const [normalised] = wordsOf(word);
    if (normalised === undefined || STOP_WORDS.has(normalised)) return false;
    return wanted.some((significant) => beginsLike(normalised, significant));
  };
}

/**
 * Whether a page's word (normalised by `wordsOf`) is a form of a query's significant word: at least
 * four letters alike from the start, or the whole of a shorter one. This also folds US and UK
 * spellings, which part only after their fourth letter: "apologize" and "apologise", "canceled" and
 * "cancelled", "color" and "colour".
 */
export const beginsLike = (word: string, significant: string): boolean =>
  sharedBeginning(word, significant) >= Math.min(4, significant.length);

/** Shorter and shorter beginnings of a word that found nothing: "intervew" → "interve", "interv"… */
export function prefixesOf(word: string): string[] {
  const prefixes: string[] = [];
  for (let length = word.length - 1; length >= SHORTEST_PREFIX; length--) prefixes.push(word.slice(0, length));
  return prefixes;
}

/** The part of a Pagefind result this module reads. */
export interface Hit {
  id: string;
  score: number;
}

export type Answer<Result extends Hit> =
  /** Enough pages hold every word of the query. */
  | { kind: 'every-word'; results: Result[] }
  /** The first `everyWord` results hold every word; the rest are the closest matches. */
  | { kind: 'closest'; results: Result[]; everyWord: number; words: string[] }
  | { kind: 'nothing'; results: [] };

/** One word's own search, for ranking: the word as typed and the pages it found. */
export interface WordSearch<Result extends Hit> {
  word: string;
  results: Result[];
}

/**
 * Pages found by the words searched one at a time, those holding more of the words first; among
 * pages holding as many, the higher sum of Pagefind's scores (which weigh rare words more) first.
 */
export function rankByWordsMatched<Result extends Hit>(searches: WordSearch<Result>[]): Result[] {
  const pages = new Map<string, { result: Result; words: number; score: number; firstSeen: number }>();
  for (const { results } of searches) {
    for (const result of results) {
      const page = pages.get(result.id);
      if (page) {
        page.words += 1;
        page.score += result.score;
      } else {
        pages.set(result.id, { result, words: 1, score: result.score, firstSeen: pages.size });
      }
    }
  }
  return [...pages.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score || a.firstSeen - b.firstSeen)
    .map((page) => page.result);
}

/** `later` after `earlier`, leaving out pages `earlier` already has. */
function appendNew<Result extends Hit>(earlier: Result[], later: Result[]): Result[] {
  const seen = new Set(earlier.map((result) => result.id));
  return [...earlier, ...later.filter((result) => !seen.has(result.id))];
}

/**
 * Answers a query the way the search dialog does: the whole query first, then, when that finds
 * fewer than ENOUGH_RESULTS pages, the query without stop words, then each significant word alone
 * (a word finding nothing retried by its beginning, for typos).
 */
export async function searchWholeQuestion<Result extends Hit>(
  query: string,
  search: (term: string) => Promise<Result[]>,
): Promise<Answer<Result>> {
  const everyWord = await search(query);
  if (everyWord.length >= ENOUGH_RESULTS) return { kind: 'every-word', results: everyWord };

  const words = significantWords(query).slice(0, MOST_WORDS_SEARCHED);
  let results = everyWord;
  const withoutStopWords = words.join(' ');
  if (words.length > 1 && withoutStopWords !== wordsOf(query).join(' ')) {
    results = appendNew(results, await search(withoutStopWords));
  }
  if (results.length < ENOUGH_RESULTS && (words.length > 1 || everyWord.length === 0)) {
    const searches = await Promise.all(
      words.map(async (word): Promise<WordSearch<Result>> => {
        const found = await search(word);
        if (found.length > 0) return { word, results: found };
        for (const prefix of prefixesOf(word)) {
          const byPrefix = await search(prefix);
          if (byPrefix.length > 0) return { word, results: byPrefix };
        }
        return { word, results: [] };
      }),
    );
    results = appendNew(results, rankByWordsMatched(searches));
  }

  if (results.length === 0) return { kind: 'nothing', results: [] };
  if (results.length === everyWord.length) return { kind: 'every-word', results };
  return { kind: 'closest', results, everyWord: everyWord.length, words };
}

/** What the dialog's status line says above the results: plainly, whether they are closest matches. */
export function statusText(query: string, answer: Answer<Hit>): string {
  const count = answer.results.length;
  const results = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;
  if (answer.kind === 'nothing') return `Nothing matched ${query}.`;
  if (answer.kind === 'every-word') return `${results(count)} for ${query}`;
  // Said plainly, and short: on a phone every line here pushes the first result down.
  if (answer.everyWord === 0) return 'No page has every word you typed. Closest matches:';
  return `${answer.everyWord === 1 ? 'One page has' : `${answer.everyWord} pages have`} every word you typed, then the closest matches:`;
}
