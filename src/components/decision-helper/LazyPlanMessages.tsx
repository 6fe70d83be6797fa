// The messages come from the message generator, the largest part of the helper's script. A plan's
// messages load with the plan. A page's own messages, shown before there is any plan, load as the
// person nears them: most readers of a guide never scroll that far, and the page stays light for them.
// Saved details, a link, or the person's first change or focus in the form load them at once
// (`isSoon`: the helper asks on arrival with something to restore, since the scroll kept across a
// reload waits for them). Unloaded, they are left out of print.
import { useEffect, useRef, useState } from 'preact/hooks';
import { restoreScroll } from './keep-scroll';
import { loadOnce } from '../shared/load-once';
import { useNear } from '../shared/use-near';
import type { MessagesProps } from './PlanMessages';

type PlanMessagesView = typeof import('./PlanMessages').PlanMessages;
const messagesChunk = loadOnce<PlanMessagesView>(() => import('./PlanMessages').then((module) => module.PlanMessages));

/** Starts loading the messages, once a page: the helper asks as soon as the person changes something. */
export const loadPlanMessages = messagesChunk.load;

export function LazyPlanMessages({ isSoon, ...props }: MessagesProps & { isSoon: boolean }) {
  const [View, setView] = useState<PlanMessagesView | undefined>(messagesChunk.loaded);
  const [failed, setFailed] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  const isWanted = useNear(placeholder, isSoon);
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
