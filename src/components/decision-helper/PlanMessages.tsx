// The plan's messages beside the plan: each step in order with its message, ready to copy (text
// only), edit, open in the mail app or, for a step that waits, add to a calendar; then the page's
// own messages the plan does not send. Before there is a plan, the page's messages alone, so a
// reader who came for a template has one. The details the messages need are asked once, here, and
// saved in this browser with the helper's own, with the person's edits of the messages.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Advice } from '../../lib/advice/decide';
import {
  DETAIL_KEYS,
  detailsAsked,
  flowItems,
  isDoorOpenAsked,
  messagesClock,
  pageMessages,
  timeRows,
  withTimePart,
  type FlowDetails,
  type FlowItem,
  type Reminder,
} from '../../lib/flow/plan-messages';
import { earlierEditFor } from '../../lib/flow/earlier-edit';
import { purposeOf, withTyped, writtenFrom, type PartTexts } from '../../lib/flow/kept-edit';
import { FIELD_CAPS } from '../../lib/field-caps';
import { offeredTimeWarning } from '../../lib/offered-times';
import type { Situation } from '../../lib/situation';
import type { FlowKind, Message } from '../../lib/types';
import { cityName } from '../../lib/zones';
import { downloadFile } from '../shared/download';
import { useCarriedEdits } from '../shared/use-carried-edits';
import { EDITED_ELSEWHERE } from '../shared/use-saved';
import { MessageBlock, type Earlier } from './MessageBlock';
import { useSavedFlow } from './use-saved-flow';

type NameKey = (typeof DETAIL_KEYS)[number];

const DETAIL_LABELS: Record<'candidate' | 'employer', Record<NameKey, string>> = {
  candidate: { yourName: 'Your name', recipientName: 'Their name', company: 'Company', position: 'Job title' },
  employer: { yourName: 'Your name', recipientName: 'Candidate’s name', company: 'Your company', position: 'Job title' },
};

// What the messages offer, in view: no offer to stay in touch, or to keep a candidate's details, goes out unchosen.
const KEEP_DOOR_OPEN: Record<'candidate' | 'employer', string> = {
  candidate: 'Offer to stay in touch about future roles',
  employer: 'Offer to keep their details for future roles',
};

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
  const isDoorAsked = useMemo(() => isDoorOpenAsked(kinds, situation, advice, details, now, locale), [kinds, situation, advice, details, now, locale]);
  const labels = DETAIL_LABELS[who];
  const zone = (advice?.situation ?? situation).interview.zone;
  const zoneWords = zone ? ` (${cityName(zone)} time)` : '';

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
    if (await download(item.reminder, now, fileName)) {
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
      <fieldset class="dh-group dh-details">
        <legend>Details for the messages (optional)</legend>
        <div class="dh-details-grid">
          {DETAIL_KEYS.map((key) => (
            <div class="dh-field" key={key}>
              <label for={`dh-detail-${key}`}>{labels[key]}</label>
              <input
                id={`dh-detail-${key}`}
                type="text"
                autocomplete={key === 'yourName' ? 'name' : key === 'company' && who === 'employer' ? 'organization' : 'off'}
                // The field holds what the messages use, so nothing typed is cut from them unseen.
                maxLength={FIELD_CAPS[key]}
                value={details[key]}
                onInput={(event) => changeDetails({ [key]: event.currentTarget.value })}
              />
            </div>
          ))}
          {asked.phone && (
            <div class="dh-field">
              <label for="dh-detail-yourPhone">Your phone number</label>
              <input
                id="dh-detail-yourPhone"
                type="tel"
                autocomplete="tel"
                maxLength={FIELD_CAPS.yourPhone}
                value={details.yourPhone}
                onInput={(event) => changeDetails({ yourPhone: event.currentTarget.value })}
              />
            </div>
          )}
          {asked.mayReopen && (
            <div class="dh-field">
              <label for="dh-detail-mayReopen">May the role reopen?</label>
              <select
                id="dh-detail-mayReopen"
                value={details.mayReopen}
                onChange={(event) => changeDetails({ mayReopen: event.currentTarget.value as FlowDetails['mayReopen'] })}
              >
                <option value="">We don’t know yet</option>
                <option value="yes">Yes, it may reopen</option>
                <option value="no">No, it will not reopen</option>
              </select>
            </div>
          )}
          {isDoorAsked && (
            <div class="bo-choice dh-wide">
              <input
                id="dh-detail-keepDoorOpen"
                type="checkbox"
                checked={details.keepDoorOpen}
                onChange={(event) => changeDetails({ keepDoorOpen: event.currentTarget.checked })}
              />
              <label for="dh-detail-keepDoorOpen">{KEEP_DOOR_OPEN[who]}</label>
            </div>
          )}
        </div>
      </fieldset>
      {asked.times && (
        <fieldset class="dh-group dh-details">
          <legend>Times you can offer{zoneWords}</legend>
          <p class="dh-hint">Optional. Leave them empty and the message asks them for times.</p>
          {timeRows(details.proposedTimes).map((row, index) => {
            const warning = offeredTimeWarning(row);
            const warningId = `dh-offer-warning-${index}`;
            return (
              <div class="dh-details-grid" key={index}>
                <div class="dh-field">
                  <label for={`dh-offer-date-${index}`}>Option {index + 1}: date</label>
                  <input
                    id={`dh-offer-date-${index}`}
                    type="date"
                    value={row.date}
                    aria-describedby={warning ? warningId : undefined}
                    onInput={(event) => changeDetails({ proposedTimes: withTimePart(details.proposedTimes, index, 'date', event.currentTarget.value) })}
                  />
                </div>
                <div class="dh-field">
                  <label for={`dh-offer-time-${index}`}>Option {index + 1}: time{zoneWords}</label>
                  <input
                    id={`dh-offer-time-${index}`}
                    type="time"
                    value={row.time}
                    aria-describedby={warning ? warningId : undefined}
                    onInput={(event) => changeDetails({ proposedTimes: withTimePart(details.proposedTimes, index, 'time', event.currentTarget.value) })}
                  />
                </div>
                {warning && (
                  <p class="dh-hint dh-wide" id={warningId}>
                    {warning}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
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
