// client:touch, for the helper at the top of the home page. Issue #16 holds "/" to 0.6× a plain
// Starlight page until the person first touches the flow, so the island's script loads on the
// first pointer, touch, key or focus inside it. Until then the server-rendered form works on its
// own: what the person clicks or types stays in it and is adopted when the island starts (./start.ts).
// With something to restore, a link's query string or details saved in this browser, the form
// the server rendered is not what the person should see, so it hydrates at once, as client:load.
// Astro bundles this file alone (esbuild) into an inline script whose hash it adds to the CSP:
// keep its imports to ./restore-check.ts, ./next-task.ts and the storage keys.
import type { ClientDirective } from 'astro';
import { nextTask } from './next-task';
import { hasSomethingToRestore } from './restore-check';

// Listened for in the capture phase on the island, so a touch on any control inside it counts.
const FIRST_TOUCH = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

const touchDirective: ClientDirective = (load, _options, island) => {
  // Enter in a field would submit the form and reload the page, losing what was typed.
  const holdSubmit = (event: Event): void => event.preventDefault();
  island.addEventListener('submit', holdSubmit);
  let isStarting = false;
  const start = async (): Promise<void> => {
    if (isStarting) return;
    isStarting = true;
    for (const type of FIRST_TOUCH) island.removeEventListener(type, start, true);
    const hydrate = await load();
    await nextTask();
    await hydrate();
    island.removeEventListener('submit', holdSubmit);
  };
  if (hasSomethingToRestore()) {
    void start();
    return;
  }
  for (const type of FIRST_TOUCH) island.addEventListener(type, start, { capture: true, passive: true });
};

export default touchDirective;

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the first pointer, touch, key or focus inside; at once with a query string or saved details. */
    'client:touch'?: boolean;
  }
}
