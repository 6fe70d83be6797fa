// The live region's line, said once changes pause: a zone menu's type-ahead or a date being typed
// is heard once, not at every key.
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * `summary` as it should be heard: set `pauseMs` after it last changed, held back while the person is
 * mid-typing. `onKey` is for the form's keydown: a key pressed while a line waits makes it wait longer.
 */
export function useSpokenSummary(summary: string, isMidTyping: boolean, pauseMs: number): { spoken: string; onKey: () => void } {
  const [spoken, setSpoken] = useState('');
  const toSay = useRef({ text: '', timer: undefined as ReturnType<typeof setTimeout> | undefined });
  const sayAfterPause = (): void => {
    clearTimeout(toSay.current.timer);
    toSay.current.timer = setTimeout(() => {
      toSay.current.timer = undefined;
      setSpoken(toSay.current.text);
    }, pauseMs);
  };
  useEffect(() => {
    toSay.current.text = summary;
    if (!isMidTyping) sayAfterPause();
  }, [summary, isMidTyping]);
  useEffect(() => () => clearTimeout(toSay.current.timer), []);
  const onKey = (): void => {
    if (toSay.current.timer !== undefined) sayAfterPause();
  };
  return { spoken, onKey };
}
