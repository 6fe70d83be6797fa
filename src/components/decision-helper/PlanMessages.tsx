// The plan's messages beside the plan: each step in order with its message, ready to copy (text
// only), edit, open in the mail app or, for a step that waits, add to a calendar. The details the
// messages need are asked once, here, and saved in this browser with the helper's own.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Advice } from '../../lib/advice/decide';
import { DETAIL_KEYS, EMPTY_DETAILS, flowItems, readDetails, type FlowDetails, type FlowItem, type Reminder } from '../../lib/flow/plan-messages';
import { icsForReminder } from '../../lib/ics';
import { mailtoHref } from '../../lib/mailto';
import { rowsToShow } from '../../lib/messages/text-length';
import { loadSaved, saveDetails } from '../storage';
import { DETAILS_KEY, DETAILS_VERSION } from './flow-details';
import { downloadFile } from '../shared/download';

const DETAIL_LABELS: Record<'candidate' | 'employer', Record<keyof FlowDetails, string>> = {
  candidate: { yourName: 'Your name', recipientName: 'Their name', company: 'Company', position: 'Job title' },
  employer: { yourName: 'Your name', recipientName: 'Candidate’s name', company: 'Your company', position: 'Job title' },
};

// What the copy button names: the channel a person will use it on.
const COPY_WORDS: Record<string, string> = { email: 'email', phone: 'script', voicemail: 'voicemail', text: 'text', linkedin: 'message' };

type Edits = Record<string, { subject?: string; body?: string }>;

function download(reminder: Reminder, now: number, fileName: string): boolean {
  const ics = icsForReminder(reminder, now);
  if (!ics) return false;
  downloadFile(ics, fileName, 'text/calendar;charset=utf-8');
  return true;
}

