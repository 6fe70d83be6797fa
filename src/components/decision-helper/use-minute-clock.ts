// The helper's clock: null until the island runs in a browser (the built HTML and the first render
// must agree), then the time now, kept right each minute and caught up when the tab comes back.
import { useLayoutEffect, useState } from 'preact/hooks';

const MINUTE_MS = 60_000;

export function useMinuteClock(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useLayoutEffect(() => {
    const tick = (): void => setNow(Date.now());
    tick();
    const timer = setInterval(tick, MINUTE_MS);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return now;
}
