// What a search result shows: its own link, and the headings under it that match best. Pure, so
// the dialog (results.ts) and the relevance tests choose alike.

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
 * What a result shows. The `keywords` field (extra words from front matter) is for matching, not
 * reading. The section under the page title (Starlight's `#_top`) is the page itself, so it becomes
 * the result's own link. Of the headings, the three that match best are listed, in page order:
 * the three with the most matches of any query word (Pagefind UI's choice) would put long
 * sections full of "interview" before a question heading that matches the whole query. Matches of
 * stop words count here, unlike in highlights: "to my" in "What if they don't reply to my
 * cancellation?" is what makes that heading the answer to "no reply to my cancellation" (measured
 * on the relevance suite: leaving them out lost three answers).
 */
export function tidyResult<Result extends PagefindResultData>(result: Result): Result {
  delete result.meta['keywords'];
  const pageTop = `${result.url}#_top`;
  const subResults = result.sub_results.map((sub) => (sub.url === pageTop ? { ...sub, url: result.url } : sub));
  const root = subResults[0]?.url === result.url ? subResults.slice(0, 1) : [];
  const headings = subResults.slice(root.length);
  const best = new Set(
    [...headings].sort((a, b) => matchStrength(b) - matchStrength(a)).slice(0, SHOWN_SUB_RESULTS),
  );
  result.sub_results = [...root, ...headings.filter((sub) => best.has(sub))];
  return result;
}
