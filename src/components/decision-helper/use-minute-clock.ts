// The helper's clock: null until the island runs in a browser (the built HTML and the first render
// must agree), then the time now, kept right each minute and caught up when the tab comes back.
import { useLayoutEffect, useState } from 'preact/hooks';
import { MINUTE_MS } from '../../lib/time-units';
import { nextTask } from './next-task';

export function useMinuteClock(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useLayoutEffect(() => {
    const tick = (): void => setNow(Date.now());
    // The clock, and with it the advice, the zone menus and the messages, in the next task: the
    // island's start (adopting what the person did before it ran) stays a short task (./next-task.ts).
    let isRunning = true;
    void nextTask().then(() => {
      if (isRunning) tick();
    });
    const timer = setInterval(tick, MINUTE_MS);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      isRunning = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return now;
}
