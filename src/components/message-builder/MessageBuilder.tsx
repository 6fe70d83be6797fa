// The message builder: one set of details in, a matched set of messages out, each ready to
// copy, edit or open in a mail app. All wording and every rule come from src/lib; this island
// holds form state, storage, clipboard and downloads. Text is rendered as text, never as HTML.
// It hydrates with its form alone: the message writer and the cards (./message-writer.ts) load on
// the person's first focus or change in it, with details saved in this browser or a link that
// fills it, or as the messages near the screen, whichever comes first. Its form starts without the
// schema: a saved form or a link is read through ./reader.ts, waited for only when there is one.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultKinds, emptyForm, formForSaving, restoreForm } from '../../lib/builder-defaults';
import type { BuilderForm } from '../../lib/builder-state';
import type { FieldNotice } from '../../lib/fields';
import { detailsAsked } from '../../lib/messages/details-asked';
import { BUILDER_TEXT_LIMIT, keptNotice } from '../../lib/saved-text';
import { browserZoneOr } from '../../lib/zones';
import { clearSaved, loadSaved, saveDetails, storageAvailable, STORAGE_NOTICES } from '../storage';
import { personLabel } from '../labels';
import { useZoneMenu } from '../zone-menus';
import { LinkChangedNote } from '../shared/LinkChangedNote';
import { useNear } from '../shared/use-near';
import { unreadable, useFieldChecks, type WhenFieldKey } from '../shared/use-when-typing';
import { InterviewDetails } from './InterviewDetails';
import { KeyDetails, MoreDetails } from './MoreDetails';
import { withOffered, type OfferedKey } from './ProposedTimes';
import { SideAndKinds } from './SideAndKinds';
import { TextField } from './TextField';
import { useMessageWriter } from './use-message-writer';
import { EDITS_KEY, freshArrival, hasSavedEdits, initialForm, isSavedForm, isThroughAgency, keepTyped, STORAGE_KEY, STORAGE_VERSION, withAgency, type BeforeLink, type TextKey } from './form-state';
import { followOtherTabs, needsReaderAtStart, readerChunk } from './reader-chunk';
import '../tools.css';

const WRITER_FAILED = 'The messages could not load. Please reload the page.';
const SAVED_FAILED = 'Your saved details could not load. Please reload the page.';

