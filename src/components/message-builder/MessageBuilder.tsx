// The message builder: one set of details in, a matched set of messages out, each ready to
// copy, edit or open in a mail app. All wording and every rule come from src/lib; this island
// holds form state, storage, clipboard and downloads. Text is rendered as text, never as HTML.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { hasProposedTimesCalendar, offersCalendar } from '../../lib/builder-output';
import { defaultKinds, emptyForm, formForSaving, formToSituation, messageLocale, messageStepsFor, readSavedBuilderForm, restoreForm, toMessageFields, type BuilderForm } from '../../lib/builder-state';
import { purposeOf, writtenFrom } from '../../lib/flow/kept-edit';
import { parseFields, type FieldNotice } from '../../lib/fields';
import { detailsAsked } from '../../lib/messages/details-asked';
import { composeParsed } from '../../lib/messages/index';
import { BUILDER_TEXT_LIMIT, keptNotice } from '../../lib/saved-text';
import type { checkDraft } from '../../lib/tone';
import type { MessageKind } from '../../lib/types';
import { browserZoneOr } from '../../lib/zones';
import { clearSaved, loadSaved, saveDetails, watchSaved } from '../storage';
import { personLabel } from '../labels';
import { useZoneMenu } from '../zone-menus';
import { InterviewDetails } from './InterviewDetails';
import { MessageCard, type Done } from './MessageCard';
import { KeyDetails, MoreDetails } from './MoreDetails';
import { SideAndKinds } from './SideAndKinds';
import { TextField } from './TextField';
import { useKeptEdits } from './use-kept-edits';
import { arrive, initialForm, isSavedForm, isThroughAgency, keepTyped, STORAGE_KEY, STORAGE_VERSION, withAgency, type BeforeLink, type TextKey } from './form-state';
import { downloadFile } from '../shared/download';
import '../tools.css';

interface Props {
  /** Messages ticked when a person arrives without saved choices, e.g. "cancel,voicemail". */
  kinds?: string;
  who?: 'candidate' | 'employer';
  /** A short id so two builders on one page keep separate element ids. */
  id?: string;
}

