// client:saved, for the helper on a guide: hydrates when scrolled into view, as client:visible, or
// at once when there is something to restore. A reload while reading the messages brings the scroll
// back far down the page; hydrated only when seen, the helper would still be its short empty form
// there, the person would land below it in the page's text and think their details were lost.
// Astro bundles this file alone (esbuild) into an inline script whose hash it adds to the CSP:
// keep its imports to ./restore-check.ts, ./next-task.ts and the storage keys.
import type { ClientDirective } from 'astro';
import { nextTask } from './next-task';
import { hasSomethingToRestore } from './restore-check';

const savedDirective: ClientDirective = (load, _options, island) => {
  const start = async (): Promise<void> => {
    const hydrate = await load();
    await nextTask();
    await hydrate();
  };
  if (hasSomethingToRestore()) {
    void start();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void start();
  });
  for (const child of island.children) observer.observe(child);
};

export default savedDirective;

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when visible; at once with a query string or saved details. */
    'client:saved'?: boolean;
  }
}