// A saved form, saved edits or a link: the island starts only once they are read, so its first
// render shows them. With none (a first visit, most readers of a guide), it starts at once.
const isReaderWanted = needsReaderAtStart();
const readerAtStart = isReaderWanted ? await readerChunk.load().catch(() => undefined) : undefined;

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
  // State, not a ref: the first save must wait for the render that holds the loaded details,
  // or the empty starting form would overwrite what was saved.
  const [loaded, setLoaded] = useState(false);
  // The form as it arrived is saved only when read from something: saved details the reader could not
  // load are not overwritten by the fresh form shown instead, and an untouched fresh form is not kept.
  // Nor is the fresh form "Clear my details" shows: the page has just said they are gone from this browser.
  const isNextSaveSkipped = useRef(false);
  // Null until the island runs in a browser: the plan needs the clock.
  const [now, setNow] = useState<number | null>(null);
  // The person focused or changed something, or brought details: the messages are wanted now.
  const [isAsked, setAsked] = useState(false);
  const ask = (): void => setAsked(true);
  const messagesPlace = useRef<HTMLDivElement>(null);
  const isWanted = useNear(messagesPlace, isAsked);
  const { writer, failed } = useMessageWriter(isWanted);
  // Each "Clear my details" starts the messages afresh, their kept edits with them.
  const [cleared, setCleared] = useState(0);
  // What another tab's save is compared with, read outside a render.
  const current = useRef({ form, isYourZoneChosen });
  current.current = { form, isYourZoneChosen };

  useEffect(() => {
    const browserZone = browserZoneOr('UTC');
    // With no reader there was nothing saved to read, but a browser that refuses storage is still said.
    const saved = readerAtStart
      ? loadSaved(STORAGE_KEY, STORAGE_VERSION, readerAtStart.readSavedBuilderForm)
      : { value: null, notice: storageAvailable() ? null : STORAGE_NOTICES.unavailable };
    const fresh = freshArrival(browserZone, who, kinds);
    const arrival = readerAtStart ? readerAtStart.arrive(saved.value, window.location.search, browserZone, who, kinds) : fresh;
    setForm(arrival.form);
    setYourZoneChosen(arrival.isYourZoneChosen);
    setBeforeLink(arrival.beforeLink);
    // Details there but unread: said, and kept in storage until the person changes something. With
    // nothing to read, the fresh form is not saved either: a later visit then starts without the reader.
    const isReaderFailed = isReaderWanted && !readerAtStart;
    isNextSaveSkipped.current = !readerAtStart;
    setStorageNotice(isReaderFailed ? SAVED_FAILED : [saved.notice, arrival.said].filter((said) => said !== null).join(' ') || null);
    setNow(Date.now());
    setLoaded(true);
    // Details to show again, or a link that brought some: their messages are written at once.
    if (!isSavedForm(arrival.form, arrival.isYourZoneChosen, formForSaving(fresh.form, fresh.isYourZoneChosen)) || hasSavedEdits()) ask();
    // Another tab edited a message: this tab's messages come to show the edit (and follow it from then on).
    const onOtherTab = (event: StorageEvent): void => (event.key === EDITS_KEY ? ask() : undefined);
    addEventListener('storage', onOtherTab);
    // Another tab of this tool saved or cleared: follow it, and say so, rather than overwrite it.
    const follow = (value: BuilderForm | null, notice: string): void => {
      const here = current.current;
      if (value && isSavedForm(here.form, here.isYourZoneChosen, value)) return;
      const restored = restoreForm(value ?? { ...emptyForm(), who: here.form.who, kinds: defaultKinds(here.form.who, kinds) }, browserZone, kinds);
      setForm(restored.form);
      setYourZoneChosen(restored.yourZone.isChosen);
      setCutFields([]);
      setBeforeLink(null);
      setStorageNotice(notice);
      ask();
    };
    const stopWatching = followOtherTabs(follow, () => setStorageNotice(SAVED_FAILED));
    return () => {
      stopWatching();
      removeEventListener('storage', onOtherTab);
    };
  }, []);

  // A layout effect runs in the same task as the keystroke's render, so a reload straight
  // after typing still finds the last character saved (a plain effect waits for a frame).
  useLayoutEffect(() => {
    if (!loaded) return;
    if (isNextSaveSkipped.current) return void (isNextSaveSkipped.current = false);
    const result = saveDetails(STORAGE_KEY, STORAGE_VERSION, formForSaving(form, isYourZoneChosen));
    if (result.notice) setStorageNotice(result.notice);
  }, [form, isYourZoneChosen, loaded]);

  // Each message written for its step of the plan this situation calls for, once the writer has come.
  const written = useMemo(
    () => (writer ? writer.writeMessages(form, now, typeof navigator === 'undefined' ? undefined : navigator.language) : undefined),
    [writer, form, now],
  );
  const notices = written?.notices ?? [];
  // Said once, in the status region, as well as where the messages would be.
  useEffect(() => (failed ? setAnnouncement(WRITER_FAILED) : undefined), [failed]);

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
  // The fields checked once the person leaves them or pauses: the interview's date and time, the times
  // offered ('date-0'...), and the email addresses, a half-typed one ("sam@example") still used as typed.
  const when = useFieldChecks<WhenFieldKey | TextKey>(
    (key, input) => (input.type === 'email' ? writer?.emailProblem(input.value) : unreadable(key as WhenFieldKey, input)),
    (key, value, input) =>
      key.includes('-') ? setForm((before) => ({ ...before, proposedTimes: withOffered(before.proposedTimes, key as OfferedKey, value) })) : updateText(key as keyof BuilderForm, value, input),
  );
  const textField = (key: TextKey, label: string, type = 'text', autocomplete = 'off', problem = type === 'email' && when.shownAt(key)) => (
    <TextField
      id={`${id}-${key}`}
      label={label}
      type={type}
      autocomplete={autocomplete}
      value={form[key] as string}
      notices={problem ? [...noticesFor(key), problem] : noticesFor(key)}
      onText={(value, input) => updateText(key, value, input)}
      checked={type === 'email' ? when.field(key) : undefined}
    />
  );

  // The zone menus wait for the browser: the built page would carry some 850 options otherwise.
  const zoneMenu = useZoneMenu(loaded);
  const yourZoneMenu = useZoneMenu(loaded);

  const clearDetails = () => {
    clearSaved(STORAGE_KEY);
    const fresh = restoreForm({ ...emptyForm(), who: form.who, kinds: defaultKinds(form.who, kinds) }, browserZoneOr('UTC'), kinds);
    // A new form object, so the save effect runs once and skips it; the next change is saved again.
    isNextSaveSkipped.current = true;
    setForm(fresh.form);
    setYourZoneChosen(false);
    // The edits go with the details, here and in storage, whether or not their messages have loaded.
    clearSaved(EDITS_KEY);
    setCleared((count) => count + 1);
    setCutFields([]);
    setBeforeLink(null);
    when.clear();
    setAnnouncement('Your details are cleared from this browser.');
  };

  // A message that asked for their times for want of ours says the fields are above it: so they are, open.
  const timesAsked = detailsAsked(form.kinds, form.who, form.wish || undefined, written?.messages, form.proposedTimes).times;

  return (
    <section class="bo-tool" aria-labelledby={`${id}-title`} data-pagefind-ignore onFocusIn={ask} onInput={ask} onChange={ask}>
      <h2 id={`${id}-title`} class="bo-tool-title">
        Message builder
      </h2>
      <p class="bo-privacy">Everything stays in this browser. Nothing you type is sent anywhere.</p>
      {storageNotice && <p class="bo-notice" role="status">{storageNotice}</p>}
      {beforeLink && (
        <div role="status">
          <LinkChangedNote
            changed={beforeLink.changed}
            classes={{ note: 'bo-notice', button: 'bo-secondary' }}
            onUseSaved={() => {
              setForm(beforeLink.form);
              setYourZoneChosen(beforeLink.isYourZoneChosen);
              setBeforeLink(null);
              setStorageNotice('Your saved details are back.');
            }}
          />
        </div>
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
        when={when}
        now={now}
        passedHint={writer?.PASSED_HINT}
        onChange={update}
        onText={updateText}
        onYourZone={(zone) => {
          setYourZoneChosen(true);
          update('yourZone', zone);
        }}
      />

      <KeyDetails id={id} form={form} timesAsked={timesAsked} timeWarning={writer?.offeredTimeWarning} offered={when} onChange={update} />

      <MoreDetails id={id} form={form} textField={textField} timesAsked={timesAsked} timeWarning={writer?.offeredTimeWarning} offered={when} onChange={update} />

      <p class="bo-actions">
        <button type="button" class="bo-secondary" onClick={clearDetails}>
          Clear my details
        </button>
      </p>

      <div class="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>

      <div class="bo-messages" ref={messagesPlace}>
        {form.kinds.length === 0 ? (
          <p class="bo-hint">Tick at least one message above to see it here.</p>
        ) : writer && written ? (
          <writer.BuilderMessages
            key={cleared}
            id={id}
            form={form}
            messages={written.messages}
            steps={written.steps}
            now={now}
            announce={setAnnouncement}
            onSaveNotice={setStorageNotice}
          />
        ) : (
          // Plain text, not a live region: the wait is short, and the failure is said in the status region.
          <p class={failed ? 'bo-hint' : 'bo-hint bo-loading'}>{failed ? WRITER_FAILED : 'Writing your messages…'}</p>
        )}
      </div>
    </section>
  );
}
