// The search dialog's results, on Pagefind's JS API: loaded with Pagefind when a person first
// opens search (site-search.ts), so a page that is only read never downloads it.
// Everything shown is built as elements and text nodes; Pagefind's excerpts are parsed, never
// inserted as markup.

import { asksAbout, searchWholeQuestion, statusText } from './closest-matches';
import { tidyResult, type PagefindResultData } from './shown-result';

/** The slice of Pagefind's JS API (`/pagefind/pagefind.js`) the dialog uses. */
interface PagefindApi {
  options(options: object): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string, options?: { filters?: object }): Promise<PagefindSearch | null>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindHit[];
  filters: FilterCounts;
}
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<ShownData>;
}
type ShownData = PagefindResultData & {
  excerpt: string;
  sub_results: (PagefindResultData['sub_results'][number] & { excerpt: string })[];
};

/** The dialog's parts, found by site-search.ts in overrides/Search.astro. */
export interface SearchParts {
  input: HTMLInputElement;
  filters: HTMLDetailsElement;
  filterGroups: HTMLElement;
  /** The live region: said once typing pauses. */
  status: HTMLElement;
  /** The same words in view, at once. */
  count: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  help: HTMLElement;
}

/**
 * Results per screenful: each costs a download of that page's text (~2.5 KB), four with their
 * headings fill a phone screen, and the first search stays within its byte budget.
 */
const PAGE_SIZE = 4;
/**
 * How long typing must pause before the live region says the count: said at every key, a screen
 * reader hears "12 results for c", "12 results for ca", … The list and the count in view follow every key.
 */
const SAY_AFTER_PAUSE_MS = 600;
/** The filters shown, in this order, with their legend. */
const FILTER_LEGENDS: Record<string, string> = { audience: 'Audience', kind: 'Kind' };

/**
 * Pagefind's excerpt as nodes: its `<mark>`s kept only around the words the query asks about
 * (`asksAbout`), never around stop words or what Pagefind found for them ("cancel" for "can").
 */
function excerptNodes(excerpt: string, marks: (word: string) => boolean): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    const text = node.textContent ?? '';
    if (node.nodeName !== 'MARK' || !marks(text)) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

const element = <Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className: string, ...children: (Node | string)[]) => {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
};
const link = (href: string, text: string, className: string) => Object.assign(element('a', className, text), { href });

/** One result: the page's title and its opening excerpt as one card, then its best headings. */
function renderResult(data: ShownData, query: string, matters: (word: string) => boolean): HTMLLIElement {
  const shown = tidyResult(data, query);
  const [first, ...rest] = shown.sub_results;
  const pageSection = first?.url === shown.url ? first : undefined;
  const headings = pageSection ? rest : shown.sub_results;
  const item = element('li', 'search-result');
  item.append(
    element(
      'div',
      'search-result-page',
      link(shown.url, shown.meta['title'] ?? shown.url, 'search-result-link'),
      element('p', 'search-result-excerpt', ...excerptNodes(pageSection?.excerpt ?? data.excerpt, matters)),
    ),
  );
  if (headings.length) {
    item.append(
      element(
        'ul',
        'search-result-sections',
        ...headings.map((heading) =>
          element(
            'li',
            'search-result-section',
            link(heading.url, heading.title, 'search-result-link'),
            element('p', 'search-result-excerpt', ...excerptNodes(heading.excerpt, matters)),
          ),
        ),
      ),
    );
  }
  return item;
}

