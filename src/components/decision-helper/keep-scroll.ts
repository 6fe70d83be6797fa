// Where the person was on the page, kept across a reload while the helper holds saved details.
// The browser restores the scroll before the island has grown to its full height (its messages
// load after it starts), lands in the page text below the short form, and its scroll anchoring then
// follows that text down as the helper grows: the person sees the page's end, not their plan. So
// while something is saved, the helper takes the scroll over for this page's history entry, and
// puts it back once its messages are on screen. Only this tab's session holds it.
import { hasSomethingToRestore } from './restore-check';

// One entry per page, so going from one guide to another and back still finds the first one's.
const keyFor = (path: string): string => `bowout:scroll:${path}`;

/** Saves the scroll as the page is left, and asks the browser to leave it to us when something is saved. */
export function keepScrollOnLeave(): () => void {
  const onLeave = (): void => {
    try {
      const isKept = hasSomethingToRestore();
      if (isKept) sessionStorage.setItem(keyFor(location.pathname), String(window.scrollY));
      else sessionStorage.removeItem(keyFor(location.pathname));
      history.scrollRestoration = isKept ? 'manual' : 'auto';
    } catch {
      // Nowhere to keep it: the browser's own restore is better than none.
    }
  };
  addEventListener('pagehide', onLeave);
  return () => removeEventListener('pagehide', onLeave);
}

let isRestored = false;

/** Back where the person was, once: call when the helper has its full height. */
export function restoreScroll(): void {
  if (isRestored) return;
  isRestored = true;
  // The setting belongs to the history entry: still "manual" only on a reload or a return to it,
  // never on a fresh visit by a link, which starts at the top (or its #anchor) as usual.
  const isReturn = history.scrollRestoration === 'manual';
  history.scrollRestoration = 'auto';
  try {
    const y = sessionStorage.getItem(keyFor(location.pathname));
    // After the layout of the render that brought the messages.
    if (isReturn && y) requestAnimationFrame(() => window.scrollTo(0, Number(y)));
  } catch {
    // Storage refused on the way back: the page stays where the browser put it.
  }
}
