// What the person chose on this page for what its topic sets (who, what they want, where things
// stand), kept in the page's own history entry: a reload, or a return by Back, finds it and keeps
// their choice over the page's topic; arriving by a link (a new entry, even from this very page) or
// in a new tab, the page's topic wins over what was saved elsewhere (issue #16). The entry's state,
// not sessionStorage by path, because a session key outlives the visit it was chosen in.
import type { Situation } from '../../lib/situation';
import type { Topic } from './form-state';
import type { Reader } from './reader-chunk';

const STATE_KEY = 'bowout:chose';

export type Choice = Pick<Topic, 'who' | 'stage' | 'wish'>;

const stateNow = (): Record<string, unknown> =>
  typeof history.state === 'object' && history.state !== null ? (history.state as Record<string, unknown>) : {};

function keep(choice: Choice | undefined): void {
  try {
    const { [STATE_KEY]: _before, ...rest } = stateNow();
    history.replaceState(choice ? { ...rest, [STATE_KEY]: choice } : rest, '');
  } catch {
    // The browser refused the state (too many calls): a reload starts on the page's topic, as a visit does.
  }
}

/** Notes, in this page's history entry, the who, stage and wish the person just chose. */
export const rememberChoice = ({ who, stage, wish }: Situation): void => keep({ who, stage, ...(wish ? { wish } : {}) });

/** Forgets what was chosen on this page: its topic wins again. */
export const forgetChoice = (): void => keep(undefined);

/** Whether this page's history entry holds a choice, to be read through the schema before the helper starts. */
export const hasChoiceHere = (): boolean => stateNow()[STATE_KEY] !== undefined;

/** The topic the helper starts on: the page's, or on a reload or Back, what the person chose here in its place. */
export function topicHere(topic: Topic, reader: Reader | undefined): Topic {
  const chosen = reader ? reader.readChoice(stateNow()[STATE_KEY]) : null;
  return chosen ? { ...(topic.kinds !== undefined ? { kinds: topic.kinds } : {}), ...chosen } : topic;
}