export async function startResults(parts: SearchParts, bundlePath: string, pagefindOptions: object) {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindApi;
  await pagefind.options({
    ...pagefindOptions,
    // Search in the page rather than a web worker: a search takes about a millisecond here, and
    // the worker's script is 12 KB more to download.
    noWorker: true,
    excerptLength: 18,
  });

  const selected: Record<string, Set<string>> = {};
  const filterOptions = () => {
    const chosen = Object.entries(selected).filter(([, values]) => values.size > 0);
    return chosen.length ? { filters: Object.fromEntries(chosen.map(([name, values]) => [name, { any: [...values] }])) } : {};
  };

  // The filters, one line until opened (a phone keeps its screen for results); counts per value
  // follow the query.
  const counts = new Map<string, HTMLElement>();
  let siteCounts: FilterCounts = {};
  const buildFilters = (all: FilterCounts) => {
    siteCounts = all;
    for (const [name, legendText] of Object.entries(FILTER_LEGENDS)) {
      const values = Object.keys(all[name] ?? {}).sort();
      if (!values.length) continue;
      const group = element('fieldset', 'search-filter', element('legend', '', legendText));
      selected[name] = new Set();
      for (const value of values) {
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', value });
        box.addEventListener('change', () => {
          if (box.checked) selected[name]?.add(value);
          else selected[name]?.delete(value);
          void run(parts.input.value);
        });
        const count = element('span', 'search-filter-count', ` (${all[name]?.[value] ?? 0})`);
        counts.set(`${name}:${value}`, count);
        group.append(element('label', 'search-filter-value', box, value, count));
      }
      parts.filterGroups.append(group);
    }
    parts.filters.hidden = counts.size === 0;
  };
  const showCounts = (found: FilterCounts | undefined) => {
    for (const [key, span] of counts) {
      const [name = '', value = ''] = key.split(':');
      span.textContent = ` (${(found ?? siteCounts)[name]?.[value] ?? 0})`;
    }
  };

  // The count in view changes with the list. The live region takes the same text once searches stop
  // coming, and a search started meanwhile (the next key) drops the text still waiting.
  let toSay: ReturnType<typeof setTimeout> | undefined;
  const sayAfterPause = (text: string) => {
    parts.count.textContent = text;
    toSay = setTimeout(() => (parts.status.textContent = text), SAY_AFTER_PAUSE_MS);
  };

  let latest = 0;
  let shown: PagefindHit[] = [];
  let shownQuery = '';
  let matters: (word: string) => boolean = () => false;
  let shownCount = 0;

  const showMore = async (ticket: number) => {
    const next = shown.slice(shownCount, shownCount + PAGE_SIZE);
    const data = await Promise.all(next.map((hit) => hit.data()));
    if (ticket !== latest) return;
    parts.list.append(...data.map((result) => renderResult(result, shownQuery, matters)));
    shownCount += next.length;
    parts.more.hidden = shownCount >= shown.length;
  };

  const run = async (typed: string) => {
    const ticket = ++latest;
    clearTimeout(toSay);
    const query = typed.trim();
    if (!query) {
      parts.list.replaceChildren();
      parts.status.textContent = '';
      parts.count.textContent = '';
      parts.more.hidden = true;
      parts.help.hidden = true;
      parts.list.dataset['query'] = '';
      return;
    }
    let wholeQueryFilters: FilterCounts | undefined;
    const searchStarted = performance.now();
    const answer = await searchWholeQuestion(query, async (term) => {
      const found = await pagefind.search(term, filterOptions());
      if (term === query) wholeQueryFilters = found?.filters;
      return found?.results ?? [];
    });
    // Pagefind's time for the whole answer, by kind: the bench compares closest matches with
    // plain answers to show what the fallback searches add.
    performance.measure(`bowout-search:${answer.kind}`, { start: searchStarted });
    if (ticket !== latest) return;
    shown = answer.results;
    shownQuery = query;
    matters = asksAbout(query);
    // Every fragment is requested at once; each result is shown as soon as it and those above it
    // have arrived, so the first result does not wait for the fourth.
    const pending = shown.slice(0, PAGE_SIZE).map((hit) => hit.data());
    const first = await pending[0];
    if (ticket !== latest) return;
    parts.list.replaceChildren(...(first ? [renderResult(first, shownQuery, matters)] : []));
    shownCount = first ? 1 : 0;
    sayAfterPause(statusText(query, answer));
    parts.help.hidden = answer.kind !== 'nothing';
    showCounts(answer.kind === 'every-word' ? wholeQueryFilters : undefined);
    // Which query the list now answers: the bench times to this, and old results can't count.
    parts.list.dataset['query'] = query;
    for (const next of pending.slice(1)) {
      const data = await next;
      if (ticket !== latest) return;
      parts.list.append(renderResult(data, shownQuery, matters));
      shownCount += 1;
    }
    parts.more.hidden = shownCount >= shown.length;
  };

  parts.more.addEventListener('click', () => {
    const nextResult = shownCount;
    void showMore(latest).then(() => {
      // Focus moves to the first new result, so a keyboard user carries on from there.
      parts.list.children[nextResult]?.querySelector('a')?.focus();
    });
  });
  parts.input.addEventListener('input', () => void run(parts.input.value));
  parts.input.form?.addEventListener('submit', (event) => event.preventDefault());

  void pagefind.filters().then(buildFilters);
  return { run };
}
