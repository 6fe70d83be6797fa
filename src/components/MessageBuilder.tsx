// The message builder: one set of details in, a matched set of messages out, each ready to
// copy, edit or open in a mail app. All wording comes from src/lib/templates; this file only
// holds form state, storage, clipboard and downloads. Text is rendered as text, never as HTML.
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { SITUATION_EVENT } from '../lib/links';
import { parseSituation } from '../lib/situation';
import {
  applyQuery,
  applySituation,
  messageStepsFor,
  DEFAULT_KINDS,
  emptyForm,
  kindsFor,
  parseBuilderForm,
  toMessageFields,
  type BuilderForm,
} from '../lib/builder-state';
import { FIELD_CAPS, parseFields, type FieldNotice } from '../lib/fields';
import { icsForProposedTimes } from '../lib/ics';
import { mailtoHref } from '../lib/mailto';
import { composeParsed, MESSAGE_TITLES } from '../lib/templates/index';
import { checkDraft } from '../lib/tone';
import { toInstant, browserZoneOr, cityName } from '../lib/zones';
import { CANDIDATE_REASONS, EMPLOYER_REASONS, type MessageKind } from '../lib/types';
import { clearSaved, loadSaved, saveDetails } from './storage';
import { REASON_LABELS } from './labels';
import { useZoneMenu } from './zone-menus';
import './tools.css';

const STORAGE_KEY = 'bowout:message-builder';
// Version 2: the form holds the whole situation (stage, contacts, people, spoke) as well.
const STORAGE_VERSION = 2;

interface Props {
  /** Messages ticked when a person arrives without saved choices, e.g. "cancel,voicemail". */
  kinds?: string;
  who?: 'candidate' | 'employer';
  /** A short id so two builders on one page keep separate element ids. */
  id?: string;
}

type Edits = Partial<Record<MessageKind, { subject?: string; body?: string }>>;

