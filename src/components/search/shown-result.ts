// What a search result shows: its own link, and the headings under it that match best. Pure, so
// the dialog (results.ts) and the relevance tests choose alike.

import { beginsLike, significantWords, STOP_WORDS, wordsOf } from './closest-matches';

/** The parts of a Pagefind result (`await result.data()`) that the result list shows. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindSubResult {
  url: string;
  title: string;
  /** Each matching word, scored by Pagefind: heading weight squared, times closeness to the query. */
  weighted_locations: { balanced_score: number }[];
}

/** How many headings a result lists under it. */
const SHOWN_SUB_RESULTS = 3;

const matchStrength = (sub: PagefindSubResult): number =>
  sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * The guide's subject: "interview" and "cancel" are the words its headings use most (about one
 * heading in six each), and "job" rides along in "job interview". In a heading's title they tell
 * nothing about which heading answers, so they count nothing there; Pagefind's strength still
 * counts them.
 */
const SUBJECT_WORDS = ['interview', 'cancel', 'job'];

/**
 * How well each heading's own words answer the query. Each significant query word found in a
 * heading's title (spelled either way: `beginsLike`) counts by how rare it is among this result's
 * headings (the log of headings over headings holding it, as search engines weigh rare words):
 * "apologize" in one title of eight counts about 2, "offer" in six of eight about 0.3, and a
 * word every heading holds counts nothing. So the word that tells the headings apart decides.
 * Pagefind cannot do this: it matches "apologize" only to "apologize", and it scores a word by
 * where it stands, not by how rare it is.
 */
function titleMatches(headings: PagefindSubResult[], query: string): Map<PagefindSubResult, number> {
  // "counter-offer" holds "offer" too; "what" is no form of "whatsapp" (a stop word is no match).
  const wordsOfTitle = (title: string) =>
    wordsOf(title)
      .flatMap((word) => [word, ...word.split('-')])
      .filter((word) => !STOP_WORDS.has(word));
  const titleWords = new Map(headings.map((sub) => [sub, wordsOfTitle(sub.title)]));
  const scores = new Map(headings.map((sub) => [sub, 0]));
  // A subject word's own forms ("cancelled", "interviews"), not every word sharing its first letters:
  // "interested", "internet" and "cancer" still tell headings apart.
  const telling = significantWords(query).filter((word) => !SUBJECT_WORDS.some((subject) => word.startsWith(subject)));
  for (const significant of telling) {
    const holders = headings.filter((sub) => titleWords.get(sub)?.some((word) => beginsLike(word, significant)));
    const rarity = holders.length ? Math.log(headings.length / holders.length) : 0;
    for (const sub of holders) scores.set(sub, (scores.get(sub) ?? 0) + rarity);
  }
  return scores;
}

/**
 * What a result shows. The `keywords` field (extra words from front matter) is for matching, not
 * reading. The section under the page title (Starlight's `#_top`) is the page itself, so it becomes
 * the result's own link. Of the headings, the three that match best are listed, in page order.
 * A heading's match is its title's match of the query (`titleMatches`) plus Pagefind's strength of
 * its section, as a share of the strongest section here, so a title holding a rare query word
 * outranks a long section full of "interview". Pagefind's strength counts matches of stop words,
 * unlike highlights: "to my" in "What if they don't reply to my cancellation?" is what makes that
 * heading the answer to "no reply to my cancellation". Without a query, Pagefind's strength alone.
 */
export function tidyResult<Result extends PagefindResultData>(result: Result, query = ''): Result {
  delete result.meta['keywords'];
  const pageTop = `${result.url}#_top`;
  const subResults = result.sub_results.map((sub) => (sub.url === pageTop ? { ...sub, url: result.url } : sub));
  const root = subResults[0]?.url === result.url ? subResults.slice(0, 1) : [];
  const headings = subResults.slice(root.length);
  const byTitle = titleMatches(headings, query);
  const strongest = Math.max(0, ...headings.map(matchStrength));
  const match = (sub: PagefindSubResult) => (byTitle.get(sub) ?? 0) + (strongest > 0 ? matchStrength(sub) / strongest : 0);
  const best = new Set([...headings].sort((a, b) => match(b) - match(a)).slice(0, SHOWN_SUB_RESULTS));
  result.sub_results = [...root, ...headings.filter((sub) => best.has(sub))];
  return result;
}
