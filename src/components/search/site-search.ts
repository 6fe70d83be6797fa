// Behaviour of the search button and dialog (markup in overrides/Search.astro).
// Pagefind and the result list (results.ts) are imported on first use: a page that is only read
// never downloads them.

import searchStylesUrl from './search.css?url';

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
  const find = <Found extends Element>(selector: string) => root.querySelector<Found>(selector);
  const openButton = find<HTMLButtonElement>('button[data-open-modal]');
  const closeButton = find<HTMLButtonElement>('button[data-close-modal]');
  const dialog = find<HTMLDialogElement>('dialog');
  const frame = find<HTMLElement>('.dialog-frame');
  const input = find<HTMLInputElement>('[data-search-input]');
  const filters = find<HTMLDetailsElement>('[data-search-filters]');
  const filterGroups = find<HTMLElement>('[data-search-filter-groups]');
  const status = find<HTMLElement>('[data-search-status]');
  const count = find<HTMLElement>('[data-search-count]');
  const list = find<HTMLOListElement>('[data-search-results]');
  const more = find<HTMLButtonElement>('[data-search-more]');
  const help = find<HTMLElement>('[data-search-help]');
  if (!openButton || !dialog || !frame || !input || !filters || !filterGroups || !status || !count || !list || !more || !help) return;

  // Starlight's `pagefind` options from astro.config.mjs (ranking); if unreadable, Pagefind's own
  // defaults still give a working search.
  let pagefindOptions: object = {};
  try {
    pagefindOptions = JSON.parse(root.dataset['pagefindOptions'] ?? '{}');
  } catch {
    // defaults
  }

  // The result list's styles arrive with it, as a stylesheet link: importing the CSS from this
  // script made the bundler link it from every page, searched or not.
  const loadStyles = (): Promise<void> =>
    new Promise((resolve) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchStylesUrl });
      // A stylesheet that fails to load leaves search usable, only plainer.
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
      document.head.append(link);
    });

  // Words about search itself, in view and said at once.
  const tell = (text: string) => {
    status.textContent = text;
    count.textContent = text;
  };

  // Pagefind and the result list load on first use. Until they are ready the box already takes
  // keys; what was typed meanwhile is searched the moment they are.
  let engine: Promise<{ run(query: string): Promise<void> } | null> | null = null;
  const loadEngine = () => {
    engine ??= (async () => {
      if (input.value.trim()) tell('Loading search…');
      try {
        const [{ startResults }] = await Promise.all([import('./results'), loadStyles()]);
        const bundlePath = import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/';
        const started = await startResults({ input, filters, filterGroups, status, count, list, more, help }, bundlePath, pagefindOptions);
        void started.run(input.value);
        return started;
      } catch {
        tell('Search could not load. Reload the page to try again, or use the menu.');
        return null;
      }
    })();
    return engine;
  };
  input.addEventListener('input', () => {
    if (!engine && input.value.trim()) tell('Loading search…');
    void loadEngine();
  });

  const onClickOutside = (event: MouseEvent) => {
    const target = event.target as Node | null;
    const isLink = !!target && 'href' in target;
    if (isLink || (target && document.body.contains(target) && !frame.contains(target))) closeModal();
  };

  const openModal = (query?: string) => {
    if (!dialog.open) {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      window.addEventListener('click', onClickOutside);
    }
    // In the same task as the shortcut, so the very next key lands in the box.
    input.focus();
    if (query) input.value = query;
    const loaded = engine;
    void loadEngine();
    if (query && loaded) void loaded.then((started) => started?.run(query));
  };
  const closeModal = () => dialog.close();

  openButton.addEventListener('click', (event) => {
    event.stopPropagation();
    openModal();
  });
  // Warm the download when a person is about to click, so the first result is quick.
  openButton.addEventListener('pointerenter', () => void loadEngine(), { once: true });
  openButton.addEventListener('focus', () => void loadEngine(), { once: true });
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
      else openModal();
    } else if (event.key === '/' && !typingElsewhere && !dialog.open) {
      event.preventDefault();
      openModal();
    }
  });

  // Other parts of the page (the home page's search box, the 404 page) can ask for a search.
  document.addEventListener('bowout:search', (event) => {
    const detail = (event as CustomEvent<{ query?: string }>).detail;
    openModal(detail?.query);
  });

  const initial = queryFromLocation(window.location);
  if (initial) openModal(initial);
}