export default function MessageBuilder({ kinds, who = 'candidate', id = 'mb' }: Props) {
  const [form, setForm] = useState<BuilderForm>(() => initialForm(who, kinds));
  const [edits, setEdits] = useState<Edits>({});
  const [storageNotice, setStorageNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  // State, not a ref: the first save must wait for the render that holds the loaded details,
  // or the empty starting form would overwrite what was saved.
  const [loaded, setLoaded] = useState(false);
  // Null until the island runs in a browser: the plan needs the clock.
  const [now, setNow] = useState<number | null>(null);

  // Saved details first, then a prefill link on top: the link is what the person just clicked.
  useEffect(() => {
    const zone = browserZoneOr('UTC');
    const saved = loadSaved(STORAGE_KEY, STORAGE_VERSION, (data) => parseBuilderForm(data));
    let next = saved.value ?? { ...initialForm(who, kinds), zone, yourZone: zone };
    if (!next.zone) next = { ...next, zone };
    if (!next.yourZone) next = { ...next, yourZone: zone };
    next = applyQuery(next, window.location.search);
    if (next.kinds.length === 0) next = { ...next, kinds: defaultKinds(next.who, kinds) };
    setForm(next);
    setStorageNotice(saved.notice);
    setNow(Date.now());
    setLoaded(true);
  }, []);

  // With the decision helper on the same page, the situation is given once: the helper
  // announces it and the builder follows.
  useEffect(() => {
    const follow = (event: Event) => {
      const { situation } = parseSituation((event as CustomEvent<unknown>).detail);
      setForm((current) => applySituation(current, situation));
    };
    document.addEventListener(SITUATION_EVENT, follow);
    return () => document.removeEventListener(SITUATION_EVENT, follow);
  }, []);

  // A layout effect runs in the same task as the keystroke's render, so a reload straight
  // after typing still finds the last character saved (a plain effect waits for a frame).
  useLayoutEffect(() => {
    if (!loaded) return;
    const result = saveDetails(STORAGE_KEY, STORAGE_VERSION, form);
    if (result.notice) setStorageNotice(result.notice);
  }, [form, loaded]);

  const { notices, messages } = useMemo(() => {
    const parsed = parseFields(toMessageFields(form));
    const locale = typeof navigator === 'undefined' ? 'en-GB' : navigator.language || 'en-GB';
    // Each message is written for its step of the plan this situation calls for.
    const steps = now === null ? undefined : messageStepsFor(form, now);
    return {
      notices: parsed.notices,
      // The fields are read once, for the notices and every message.
      messages: form.kinds.map((kind) => {
        const step = steps?.[kind];
        return composeParsed(kind, parsed.fields, step ? { locale, step } : { locale });
      }),
    };
  }, [form, now]);

  const update = <K extends keyof BuilderForm>(key: K, value: BuilderForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setEdits({}); // new details rewrite every message; edits belong to the old text
  };
  const onText = (key: keyof BuilderForm) => (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement }) =>
    update(key, event.currentTarget.value as never);

  const noticeFor = (field: string) => notices.filter((notice: FieldNotice) => notice.field === field || notice.field.startsWith(`${field}.`));

  const textField = (key: keyof typeof FIELD_CAPS & keyof BuilderForm, label: string, type = 'text', autocomplete = 'off') => {
    const fieldNotices = noticeFor(key);
    const inputId = `${id}-${key}`;
    return (
      <div class="bo-field">
        <label for={inputId}>{label}</label>
        <input
          id={inputId}
          type={type}
          value={form[key] as string}
          autocomplete={autocomplete}
          aria-describedby={fieldNotices.length ? `${inputId}-notice` : undefined}
          onInput={onText(key)}
        />
        {fieldNotices.length > 0 && (
          <p id={`${inputId}-notice`} class="bo-notice">
            {fieldNotices.map((notice) => notice.message).join(' ')}
          </p>
        )}
      </div>
    );
  };

  const reasons = form.who === 'employer' ? EMPLOYER_REASONS : CANDIDATE_REASONS;
  const available = kindsFor(form.who);
  // The zone menus wait for the browser: the built page would carry some 850 options otherwise.
  const zoneMenu = useZoneMenu(loaded);
  const yourZoneMenu = useZoneMenu(loaded);
  const zoneChoices = (menu: typeof zoneMenu, current: string) =>
    loaded ? menu.options(current) : <option value="">Choose a time zone</option>;

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setAnnouncement(`Copied: ${what}`);
      setCopied(what);
    } catch {
      setAnnouncement(`Your browser blocked copying. Select the text of the ${what} and copy it yourself.`);
    }
  };

  const clearDetails = () => {
    clearSaved(STORAGE_KEY);
    const zone = browserZoneOr('UTC');
    setForm({ ...emptyForm(zone), who: form.who, kinds: defaultKinds(form.who, kinds) });
    setEdits({});
    setAnnouncement('Your details are cleared from this browser.');
  };

  return (
    <section class="bo-tool" aria-labelledby={`${id}-title`} data-pagefind-ignore>
      <h2 id={`${id}-title`} class="bo-tool-title">
        Message builder
      </h2>
      <p class="bo-privacy">Everything stays in this browser. Nothing you type is sent anywhere.</p>
      {storageNotice && <p class="bo-notice" role="status">{storageNotice}</p>}

      <fieldset class="bo-group">
        <legend>I am writing as</legend>
        {(['candidate', 'employer'] as const).map((side) => (
          <label class="bo-inline" key={side}>
            <input
              type="radio"
              name={`${id}-who`}
              checked={form.who === side}
              onChange={() => {
                setForm((current) => ({ ...current, who: side, kinds: defaultKinds(side, undefined), reason: '' }));
                setEdits({});
              }}
            />
            {side === 'candidate' ? 'A candidate' : 'An employer'}
          </label>
        ))}
      </fieldset>

      <fieldset class="bo-group">
        <legend>Messages to write</legend>
        <div class="bo-checks">
          {available.map((kind) => (
            <label class="bo-inline" key={kind}>
              <input
                type="checkbox"
                checked={form.kinds.includes(kind)}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setForm((current) => ({
                    ...current,
                    kinds: checked ? available.filter((k) => k === kind || current.kinds.includes(k)) : current.kinds.filter((k) => k !== kind),
                  }));
                }}
              />
              {MESSAGE_TITLES[kind]}
            </label>
          ))}
        </div>
      </fieldset>

      <details class="bo-details" open>
        <summary>Your details and theirs</summary>
        <div class="bo-grid">
          {textField('yourName', 'Your name', 'text', 'name')}
          {textField('yourPhone', 'Your phone number', 'tel', 'tel')}
          {textField('yourEmail', 'Your email address', 'email', 'email')}
          {textField('recipientName', form.who === 'employer' ? "Candidate's name" : "Recruiter's or interviewer's name")}
          {textField('recipientRole', 'Their role (optional)')}
          {textField('recipientEmail', 'Their email address', 'email')}
          {form.who === 'candidate' && textField('hiringManagerName', "Hiring manager's name (if different)")}
          {textField('company', 'Company')}
          {textField('position', 'Job title')}
        </div>
      </details>

      <details class="bo-details" open>
        <summary>The interview</summary>
        <div class="bo-grid">
          <div class="bo-field">
            <label for={`${id}-date`}>Interview date</label>
            <input id={`${id}-date`} type="date" value={form.date} onInput={onText('date')} aria-describedby={`${id}-when-problem`} />
          </div>
          <div class="bo-field">
            <label for={`${id}-time`}>Interview time</label>
            <input id={`${id}-time`} type="time" value={form.time} onInput={onText('time')} aria-describedby={`${id}-when-problem`} />
          </div>
          <div class="bo-field">
            <label for={`${id}-zone`}>Interviewer's time zone</label>
            <select id={`${id}-zone`} ref={zoneMenu.ref} value={form.zone} onChange={onText('zone')} onFocus={zoneMenu.fill}>
              {zoneChoices(zoneMenu, form.zone)}
            </select>
          </div>
          <div class="bo-field">
            <label for={`${id}-yourZone`}>Your time zone</label>
            <select id={`${id}-yourZone`} ref={yourZoneMenu.ref} value={form.yourZone} onChange={onText('yourZone')} onFocus={yourZoneMenu.fill}>
              {zoneChoices(yourZoneMenu, form.yourZone)}
            </select>
          </div>
        </div>
        <WhenProblem id={`${id}-when-problem`} form={form} />
        <div class="bo-grid">
          <div class="bo-field">
            <label for={`${id}-reason`}>Reason (optional)</label>
            <select id={`${id}-reason`} value={form.reason} onChange={onText('reason')}>
              <option value="">No reason given</option>
              {reasons.map((reason) => (
                <option value={reason} key={reason}>
                  {REASON_LABELS[reason]}
                </option>
              ))}
            </select>
          </div>
          <div class="bo-field bo-wide">
            <label for={`${id}-reasonLine`}>Your own short reason, in your words (optional)</label>
            <textarea
              id={`${id}-reasonLine`}
              rows={2}
              value={form.reasonLine}
              onInput={onText('reasonLine')}
              aria-describedby={`${id}-reasonLine-count`}
            />
            <p id={`${id}-reasonLine-count`} class={noticeFor('reasonLine').length ? 'bo-notice' : 'bo-hint'}>
              {noticeFor('reasonLine').length
                ? noticeFor('reasonLine').map((notice) => notice.message).join(' ')
                : `${[...form.reasonLine].length} of ${FIELD_CAPS.reasonLine} characters`}
            </p>
          </div>
        </div>
      </details>

      <details class="bo-details">
        <summary>New times, referral and tone</summary>
        <fieldset class="bo-group">
          <legend>Times you can offer (in the interviewer's time zone)</legend>
          {[0, 1, 2].map((index) => {
            const slot = form.proposedTimes[index] ?? { date: '', time: '' };
            const setSlot = (part: 'date' | 'time', value: string) => {
              const times = [0, 1, 2].map((i) => form.proposedTimes[i] ?? { date: '', time: '' });
              times[index] = { ...slot, [part]: value };
              update('proposedTimes', times);
            };
            return (
              <div class="bo-grid" key={index}>
                <div class="bo-field">
                  <label for={`${id}-pt-date-${index}`}>Option {index + 1}: date</label>
                  <input id={`${id}-pt-date-${index}`} type="date" value={slot.date} onInput={(event) => setSlot('date', event.currentTarget.value)} />
                </div>
                <div class="bo-field">
                  <label for={`${id}-pt-time-${index}`}>Option {index + 1}: time</label>
                  <input id={`${id}-pt-time-${index}`} type="time" value={slot.time} onInput={(event) => setSlot('time', event.currentTarget.value)} />
                </div>
              </div>
            );
          })}
        </fieldset>
        <div class="bo-grid">
          {textField('referralName', 'Someone you could recommend instead (optional)')}
          {form.kinds.includes('second-reschedule') && textField('firstRescheduleDate', 'The date you first moved it to', 'date')}
          {form.who === 'employer' && (
            <div class="bo-field">
              <label for={`${id}-mayReopen`}>May the role reopen?</label>
              <select id={`${id}-mayReopen`} value={form.mayReopen} onChange={onText('mayReopen')}>
                <option value="">We don't know yet</option>
                <option value="yes">Yes, it may reopen</option>
                <option value="no">No, it will not reopen</option>
              </select>
            </div>
          )}
        </div>
        <label class="bo-inline">
          <input type="checkbox" checked={form.keepDoorOpen} onChange={(event) => update('keepDoorOpen', event.currentTarget.checked)} />
          Keep the door open for the future
        </label>
        <fieldset class="bo-group">
          <legend>Tone</legend>
          {(['warm', 'formal'] as const).map((tone) => (
            <label class="bo-inline" key={tone}>
              <input type="radio" name={`${id}-tone`} checked={form.tone === tone} onChange={() => update('tone', tone)} />
              {tone === 'warm' ? 'Warm' : 'Formal'}
            </label>
          ))}
        </fieldset>
      </details>

      <p class="bo-actions">
        <button type="button" class="bo-secondary" onClick={clearDetails}>
          Clear my details
        </button>
      </p>

      <div class="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>

      {messages.length === 0 && <p class="bo-hint">Tick at least one message above to see it here.</p>}
      {messages.map((message) => {
        const edit = edits[message.kind] ?? {};
        const subject = edit.subject ?? message.subject;
        const body = edit.body ?? message.body;
        const findings = edit.body !== undefined ? checkDraft(body, { channel: channelForCheck(message.channel) }) : [];
        const baseId = `${id}-${message.kind}`;
        const icsTimes = (message.kind === 'reschedule' || message.kind === 'second-reschedule' || message.kind === 'employer-cancel-interview')
          ? proposedInstants(form)
          : [];
        return (
          <article class="bo-message" key={message.kind} aria-labelledby={`${baseId}-title`}>
            <h3 id={`${baseId}-title`}>{message.title}</h3>
            {subject !== undefined && (
              <div class="bo-field">
                <label for={`${baseId}-subject`}>Subject</label>
                <input
                  id={`${baseId}-subject`}
                  type="text"
                  value={subject}
                  onInput={(event) => {
                    const value = event.currentTarget.value;
                    setEdits((current) => ({ ...current, [message.kind]: { ...current[message.kind], subject: value } }));
                  }}
                />
              </div>
            )}
            <div class="bo-field">
              <label for={`${baseId}-body`}>{message.channel === 'phone' ? 'What to say' : 'Message'} (you can edit it here)</label>
              <textarea
                id={`${baseId}-body`}
                rows={Math.min(18, Math.max(5, body.split('\n').length + 1))}
                value={body}
                onInput={(event) => {
                  const value = event.currentTarget.value;
                  setEdits((current) => ({ ...current, [message.kind]: { ...current[message.kind], body: value } }));
                }}
              />
              <p class="bo-hint">
                {wordCount(body)} words{message.channel === 'voicemail' ? ' (a voicemail should stay under 80)' : ''}
              </p>
            </div>
            {findings.length > 0 && (
              <ul class="bo-findings" aria-label={`Suggestions for your edited ${message.title}`}>
                {findings.map((finding) => (
                  <li key={finding.id}>
                    <strong>{finding.label}</strong> “{finding.trigger}”: {finding.fix}
                  </li>
                ))}
              </ul>
            )}
            {message.notes?.map((note) => (
              <p class="bo-hint" key={note}>
                {note}
              </p>
            ))}
            <p class="bo-actions">
              <button type="button" onClick={() => copy(body, message.title)}>
                Copy {message.channel === 'phone' ? 'script' : 'message'}
              </button>
              {subject !== undefined && (
                <button type="button" class="bo-secondary" onClick={() => copy(subject, `${message.title} subject`)}>
                  Copy subject
                </button>
              )}
              {message.channel === 'email' && (
                <a class="bo-button-link" href={mailtoHref({ to: form.recipientEmail, subject: subject ?? '', body })}>
                  Open in mail app
                </a>
              )}
              {(copied === message.title || copied === `${message.title} subject`) && (
                <span class="bo-copied" aria-hidden="true">
                  {copied === message.title ? 'Copied' : 'Subject copied'}
                </span>
              )}
              {icsTimes.length > 0 && (
                <button type="button" class="bo-secondary" onClick={() => downloadIcs(form, icsTimes)}>
                  Add proposed times to calendar (.ics)
                </button>
              )}
              {edit.body !== undefined || edit.subject !== undefined ? (
                <button
                  type="button"
                  class="bo-secondary"
                  onClick={() => setEdits((current) => ({ ...current, [message.kind]: {} }))}
                >
                  Undo my edits
                </button>
              ) : null}
            </p>
          </article>
        );
      })}
    </section>
  );
}

