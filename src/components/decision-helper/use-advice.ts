// The helper's answer: the form's checks at once, the engine's advice once it has loaded. The engine
// and the messages load once the person changes something or brought details (`ask`), or, where the
// helper can advise with nothing filled in (an invitation with no time), once they near the advice:
// readers of a guide who never use the helper pay nothing for them.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkRead } from '../../lib/advice/check-read';
import type { Situation } from '../../lib/situation';
import { loadPlanMessages } from './LazyPlanMessages';
import { useAdviceEngine } from './use-advice-engine';
import { useNear } from '../shared/use-near';

export function useAdvice(situation: Situation, now: number | null) {
  const [isAsked, setAsked] = useState(false);
  // The form's own state needs no schema: only its controls set it, and what it started from (saved
  // details, a link) was read through the schema before it got there (./reader.ts).
  const checked = useMemo(() => (now === null ? null : checkRead(situation, now)), [situation, now]);
  const results = useRef<HTMLElement>(null);
  const isNear = useNear(results, isAsked);
  const { engine, failed: engineFailed } = useAdviceEngine(isAsked || (isNear && checked?.ok === true));
  useEffect(() => {
    if (isAsked) loadPlanMessages().catch(() => undefined); // said by the messages, if they are shown
  }, [isAsked]);
  const result = useMemo(() => {
    if (checked === null || !checked.ok) return checked;
    return engine && now !== null ? engine.adviceFrom(checked, now, typeof navigator === 'undefined' ? undefined : navigator.language) : null;
  }, [checked, engine]);
  // A situation to decide, with the engine still on its way (or failed to come).
  const isWaitingForEngine = checked?.ok === true && !engine;
  return {
    /** The advice's section: near the screen, it asks for the engine. */
    results,
    isAsked,
    /** The person changed something, or brought details: the engine and the messages are wanted. */
    ask: (): void => setAsked(true),
    result,
    engine,
    engineFailed,
    isWaitingForEngine,
    isEngineComing: isWaitingForEngine && !engineFailed,
  };
}