export default function MessageBuilder({ kinds, who = 'candidate', id = 'mb' }: Props) {
  const [form, setForm] = useState<BuilderForm>(() => initialForm(who, kinds));
  const [isYourZoneChosen, setYourZoneChosen] = useState(false);
  const [storageNotice, setStorageNotice] = useState<string | null>(null);
  const [beforeLink, setBeforeLink] = useState<BeforeLink | null>(null);
  // Fields where a paste went past what storage keeps, so the field says the rest was left out.
  const [cutFields, setCutFields] = useState<readonly string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [done, setDone] = useState<Done | null>(null);
  // State, not a ref: the first save must wait for the render that holds the loaded details,
  // or the empty starting form would overwrite what was saved.
  const [loaded, setLoaded] = useState(false);
  // Null until the island runs in a browser: the plan needs the clock.
  const [now, setNow] = useState<number | null>(null);
  // The draft checker's rules load on the first edit of a message (below): most people copy the text
  // as written, and the rules are a sixth of the island's script.
  const [check, setCheck] = useState<typeof checkDraft | null>(null);
  const loadCheck = () => {
    if (check) return;
    import('../../lib/tone').then((tone) => setCheck(() => tone.checkDraft)).catch(() => {
      // Without the chunk (offline after an update) an edit simply gets no suggestions.
    });
  };
  // What another tab's save is compared with, read outside a render.
  const current = useRef({ form, isYourZoneChosen });
  current.current = { form, isYourZoneChosen };

  useEffect(() => {
    const browserZone = browserZoneOr('UTC');
    const saved = loadSaved(STORAGE_KEY, STORAGE_VERSION, readSavedBuilderForm);
    const arrival = arrive(saved.value, window.location.search, browserZone, who, kinds);
    setForm(arrival.form);
    setYourZoneChosen(arrival.isYourZoneChosen);
    setBeforeLink(arrival.beforeLink);
    setStorageNotice(saved.notice);
    setNow(Date.now());
    setLoaded(true);
    // Another tab of this tool saved or cleared: follow it, and say so, rather than overwrite it.
    return watchSaved(STORAGE_KEY, STORAGE_VERSION, readSavedBuilderForm, (change) => {
      const here = current.current;
      if (change.value && isSavedForm(here.form, here.isYourZoneChosen, change.value)) return;
      const restored = change.value
        ? restoreForm(change.value, browserZone, kinds)
        : restoreForm({ ...emptyForm(), who: here.form.who, kinds: defaultKinds(here.form.who, kinds) }, browserZone, kinds);
      setForm(restored.form);
      setYourZoneChosen(restored.yourZone.isChosen);
      setCutFields([]);
      setBeforeLink(null);
      setStorageNotice(change.notice);
    });
  }, []);

  // A layout effect runs in the same task as the keystroke's render, so a reload straight
  // after typing still finds the last character saved (a plain effect waits for a frame).
  useLayoutEffect(() => {
    if (!loaded) return;
    const result = saveDetails(STORAGE_KEY, STORAGE_VERSION, formForSaving(form, isYourZoneChosen));
    if (result.notice) setStorageNotice(result.notice);
  }, [form, isYourZoneChosen, loaded]);

  const { notices, messages, steps } = useMemo(() => {
    const parsed = parseFields(toMessageFields(form));
    const locale = messageLocale(form.locale, typeof navigator === 'undefined' ? undefined : navigator.language);
    // Each message is written for its step of the plan this situation calls for.
    const steps = now === null ? undefined : messageStepsFor(form, now);
    return {
      notices: parsed.notices,
      steps,
      // The fields are read once, for the notices and every message.
      messages: form.kinds.map((kind) => {
        const step = steps?.[kind];
        // With no plan yet, each message still knows the others ticked (a script follows its email).
        return composeParsed(kind, parsed.fields, step ? { locale, step } : { locale, alongside: form.kinds });
      }),
    };
  }, [form, now]);
  // Edits are saved, and new details carry them into the new text or set them aside with a note, never drop them.
  const purpose = useMemo(() => purposeOf(formToSituation(form)), [form]);
  // What the messages are written from: the details, and the steps the clock gave them (a note then tells the two apart).
  const from = useMemo(() => (now === null ? undefined : writtenFrom(form, steps ?? null)), [form, steps, now]);
  const kept = useKeptEdits({ messages, purpose, from, announce: setAnnouncement, onSaveNotice: setStorageNotice });
  // The checker loads with the first edit, typed here or saved from before.
  useEffect(() => (Object.keys(kept.edits).length > 0 ? loadCheck() : undefined), [kept.edits]);

  const update = <K extends keyof BuilderForm>(key: K, value: BuilderForm[K]) => {
    setForm((before) => ({ ...before, [key]: value }));
  };
  // The agency is one of the situation's people, kept in the form's channels as the helper and links write them.
  const onAgency = (agency: boolean) => setForm((before) => withAgency(before, agency));
  /** Typed text, cut where storage stops keeping it (the input shows the cut too), with a notice. */
  const updateText = (key: keyof BuilderForm, value: string, input?: HTMLInputElement | HTMLTextAreaElement) => {
    const kept = keepTyped(value);
    if (kept.isCapped && input) input.value = kept.text;
    setCutFields((before) => (kept.isCapped ? [...new Set([...before, key])] : before.filter((field) => field !== key)));
    update(key, kept.text as never);
  };
  const noticesFor = (field: string): { message: string }[] => [
    ...notices.filter((notice: FieldNotice) => notice.field === field || notice.field.startsWith(`${field}.`)),
    ...(cutFields.includes(field) ? [{ message: keptNotice(BUILDER_TEXT_LIMIT) }] : []),
  ];
  const textField = (key: TextKey, label: string, type = 'text', autocomplete = 'off') => (
    <TextField
      id={`${id}-${key}`}
      label={label}
      type={type}
      autocomplete={autocomplete}
      value={form[key] as string}
      notices={noticesFor(key)}
      onText={(value, input) => updateText(key, value, input)}
    />
  );

  // The zone menus wait for the browser: the built page would carry some 850 options otherwise.
  const zoneMenu = useZoneMenu(loaded);
  const yourZoneMenu = useZoneMenu(loaded);

  const copy = async (title: string, text: string, what: string, button: Done['button']) => {
    try {
      await navigator.clipboard.writeText(text);
      setAnnouncement(`Copied: ${what}`);
      setDone({ title, button });
    } catch {
      setDone(null);
      setAnnouncement(`Your browser blocked copying. Select the text of the ${what} and copy it yourself.`);
    }
  };

  const clearDetails = () => {
    clearSaved(STORAGE_KEY);
    const fresh = restoreForm({ ...emptyForm(), who: form.who, kinds: defaultKinds(form.who, kinds) }, browserZoneOr('UTC'), kinds);
    setForm(fresh.form);
    setYourZoneChosen(false);
    kept.clear();
    setCutFields([]);
    setBeforeLink(null);
    setAnnouncement('Your details are cleared from this browser.');
  };

  // A message that asked for their times for want of ours says the fields are above it: so they are, open.
  const timesAsked = detailsAsked(form.kinds, form.who, form.wish || undefined, messages, form.proposedTimes).times;
  const hasCalendar = hasProposedTimesCalendar(form);
  const calendar = (kind: MessageKind, title: string) => {
    if (!hasCalendar || !offersCalendar(kind)) return null;
    // The .ics writer loads when the file is asked for: most people never add the times to a calendar.
    return () => {
      import('../../lib/builder-calendar')
        .then(({ CALENDAR_FILE_NAME, proposedTimesCalendar }) => {
          const ics = proposedTimesCalendar(form, Date.now());
          if (!ics) return;
          downloadFile(ics, CALENDAR_FILE_NAME, 'text/calendar;charset=utf-8');
          setDone({ title, button: 'calendar' });
          setAnnouncement(`Downloaded ${CALENDAR_FILE_NAME}. Open it to add the proposed times to your calendar.`);
        })
        .catch(() => {
          // Without the chunk (offline after an update) the button does nothing; the times are in the message.
        });
    };
  };

  return (
    <section class="bo-tool" aria-labelledby={`${id}-title`} data-pagefind-ignore>
      <h2 id={`${id}-title`} class="bo-tool-title">
        Message builder
      </h2>
      <p class="bo-privacy">Everything stays in this browser. Nothing you type is sent anywhere.</p>
      {storageNotice && <p class="bo-notice" role="status">{storageNotice}</p>}
      {beforeLink && (
        <p class="bo-notice" role="status">
          The link you followed changed {beforeLink.changed} you had saved.{' '}
          <button
            type="button"
            class="bo-secondary"
            onClick={() => {
              setForm(beforeLink.form);
              setYourZoneChosen(beforeLink.isYourZoneChosen);
              setBeforeLink(null);
              setStorageNotice('Your saved details are back.');
            }}
          >
            Use my saved details
          </button>
        </p>
      )}

      <SideAndKinds
        id={id}
        who={form.who}
        kinds={form.kinds}
        onSide={(side) => setForm((before) => ({ ...before, who: side, kinds: defaultKinds(side, undefined), reason: '' }))}
        onKinds={(chosen) => setForm((before) => ({ ...before, kinds: chosen(before.kinds) }))}
      />

      <details class="bo-details" open>
        <summary>Your details and theirs</summary>
        <div class="bo-grid">
          {textField('yourName', 'Your name', 'text', 'name')}
          {textField('yourPhone', 'Your phone number', 'tel', 'tel')}
          {textField('yourEmail', 'Your email address', 'email', 'email')}
          {textField('recipientName', form.who === 'employer' ? "Candidate's name" : "Recruiter's or interviewer's name")}
          {form.who === 'candidate' && textField('recipientRole', 'Their role (optional)')}
          {textField('recipientEmail', 'Their email address', 'email')}
          {form.who === 'candidate' && textField('hiringManagerName', "Hiring manager's name (if different)")}
          {textField('company', 'Company')}
          {textField('position', 'Job title')}
        </div>
        {form.who === 'candidate' && (
          <label class="bo-choice">
            <input type="checkbox" checked={isThroughAgency(form)} onChange={(event) => onAgency(event.currentTarget.checked)} />
            {personLabel('candidate', 'agency')}
          </label>
        )}
      </details>

      <InterviewDetails
        id={id}
        form={form}
        loaded={loaded}
        zoneMenu={zoneMenu}
        yourZoneMenu={yourZoneMenu}
        reasonLineNotices={noticesFor('reasonLine')}
        onChange={update}
        onText={updateText}
        onYourZone={(zone) => {
          setYourZoneChosen(true);
          update('yourZone', zone);
        }}
      />

      <KeyDetails id={id} form={form} timesAsked={timesAsked} onChange={update} />

      <MoreDetails id={id} form={form} textField={textField} timesAsked={timesAsked} onChange={update} />

      <p class="bo-actions">
        <button type="button" class="bo-secondary" onClick={clearDetails}>
          Clear my details
        </button>
      </p>

      <div class="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>

      {messages.length === 0 && <p class="bo-hint">Tick at least one message above to see it here.</p>}
      {messages.map((message) => (
        <MessageCard
          key={message.kind}
          id={id}
          message={message}
          edit={kept.edits[message.kind]}
          merge={kept.merge}
          recipientEmail={form.recipientEmail}
          done={done}
          onCalendar={calendar(message.kind, message.title)}
          check={check}
          onEdit={(part, text) => kept.onEdit(message, part, text)}
          onSetAsideDone={(parts) => kept.onSetAsideDone(message, parts)}
          onUndo={() => kept.onUndo(message)}
          onCopy={(text, what, button) => copy(message.title, text, what, button)}
        />
      ))}
    </section>
  );
}
