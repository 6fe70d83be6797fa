// The plan's messages beside the plan: each step in order with its message, ready to copy (text
// only), edit, open in the mail app or, for a step that waits, add to a calendar; then the page's
// own messages the plan does not send. Before there is a plan, the page's messages alone, so a
// reader who came for a template has one. The details the messages need are asked once, here, and
// saved in this browser with the helper's own, with the person's edits of the messages.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Advice } from '../../lib/advice/decide';
import {
  detailsAsked,
  flowItems,
  isDoorOpenAsked,
  messagesClock,
  pageMessages,
  type FlowDetails,
  type FlowItem,
  type Reminder,
} from '../../lib/flow/plan-messages';
import { earlierEditFor } from '../../lib/flow/earlier-edit';
import { purposeOf, shownText, withTyped, writtenFrom, type PartTexts } from '../../lib/flow/kept-edit';
import { withWords } from '../../lib/flow/reminder';
import type { Situation } from '../../lib/situation';
import type { FlowKind, Message } from '../../lib/types';
import { downloadFile } from '../shared/download';
import { useCarriedEdits } from '../shared/use-carried-edits';
import { EDITED_ELSEWHERE } from '../shared/use-saved';
import { FlowDetailsFields } from './FlowDetailsFields';
import { MessageBlock, type Earlier } from './MessageBlock';
import { useSavedFlow } from './use-saved-flow';

export interface MessagesProps {
  /** The helper's advice; null while the form is not complete enough for a plan. */
  advice: Advice | null;
  situation: Situation;
  /** The page's own messages, shown before there is a plan and after the plan's. */
  kinds: readonly FlowKind[];
  now: number;
}

// The calendar writer loads when a reminder is first asked for: most plans have none to offer.
async function download(reminder: Reminder, now: number, fileName: string): Promise<boolean> {
  const ics = await import('../../lib/ics').then((module) => module.icsForReminder(reminder, now)).catch(() => '');
  if (!ics) return false;
  downloadFile(ics, fileName, 'text/calendar;charset=utf-8');
  return true;
}