function WhenProblem({ id, form }: { id: string; form: BuilderForm }) {
  if (!form.date && !form.time) return <p id={id} class="bo-hint">Leave the date blank and the messages will say “our upcoming interview”.</p>;
  if (!form.date || !form.time) return <p id={id} class="bo-hint">Add both the date and the time to have them written out in the messages.</p>;
  const result = toInstant({ date: form.date, time: form.time, zone: form.zone || 'UTC' }, { fold: 'earlier' });
  if (!result.ok) return <p id={id} class="bo-notice" role="alert">{result.message}</p>;
  const here = form.yourZone && form.yourZone !== form.zone ? ` Shown in ${cityName(form.zone)} time and yours.` : '';
  return <p id={id} class="bo-hint">{`Messages give the time in ${cityName(form.zone || 'UTC')} time.${here}`}</p>;
}

function initialForm(who: 'candidate' | 'employer', kinds: string | undefined): BuilderForm {
  return { ...emptyForm(), who, kinds: defaultKinds(who, kinds) };
}

function defaultKinds(who: 'candidate' | 'employer', kinds: string | undefined): MessageKind[] {
  const allowed = kindsFor(who);
  const asked = (kinds ?? '').split(',').map((kind) => kind.trim()).filter((kind): kind is MessageKind => (allowed as readonly string[]).includes(kind));
  return asked.length ? asked : DEFAULT_KINDS[who];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function channelForCheck(channel: string): 'email' | 'text' | 'voicemail' | 'linkedin' | 'phone' {
  return channel === 'text' || channel === 'voicemail' || channel === 'linkedin' || channel === 'phone' ? channel : 'email';
}

function proposedInstants(form: BuilderForm): number[] {
  return form.proposedTimes
    .filter((slot) => slot.date && slot.time)
    .map((slot) => toInstant({ date: slot.date, time: slot.time, zone: form.zone || 'UTC' }, { fold: 'earlier' }))
    .flatMap((result) => (result.ok ? [result.instant] : []));
}

function downloadIcs(form: BuilderForm, instants: number[]) {
  const title = form.company.trim() ? `Interview with ${form.company.trim().slice(0, 100)} (proposed)` : 'Interview (proposed time)';
  const ics = icsForProposedTimes(
    instants.map((start) => ({ start, durationMinutes: 60, title, description: 'A time offered for the interview. Delete the ones that are not confirmed.' })),
    Date.now(),
  );
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'proposed-interview-times.ics';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
