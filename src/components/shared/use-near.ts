// Whether an element is on screen or a screen away from it: both islands' heavier parts (the helper's
// engine and messages, the builder's writer) load then, or when something asks for them sooner, so a
// reader who never scrolls to them never downloads them. Once near, it stays near.
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** How far below the screen counts as near: a screen ahead, so a scroll rarely waits. */
const LOAD_AHEAD = '100% 0px';

export function useNear(element: RefObject<Element | null>, isNeededSooner: boolean): boolean {
  const [isNear, setNear] = useState(false);
  const isWanted = isNear || isNeededSooner;
  useEffect(() => {
    const target = element.current;
    if (isWanted || !target) return;
    // A browser without the observer loads them at once.
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: LOAD_AHEAD });
    observer.observe(target);
    return () => observer.disconnect();
  }, [isWanted]);
  return isWanted;
}
