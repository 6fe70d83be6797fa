// The messages come from the message generator, the largest part of the helper's script: it loads
// when there are first messages to write (advice, or the page's own messages), not with the form.
import { useEffect, useState } from 'preact/hooks';
import { restoreScroll } from './keep-scroll';
import type { MessagesProps } from './PlanMessages';

type PlanMessagesView = typeof import('./PlanMessages').PlanMessages;
let planMessagesView: PlanMessagesView | undefined;

export function LazyPlanMessages(props: MessagesProps) {
  const [View, setView] = useState<PlanMessagesView | undefined>(() => planMessagesView);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (View) return;
    import('./PlanMessages')
      .then((module) => {
        planMessagesView = module.PlanMessages;
        setView(() => module.PlanMessages);
      })
      .catch(() => setFailed(true));
  }, []);
  // With the messages on screen (or their failure said), the helper has its height: the scroll can come back.
  useEffect(() => {
    if (View || failed) restoreScroll();
  }, [View, failed]);
  if (View) return <View {...props} />;
  return (
    <div class="dh-block dh-flow">
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
