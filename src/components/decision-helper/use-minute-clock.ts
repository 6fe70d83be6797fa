// The helper's clock: null until the island runs in a browser (the built HTML and the first render
// must agree), then the minute now, as a clock on the wall shows it, moved on as each minute starts
// and caught up when the tab comes back. At 21:30:40 it reads 21:30, so "Act within" agrees with the
// sum a person does from the clock they see (21:30 to 14:00 is 16 hours 30 minutes, not 29).
import { useLayoutEffect, useState } from 'preact/hooks';
import { MINUTE_MS } from '../../lib/time-units';
import { nextTask } from './next-task';

export function useMinuteClock(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = (): void => {
      const time = Date.now();
      const intoMinute = ((time % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
      setNow(time - intoMinute);
      clearTimeout(timer);
      timer = setTimeout(tick, MINUTE_MS - intoMinute);
    };
    // The clock, and with it the advice, the zone menus and the messages, in the next task: the
    // island's start (adopting what the person did before it ran) stays a short task (./next-task.ts).
    let isRunning = true;
    void nextTask().then(() => {
      if (isRunning) tick();
    });
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      isRunning = false;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return now;
}