export function PlanMessages({ advice, situation, kinds, now }: MessagesProps) {
  // Which button was pressed last, so "Copied" shows beside that one only, and what it copied.
  const [done, setDone] = useState<{ id: string; words: string; text?: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Another tab's edits or details came in: said beside the messages until the person changes something here.
  const [isFollowed, setFollowed] = useState(false);
  const { details, setDetails, edits, setEdits, carryForward } = useSavedFlow(() => {
    setFollowed(true);
    setAnnouncement(EDITED_ELSEWHERE);
  });
  const locale = typeof navigator === 'undefined' ? 'en-GB' : navigator.language || 'en-GB';

  const items = useMemo(() => (advice ? flowItems(advice, details, now, locale) : []), [advice, details, now, locale]);
  const others = useMemo(() => pageMessages(kinds, situation, advice, details, locale), [kinds, situation, advice, details, locale]);
  const shown = useMemo(() => [...items.flatMap((item) => (item.message ? [item.message] : [])), ...others], [items, others]);
  // A later step's own version of a kind (a call again) keeps its edits apart from the first one's.
  const editKeys = useMemo(() => new Map(items.flatMap((item) => (item.message && item.editKey ? [[item.message, item.editKey] as const] : []))), [items]);
  const keyOf = (message: Message): string => editKeys.get(message) ?? message.kind;
  const situationNow = advice?.situation ?? situation;
  const who = situationNow.who;
  const wish = advice ? advice.wish : situation.wish;
  // What the person wants the messages for, chosen or assumed, and the reason they give: an edit made
  // for another is set aside, not carried in. Time passing, or a date being typed, never changes it.
  const purpose = purposeOf(situationNow);
  // Each message by the key its edits are kept under, named in the status region as its step ("Step 1").
  const keyed = useMemo(
    () =>
      shown.map((message) => {
        const item = items.find((step) => step.message === message);
        return { ...message, kind: keyOf(message), label: item ? `Step ${item.index + 1}` : message.title };
      }),
    [shown, editKeys, items],
  );
  // What the messages are written from: what the person gave, and what the clock decided (a note then tells the two apart).
  const from = useMemo(() => writtenFrom({ situation, details, kinds, locale }, messagesClock(advice)), [situation, details, kinds, locale, advice]);
  const { carried, mergeLines } = useCarriedEdits({ edits, messages: keyed, purpose, from, carryForward, announce: setAnnouncement });
  const asked = detailsAsked(shown.map((message) => message.kind), who, wish, shown, details.proposedTimes);
  const isDoorAsked = useMemo(() => isDoorOpenAsked(shown, kinds, situation, advice, details, now, locale), [shown, kinds, situation, advice, details, now, locale]);
  const zone = (advice?.situation ?? situation).interview.zone;

  // New details rewrite the messages; an edit is carried into the new text, or set aside (./MessageBlock.tsx).
  const changeDetails = (patch: Partial<FlowDetails>): void => {
    setFollowed(false);
    setDetails((before) => ({ ...before, ...patch }));
  };
  /** Each part's text as the person has it, against the message as written now; done with what was set aside, or not. */
  const keepEdits = (message: Message, parts: PartTexts, isAsideDone = false): void => {
    setFollowed(false);
    setEdits((before) => withTyped(before, { ...message, kind: keyOf(message) }, parts, purpose, isAsideDone, from));
  };
  /** Brought back or forgotten, the edit is no longer set aside, and the status stops saying it was. */
  const asideDone = (message: Message, parts: PartTexts): void => {
    keepEdits(message, parts, true);
    setAnnouncement('');
  };
  const copy = async (id: string, text: string, what: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setDone({ id, words: 'Copied', text });
      setAnnouncement(`Copied the ${what}.`);
    } catch {
      setDone(null);
      setAnnouncement(`Your browser blocked copying. Select the text of the ${what} and copy it yourself.`);
    }
  };
  const remind = async (id: string, item: FlowItem): Promise<void> => {
    if (!item.reminder) return;
    const fileName = `bow-out-reminder-step-${item.index + 1}.ics`;
    // The step's words as the person has them now, edits and all (or the earlier step's it uses again).
    const message = item.message ?? (item.sameAs === undefined ? undefined : items[item.sameAs]?.message);
    const edit = message && carried[keyOf(message)];
    const words = message && { subject: message.subject === undefined ? undefined : shownText(edit?.subject, message.subject), body: shownText(edit?.body, message.body) };
    if (await download(withWords(item.reminder, words), now, fileName)) {
      setDone({ id, words: 'Downloaded' });
      setAnnouncement(`Downloaded ${fileName}. Open it to add the reminder for step ${item.index + 1} to your calendar.`);
    }
  };
  /** The mark beside the button with this id; for a copy, only while `shown` is still the text copied. */
  const pressed = (id: string, shown?: string) =>
    done?.id === id && (done.text === undefined || done.text === shown) ? (
      <span class="bo-done" aria-hidden="true">
        {done.words}
      </span>
    ) : null;

  /** A later step's own version of a kind (a call again): what the person changed in the first is offered to it. */
  const earlierFor = (item: FlowItem): Earlier | undefined => {
    const first = items.find((other) => other.message && other.step.message === item.step.message && other.editKey === other.step.message);
    if (!first || !item.message || !item.editKey || item === first) return undefined;
    const edit = earlierEditFor(carried[item.step.message], item.message, carried[item.editKey], mergeLines);
    return edit && { step: first.index + 1, edit };
  };
  const takeEarlier = (item: FlowItem, message: Message, step: number, parts: PartTexts): void => {
    keepEdits(message, parts);
    setAnnouncement(`Your changes from step ${step} are now in step ${item.index + 1}.`);
  };

  const messageBlock = (id: string, message: Message, of: string, extra?: ComponentChildren, labelOf = true, item?: FlowItem) => (
    <MessageBlock
      id={id}
      message={message}
      of={of}
      labelOf={labelOf}
      edit={carried[keyOf(message)]}
      merge={mergeLines}
      earlier={item && earlierFor(item)}
      onUseEarlier={(step, parts) => item && takeEarlier(item, message, step, parts)}
      onEdit={(part, value) => keepEdits(message, { [part]: value })}
      onSetAsideDone={(parts) => asideDone(message, parts)}
      onCopy={copy}
      pressed={pressed}
    >
      {extra}
    </MessageBlock>
  );

  return (
    <div class="dh-block dh-flow">
      <h3 id="dh-messages-title">{advice ? 'Your messages, in order' : 'Messages to start from'}</h3>
      {!advice && <p class="dh-hint">Fill in the interview date and time above, and these follow your plan, in order.</p>}
      <FlowDetailsFields who={who} details={details} asked={{ ...asked, keepDoorOpen: isDoorAsked }} zone={zone} onChange={changeDetails} />
      <p class="dh-visually-hidden" role="status">
        {announcement}
      </p>
      {isFollowed && <p class="dh-notice">{EDITED_ELSEWHERE}</p>}
      {items.length > 0 && (
        <ol class="dh-steps" aria-labelledby="dh-messages-title">
          {items.map((item) => {
            const id = `dh-step-${item.index + 1}`;
            const of = `for step ${item.index + 1}`;
            const reminder = item.reminder && (
              <span class="bo-action-pair">
                <button type="button" class="bo-button bo-secondary" onClick={() => remind(`${id}-remind`, item)}>
                  Add a reminder to my calendar<span class="dh-visually-hidden"> {of}</span>
                </button>
                {pressed(`${id}-remind`)}
              </span>
            );
            return (
              <li class="dh-step" key={id}>
                <h4 id={`${id}-title`}>{item.heading}</h4>
                <p class="dh-hint">
                  {item.step.label}. {item.step.when}
                </p>
                {item.message ? (
                  messageBlock(id, item.message, of, reminder, true, item)
                ) : (
                  <>
                    {item.sameAs !== undefined && <p>Use the script from step {item.sameAs + 1}.</p>}
                    {reminder && <div class="dh-actions">{reminder}</div>}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {others.length > 0 && (
        <>
          {items.length > 0 && <h3 id="dh-more-title">More messages you may need</h3>}
          <ul class="dh-steps" aria-labelledby={items.length > 0 ? 'dh-more-title' : 'dh-messages-title'}>
            {others.map((message) => {
              const id = `dh-page-${message.kind}`;
              return (
                <li class="dh-step" key={id}>
                  <h4 id={`${id}-title`}>{message.title}</h4>
                  {messageBlock(id, message, `(${message.title.toLowerCase()})`, undefined, false)}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
