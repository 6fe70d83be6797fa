// Behaviour of the search button and dialog (markup in overrides/Search.astro).
// Pagefind's UI is imported on first use: a page that is only read never downloads it.

import searchStylesUrl from './search.css?url';

type PagefindUIInstance = { triggerSearch(term: string): void };

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

/** How many headings the Default UI lists under a result. */
const SHOWN_SUB_RESULTS = 3;

const matchStrength = (sub: PagefindSubResult): number =>
  sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * What a result shows. The `keywords` field (extra words from front matter) is for matching, not
 * reading. The section under the page title (Starlight's `#_top`) is the page itself, so it becomes
 * the result's own link. Of the headings, the three that match best are listed, in page order:
 * Pagefind's UI would pick the three with the most matches of any query word, so a question
 * heading that matches the whole query lost to long sections full of "interview".
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

/** The query a link can carry: `?q=voicemail` or `#search=voicemail`. */
export function queryFromLocation(location: Pick<Location, 'search' | 'hash'>): string | null {
  const fromQuery = new URLSearchParams(location.search).get('q');
  if (fromQuery && fromQuery.trim()) return fromQuery.trim();
  const hash = location.hash.startsWith('#search=') ? location.hash.slice('#search='.length) : '';
  if (!hash) return null;
  try {
    const decoded = decodeURIComponent(hash.replace(/\+/g, ' ')).trim();
    return decoded || null;
  } catch {
    return null;
  }
}

export function mountSearch(root: HTMLElement): void {
  const openButton = root.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const closeButton = root.querySelector<HTMLButtonElement>('button[data-close-modal]');
  const dialog = root.querySelector('dialog');
  const frame = root.querySelector('.dialog-frame');
  const container = root.querySelector<HTMLElement>('#starlight__search');
  const loading = root.querySelector<HTMLElement>('[data-search-loading]');
  const help = root.querySelector<HTMLElement>('[data-search-help]');
  if (!openButton || !dialog || !frame || !container || !loading || !help) return;

  let ui: Promise<PagefindUIInstance | null> | null = null;
  // Our wording for the UI, and Starlight's `pagefind` options from astro.config.mjs (ranking);
  // if either is unreadable, Pagefind's own defaults still give a working search.
  const fromAttribute = (name: string): Record<string, unknown> => {
    try {
      return JSON.parse(root.dataset[name] ?? '{}');
    } catch {
      return {};
    }
  };
  const translations = fromAttribute('translations');
  const pagefindOptions = fromAttribute('pagefindOptions');

  // The dialog's styles arrive with the UI, as a stylesheet link: importing the CSS from this
  // script made the bundler link it from every page, searched or not.
  const loadStyles = (): Promise<void> =>
    new Promise((resolve) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchStylesUrl });
      // A stylesheet that fails to load leaves search usable, only plainer.
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
      document.head.append(link);
    });

  const loadUI = (): Promise<PagefindUIInstance | null> => {
    ui ??= (async () => {
      loading.hidden = false;
      try {
        const [{ PagefindUI }] = await Promise.all([
          // @ts-expect-error Pagefind's UI ships no types
          import('@pagefind/default-ui') as Promise<{ PagefindUI: new (options: object) => PagefindUIInstance }>,
          loadStyles(),
        ]);
        const instance = new PagefindUI({
          ...pagefindOptions,
          element: '#starlight__search',
          baseUrl: import.meta.env.BASE_URL,
          bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
          showImages: false,
          showSubResults: true,
          resetStyles: false,
          translations,
          processResult: tidyResult,
          // Pagefind answers in about a millisecond; its default 300 ms wait was most of each search.
          // A short wait still skips the letters of a fast typist, whose results nobody reads.
          debounceTimeoutMs: 15,
          // Each result shown costs a download of that page's text (~2.5 KB). Four results with their
          // headings fill a phone screen, and the first search stays under 120 KB in all.
          pageSize: 4,
          // Passed on to Pagefind itself: search in the page rather than a web worker. A search
          // takes about a millisecond here, and the worker's script is 12 KB more to download.
          noWorker: true,
        });
        watchForEmptyResults();
        labelInput();
        return instance;
      } catch {
        loading.textContent = 'Search could not load. Reload the page to try again, or use the menu.';
        return null;
      } finally {
        if (loading.textContent === 'Loading search…') loading.hidden = true;
      }
    })();
    return ui;
  };

  // When Pagefind says nothing matched, show ways forward instead of an empty box.
  const watchForEmptyResults = () => {
    const update = () => {
      const input = container.querySelector<HTMLInputElement>('input');
      const term = input?.value.trim() ?? '';
      const results = container.querySelectorAll('.pagefind-ui__result');
      const message = container.querySelector('.pagefind-ui__message');
      const searching = container.querySelector('.pagefind-ui__loading, .pagefind-ui__result-title.pagefind-ui__loading');
      help.hidden = !(term && results.length === 0 && message && !searching);
    };
    new MutationObserver(update).observe(container, { childList: true, subtree: true, characterData: true });
  };

  // The UI renders its input a moment after it loads; give up after a second rather than spin.
  const whenInput = (use: (input: HTMLInputElement) => void, framesLeft = 60): void => {
    const input = container.querySelector<HTMLInputElement>('input');
    if (input) use(input);
    else if (framesLeft > 0) requestAnimationFrame(() => whenInput(use, framesLeft - 1));
  };
  const focusInput = () => whenInput((input) => input.focus());
  // Pagefind's input is named only by its title attribute (axe: label-title-only); give it a
  // real accessible name, the same words as its placeholder.
  const labelInput = () =>
    whenInput((input) => {
      if (!input.hasAttribute('aria-label')) input.setAttribute('aria-label', input.placeholder || 'Search');
    });

  const onClickOutside = (event: MouseEvent) => {
    const target = event.target as Node | null;
    const isLink = !!target && 'href' in target;
    if (isLink || (target && document.body.contains(target) && !frame.contains(target))) closeModal();
  };

  const openModal = async (query?: string) => {
    if (!dialog.open) {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      window.addEventListener('click', onClickOutside);
    }
    const instance = await loadUI();
    if (!instance) return;
    if (query) instance.triggerSearch(query);
    focusInput();
  };
  const closeModal = () => dialog.close();

  openButton.addEventListener('click', (event) => {
    event.stopPropagation();
    void openModal();
  });
  // Warm the download when a person is about to click, so the first result is quick.
  openButton.addEventListener('pointerenter', () => void loadUI(), { once: true });
  openButton.addEventListener('focus', () => void loadUI(), { once: true });
  closeButton?.addEventListener('click', closeModal);
  dialog.addEventListener('close', () => {
    document.body.toggleAttribute('data-search-modal-open', false);
    window.removeEventListener('click', onClickOutside);
  });

  window.addEventListener('keydown', (event) => {
    const typingElsewhere =
      event.target instanceof HTMLElement &&
      (event.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName));
    if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (dialog.open) closeModal();
      else void openModal();
    } else if (event.key === '/' && !typingElsewhere && !dialog.open) {
      event.preventDefault();
      void openModal();
    }
  });

  // Other parts of the page (the home page's search box, the 404 page) can ask for a search.
  document.addEventListener('bowout:search', (event) => {
    const detail = (event as CustomEvent<{ query?: string }>).detail;
    void openModal(detail?.query);
  });

  const initial = queryFromLocation(window.location);
  if (initial) void openModal(initial);
}