export function PlanMessages({ advice, now }: { advice: Advice; now: number }) {
  const [details, setDetails] = useState<FlowDetails>(EMPTY_DETAILS);
  const [loaded, setLoaded] = useState(false);
  const [edits, setEdits] = useState<Edits>({});
  // Which button was pressed last, so "Copied" shows beside that one only.
  const [done, setDone] = useState<{ id: string; words: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const locale = typeof navigator === 'undefined' ? 'en-GB' : navigator.language || 'en-GB';

  useEffect(() => {
    const saved = loadSaved(DETAILS_KEY, DETAILS_VERSION, readDetails);
    if (saved.value) setDetails(saved.value);
    setLoaded(true);
  }, []);
  useEffect(() => {
    if (loaded) saveDetails(DETAILS_KEY, DETAILS_VERSION, details);
  }, [details, loaded]);

  const items = useMemo(() => flowItems(advice, details, now, locale), [advice, details, now, locale]);
  const labels = DETAIL_LABELS[advice.situation.who];

  const changeDetail = (key: keyof FlowDetails, value: string): void => {
    setDetails((before) => ({ ...before, [key]: value }));
    setEdits({}); // new details rewrite every message; edits belong to the old text
  };
  const copy = async (id: string, text: string, what: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setDone({ id, words: 'Copied' });
      setAnnouncement(`Copied the ${what}.`);
    } catch {
      setDone(null);
      setAnnouncement(`Your browser blocked copying. Select the text of the ${what} and copy it yourself.`);
    }
  };
  const remind = (id: string, item: FlowItem): void => {
    if (!item.reminder) return;
    const fileName = `bow-out-reminder-step-${item.index + 1}.ics`;
    if (download(item.reminder, now, fileName)) {
      setDone({ id, words: 'Downloaded' });
      setAnnouncement(`Downloaded ${fileName}. Open it to add the reminder for step ${item.index + 1} to your calendar.`);
    }
  };

  return (
    <div class="dh-block dh-flow">
      <h3 id="dh-messages-title">Your messages, in order</h3>
      <fieldset class="dh-group dh-details">
        <legend>Details for the messages (optional)</legend>
        <div class="dh-details-grid">
          {DETAIL_KEYS.map((key) => (
            <div class="dh-field" key={key}>
              <label for={`dh-detail-${key}`}>{labels[key]}</label>
              <input
                id={`dh-detail-${key}`}
                type="text"
                autocomplete={key === 'yourName' ? 'name' : key === 'company' && advice.situation.who === 'employer' ? 'organization' : 'off'}
                value={details[key]}
                onInput={(event) => changeDetail(key, event.currentTarget.value)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <p class="dh-visually-hidden" role="status">
        {announcement}
      </p>
      <ol class="dh-steps" aria-labelledby="dh-messages-title">
        {items.map((item) => {
          const id = `dh-step-${item.index + 1}`;
          const message = item.message;
          const edit = message ? edits[message.kind] : undefined;
          const subject = edit?.subject ?? message?.subject;
          const body = edit?.body ?? message?.body ?? '';
          const word = message ? (COPY_WORDS[message.channel] ?? 'message') : 'message';
          const ofStep = <span class="dh-visually-hidden"> for step {item.index + 1}</span>;
          const pressed = (button: string) =>
            done?.id === `${id}-${button}` ? (
              <span class="dh-done" aria-hidden="true">
                {done.words}
              </span>
            ) : null;
          return (
            <li class="dh-step" key={id}>
              <h4 id={`${id}-title`}>{item.heading}</h4>
              <p class="dh-hint">
                {item.step.label}. {item.step.when}
              </p>
              {message ? (
                <>
                  {subject !== undefined && (
                    <div class="dh-field">
                      <label for={`${id}-subject`}>Subject{ofStep}</label>
                      <input
                        id={`${id}-subject`}
                        type="text"
                        value={subject}
                        onInput={(event) => {
                          const value = event.currentTarget.value;
                          setEdits((before) => ({ ...before, [message.kind]: { ...before[message.kind], subject: value } }));
                        }}
                      />
                    </div>
                  )}
                  <div class="dh-field">
                    <label for={`${id}-body`}>
                      {message.title}
                      {ofStep}
                    </label>
                    <textarea
                      id={`${id}-body`}
                      class="dh-message"
                      rows={rowsToShow(body)}
                      value={body}
                      onInput={(event) => {
                        const value = event.currentTarget.value;
                        setEdits((before) => ({ ...before, [message.kind]: { ...before[message.kind], body: value } }));
                      }}
                    />
                  </div>
                  {message.notes && message.notes.length > 0 && (
                    <ul class="dh-hint">
                      {message.notes.map((note) => (
                        <li key={note}>{note}</li>
                      ))}
                    </ul>
                  )}
                </>
              ) : item.sameAs !== undefined ? (
                <p>Use the {word === 'message' ? 'message' : 'script'} from step {item.sameAs + 1}.</p>
              ) : null}
              <div class="dh-actions">
                {message && (
                  <span class="dh-action-pair">
                    <button type="button" class="dh-button" onClick={() => copy(`${id}-copy`, body, `${message.title.toLowerCase()}`)}>
                      Copy {word}
                      {ofStep}
                    </button>
                    {pressed('copy')}
                  </span>
                )}
                {message && subject !== undefined && (
                  <span class="dh-action-pair">
                    <button type="button" class="dh-button dh-secondary" onClick={() => copy(`${id}-subject`, subject, 'subject line')}>
                      Copy subject
                      {ofStep}
                    </button>
                    {pressed('subject')}
                  </span>
                )}
                {message && message.channel === 'email' && (
                  <a class="dh-button dh-secondary" href={mailtoHref({ subject: subject ?? '', body })}>
                    Open in mail app{ofStep}
                  </a>
                )}
                {item.reminder && (
                  <span class="dh-action-pair">
                    <button type="button" class="dh-button dh-secondary" onClick={() => remind(`${id}-remind`, item)}>
                      Add a reminder to my calendar{ofStep}
                    </button>
                    {pressed('remind')}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
