// The messages come from the message generator, the largest part of the helper's script. A plan's
// messages load with the plan. A page's own messages, shown before there is any plan, load as the
// person nears them: most readers of a guide never scroll that far, and the page stays light for them.
// Saved details or a link load them at once, since the scroll kept across a reload waits for them;
// so does the person's first change or focus in the form (`isSoon`). Unloaded, they are left out of print.
import { useEffect, useRef, useState } from 'preact/hooks';
import { restoreScroll } from './keep-scroll';
import { hasSomethingToRestore } from './restore-check';
import { useNear } from './use-near';
import type { MessagesProps } from './PlanMessages';

type PlanMessagesView = typeof import('./PlanMessages').PlanMessages;
let planMessagesView: PlanMessagesView | undefined;
let loading: Promise<PlanMessagesView> | undefined;

/** Starts loading the messages, once a page: the helper asks as soon as the person changes something. */
export function loadPlanMessages(): Promise<PlanMessagesView> {
  loading ??= import('./PlanMessages').then((module) => (planMessagesView = module.PlanMessages));
  // A failed load is tried again by the next ask (offline for a moment, say).
  loading.catch(() => (loading = undefined));
  return loading;
}

export function LazyPlanMessages({ isSoon, ...props }: MessagesProps & { isSoon: boolean }) {
  const [View, setView] = useState<PlanMessagesView | undefined>(() => planMessagesView);
  const [failed, setFailed] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  const [isRestoring] = useState(hasSomethingToRestore);
  const isWanted = useNear(placeholder, isSoon || isRestoring);
  useEffect(() => {
    if (View || !isWanted) return;
    loadPlanMessages()
      .then((view) => setView(() => view))
      .catch(() => setFailed(true));
  }, [isWanted]);
  // With the messages on screen (or their failure said), the helper has its height: the scroll can come back.
  useEffect(() => {
    if (View || failed) restoreScroll();
  }, [View, failed]);
  if (View) return <View {...props} />;
  return (
    <div class={failed ? 'dh-block dh-flow' : 'dh-block dh-flow dh-loading'} ref={placeholder}>
      <h3>{props.advice ? 'Your messages, in order' : 'Messages to start from'}</h3>
      <p class="dh-hint">
        {failed ? (
          <>
            The messages could not load. Reload the page, or open the <a href="/tools/message-builder/">message builder</a>.
          </>
        ) : (
          'Writing your messages…'
        )}
      </p>
    </div>
  );
}
