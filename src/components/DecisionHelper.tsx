// The decision helper: a form over `decide(situation, now)`. Every rule lives in src/lib; this file
// holds the fields, the clock, storage and the words around the engine's answer.
import type { ComponentChildren, TargetedEvent, TargetedFocusEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decide, type Advice, type ChannelStep, type Recommendation } from '../lib/decide';
import { defaultSituation, parseSituation, reasonsFor, wishesFor, type Channels, type Situation } from '../lib/situation';
import { prefillSituation } from '../lib/situation-url';
import { STAGES, type Problem, type Reason, type Stage, type Who, type Wish } from '../lib/types';
import { browserZoneOr, cityName, formatInWords } from '../lib/zones';
import { clearSaved, loadSaved, saveDetails, storageAvailable, STORAGE_NOTICES } from './storage';
import { REASON_LABELS } from './labels';
import { useZoneMenu, zoneOptions } from './zone-menus';
import './DecisionHelper.css';

const STORAGE_KEY = 'bowout:decision-helper';
const STORAGE_VERSION = 1;
const MINUTE_MS = 60_000;

const WHO_LABELS: Record<Who, string> = { candidate: 'The candidate', employer: 'The employer' };

const STAGE_LABELS: Record<Stage, string> = {
  invited: 'Invited, but no time is agreed yet',
  scheduled: 'The interview is booked',
  'between-rounds': 'Between interview rounds',
  missed: 'The interview has already been missed',
};

const WISH_LABELS: Record<Wish, string> = {
  cancel: 'Cancel the interview',
  reschedule: 'Move it to another time',
  decline: 'Say no to the invitation',
  withdraw: 'Leave the whole hiring process',
  'withdraw-invitation': 'Take back the invitation',
  'cancel-interview': 'Call off the interview',
  'move-interview': 'Move the interview to another time',
};


const CHANNEL_LABELS: [keyof Channels, string][] = [
  ['phone', 'By phone'],
  ['email', 'By email'],
  ['recruiter', 'A recruiter is involved'],
  ['hiringManager', 'The hiring manager is involved'],
];

const STEP_VERBS: Record<ChannelStep['channel'], string> = {
  call: 'Call',
  voicemail: 'Leave a voicemail for',
  email: 'Email',
  text: 'Text',
  message: 'Send a message to',
};

type FieldName = 'who' | 'stage' | 'wish' | 'reason' | 'date' | 'time' | 'zone' | 'personZone' | 'channels';

/** Where an engine problem belongs in the form; channel flags all belong to the channels group. */
function fieldOf(problem: Problem): FieldName | null {
  switch (problem.field) {
    case 'who':
    case 'stage':
    case 'wish':
    case 'reason':
    case 'date':
    case 'time':
    case 'zone':
    case 'personZone':
    case 'channels':
      return problem.field;
    case 'phone':
    case 'email':
    case 'recruiter':
    case 'hiringManager':
      return 'channels';
    default:
      return null;
  }
}

/** Gaps the person simply has not filled yet: a prompt, not an error. */
const isStillToFill = (problem: Problem): boolean =>
  problem.problem === 'missing-date' || problem.problem === 'missing-time';

/** Restored or prefilled zones that are empty take the browser's. */
function withZones(situation: Situation, browserZone: string): Situation {
  return {
    ...situation,
    interview: { ...situation.interview, zone: situation.interview.zone || browserZone },
    personZone: situation.personZone || browserZone,
  };
}

/** The situation without one optional field (exact optional types forbid setting it to undefined). */
function without(situation: Situation, key: 'fold' | 'reason'): Situation {
  const copy = { ...situation };
  delete copy[key];
  return copy;
}

function readSaved(data: unknown): Situation | null {
  const { situation, problems } = parseSituation(data);
  return problems.length === 0 ? situation : null;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "46 hours 30 minutes": whole minutes, rounded down so a band's edge never reads as crossed. */
function durationInWords(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE_MS);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return rest === 0 ? 'less than a minute' : plural(rest, 'minute');
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

/** " (1 day 22 hours)" for a day or more, so long waits are easy to picture; "" below a day. */
function inDays(ms: number): string {
  const hours = Math.floor(Math.abs(ms) / (60 * MINUTE_MS));
  if (hours < 24) return '';
  const rest = hours % 24;
  return ` (${plural(Math.floor(hours / 24), 'day')}${rest ? ` ${plural(rest, 'hour')}` : ''})`;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const withoutStop = (text: string): string => text.replace(/[.!?]$/, '');

const describedBy = (...ids: (string | false | null | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

function Why({ text }: { text: string }) {
  return (
    <p class="dh-why">
      <span class="dh-why-label">Why:</span> {text}
    </p>
  );
}

function Recommendations({ title, items }: { title: string; items: Recommendation[] }) {
  if (items.length === 0) return null;
  return (
    <div class="dh-block">
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.text}>
            <span class="dh-strong">{item.text}</span>
            <Why text={item.why} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function summaryOf(advice: Advice): string {
  const action = advice.betterAction ?? advice.action;
  const first = advice.channelPlan[0];
  const step = first ? ` First: ${lowerFirst(STEP_VERBS[first.channel])} ${lowerFirst(first.to)}, ${lowerFirst(withoutStop(first.when))}.` : '';
  return `${advice.band.label}. ${advice.betterAction ? 'We suggest: ' : ''}${action.label}.${step}`;
}

function TimesSideBySide({ advice, now }: { advice: Advice; now: number }) {
  const theirs = advice.situation.interview.zone;
  const yours = advice.situation.personZone || theirs;
  const zones = cityName(yours) === cityName(theirs) ? [theirs] : [yours, theirs];
  const headings = zones.length === 1 ? [`Time (${cityName(theirs)})`] : [`Your time (${cityName(yours)})`, `Their time (${cityName(theirs)})`];
  const rows: [string, number][] = [
    ['Act by', advice.deadline.instant],
    ['Interview', advice.interview.instant],
  ];
  if (advice.afterHours.isAfterHours) rows.push(['Their working day starts', advice.afterHours.nextOpening]);
  const left = advice.deadline.instant - now;
  return (
    <div class="dh-block">
      <h3>By when</h3>
      <p class="dh-strong">{left < MINUTE_MS ? 'Act now.' : `Act within ${durationInWords(left)}.`}</p>
      <table class="dh-times">
        <thead>
          <tr>
            <td />
            {headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, instant]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {zones.map((zone) => (
                <td key={zone}>{formatInWords(instant, zone)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Why text={advice.deadline.why} />
    </div>
  );
}

function AdviceView({ advice, now }: { advice: Advice; now: number }) {
  const { action, betterAction, band } = advice;
  const timeLeft = advice.interview.instant - now;
  return (
    <>
      <div class="dh-block">
        <h3>What to do</h3>
        <p class="dh-action">{action.label}</p>
        <Why text={action.why} />
        {betterAction && (
          <div class="dh-better">
            <p>
              <span class="dh-strong">A better route:</span> {betterAction.label}
            </p>
            <Why text={betterAction.why} />
            <p>
              <a href={betterAction.link}>Write the messages for this instead</a>
            </p>
          </div>
        )}
      </div>

      <div class="dh-block">
        <h3>How urgent it is</h3>
        <p class="dh-strong">{band.label}</p>
        <p>
          {timeLeft >= 0
            ? `${durationInWords(timeLeft)} left until the interview${inDays(timeLeft)}.`
            : `The start time was ${durationInWords(timeLeft)} ago${inDays(timeLeft)}.`}
        </p>
        <p class="dh-hint">{band.thresholds}</p>
      </div>

      <TimesSideBySide advice={advice} now={now} />

      <div class="dh-block">
        <h3>How to tell them, in this order</h3>
        <ol>
          {advice.channelPlan.map((step, index) => (
            <li key={index}>
              <span class="dh-strong">
                {STEP_VERBS[step.channel]} {lowerFirst(step.to)}
              </span>
              : {step.when}
              <Why text={step.why} />
            </li>
          ))}
        </ol>
        <p>{advice.afterHours.whatChanges}</p>
        <Why text={advice.afterHours.why} />
      </div>

      <div class="dh-block">
        <h3>Who to tell</h3>
        <ul>
          {advice.tell.map((person) => (
            <li key={person.person}>
              <span class="dh-strong">{person.label}</span>
              <Why text={person.why} />
            </li>
          ))}
        </ul>
      </div>

      <Recommendations title="Do" items={advice.dos} />
      <Recommendations title="Don’t" items={advice.donts} />

      <div class="dh-block">
        <p>
          <a class="dh-link" href={advice.messages.link}>
            Write these messages
          </a>
        </p>
        <Why text={advice.messages.why} />
      </div>
    </>
  );
}

interface RadioGroupProps<Value extends string> {
  name: string;
  legend: string;
  options: readonly { value: Value; label: string }[];
  checked: Value | undefined;
  onChoose: (value: Value) => void;
  describedBy?: string | undefined;
  error?: ComponentChildren;
}

/** One question answered by a choice of radio buttons, with its error (if any) inside the group. */
function RadioGroup<Value extends string>({ name, legend, options, checked, onChoose, describedBy, error }: RadioGroupProps<Value>) {
  return (
    <fieldset class="dh-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <div class="dh-choice" key={option.value}>
          <input
            type="radio"
            id={`dh-${name}-${option.value}`}
            name={`dh-${name}`}
            value={option.value}
            checked={checked === option.value}
            onChange={() => onChoose(option.value)}
          />
          <label for={`dh-${name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      {error}
    </fieldset>
  );
}

export default function DecisionHelper() {
  const [situation, setSituation] = useState<Situation>(defaultSituation);
  // Null until the island runs in a browser: the built HTML and the first render must agree.
  const [now, setNow] = useState<number | null>(null);
  const [browserZone, setBrowserZone] = useState('UTC');
  const [notice, setNotice] = useState<string | null>(null);
  const [unfinished, setUnfinished] = useState<{ date: boolean; time: boolean }>({ date: false, time: false });
  const dateInput = useRef<HTMLInputElement>(null);
  const timeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const zone = browserZoneOr('UTC');
    setBrowserZone(zone);
    const saved = loadSaved(STORAGE_KEY, STORAGE_VERSION, readSaved);
    const prefill = prefillSituation(saved.value ?? defaultSituation(), window.location.search);
    setSituation(withZones(prefill.situation, zone));
    setNotice(
      saved.notice ??
        (prefill.problems.length > 0 ? 'Some details in the link you followed could not be used, so we left those fields as they were.' : null),
    );
    setNow(Date.now());
    // Keep the countdown right while the page stays open, and catch up when the tab comes back.
    const tick = (): void => setNow(Date.now());
    const timer = setInterval(tick, MINUTE_MS);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  const zones = useMemo(() => (now === null ? [] : zoneOptions()), [now === null]);
  const interviewZoneMenu = useZoneMenu(now !== null);
  const personZoneMenu = useZoneMenu(now !== null);
  const result = useMemo(() => (now === null ? null : decide(situation, now)), [situation, now]);

  const update = (next: Situation): void => {
    setSituation(next);
    const saved = saveDetails(STORAGE_KEY, STORAGE_VERSION, next);
    if (saved.notice) setNotice(saved.notice);
    // A message builder on the same page follows the interview typed here.
    document.dispatchEvent(
      new CustomEvent('bowout:interview', { detail: { ...next.interview, reason: next.reason ?? '' } }),
    );
  };
  const change = (patch: Partial<Situation>): void => update({ ...situation, ...patch });
  const changeInterview = (key: 'date' | 'time' | 'zone', value: string): void => {
    // A choice about a clock change belongs to one date, time and zone.
    update({ ...without(situation, 'fold'), interview: { ...situation.interview, [key]: value } });
  };
  const changeWho = (who: Who): void => {
    if (who === situation.who) return;
    update({ ...without(situation, 'reason'), who, wish: wishesFor(who)[0] ?? situation.wish });
  };
  const clear = (): void => {
    clearSaved(STORAGE_KEY);
    setSituation(withZones(defaultSituation(), browserZone));
    setUnfinished({ date: false, time: false });
    // A half-typed date or time lives only in the input, so empty the inputs themselves too.
    if (dateInput.current) dateInput.current.value = '';
    if (timeInput.current) timeInput.current.value = '';
    setNotice(storageAvailable() ? 'Your details have been cleared from this browser.' : STORAGE_NOTICES.unavailable);
  };
  const onDateOrTime =
    (key: 'date' | 'time') =>
    (event: TargetedEvent<HTMLInputElement>): void => {
      const input = event.currentTarget;
      setUnfinished((before) => ({ ...before, [key]: input.validity.badInput }));
      if (input.value !== situation.interview[key]) changeInterview(key, input.value);
    };
  const checkUnfinished =
    (key: 'date' | 'time') =>
    (event: TargetedFocusEvent<HTMLInputElement>): void => {
      const isBad = event.currentTarget.validity.badInput;
      setUnfinished((before) => (before[key] === isBad ? before : { ...before, [key]: isBad }));
    };

  // The browser's own date and time pickers refuse impossible values before the engine sees them.
  let problem: Problem | null = null;
  if (unfinished.date) {
    problem = { ok: false, problem: 'unfinished-date', field: 'date', message: 'That date is not complete or does not exist. Please check the day, month and year.' };
  } else if (unfinished.time) {
    problem = { ok: false, problem: 'unfinished-time', field: 'time', message: 'That time is not complete. Please enter hours and minutes.' };
  } else if (result && !result.ok) {
    problem = result;
  }
  const advice = result && result.ok && !problem ? result : null;
  const problemField = problem && !isStillToFill(problem) ? fieldOf(problem) : null;
  const errorFor = (field: FieldName): string | null => (problemField === field && problem ? problem.message : null);
  const errorId = (field: FieldName): string | undefined => (errorFor(field) ? `dh-${field}-error` : undefined);
  const invalid = (field: FieldName): true | undefined => (errorFor(field) ? true : undefined);
  const isAmbiguous = problem?.problem === 'ambiguous-time';

  // A short line for screen readers: the whole advice block would be too long to hear on each change.
  const summary = advice ? summaryOf(advice) : problem && !isStillToFill(problem) ? problem.message : '';

  const zoneLabel = situation.who === 'employer' ? 'Candidate’s time zone' : 'Interviewer’s time zone';
  /**
   * A zone from a link or an old save that the list lacks still shows as chosen. No value attribute:
   * an option's value is then its text, so nothing a link carries ends up in an attribute.
   */
  const unlisted = (current: string) =>
    current !== '' && !zones.some((zone) => zone.value === current) ? <option>{current}</option> : null;

  const fieldError = (field: FieldName) => {
    const message = errorFor(field);
    return message ? (
      <p id={`dh-${field}-error`} class="dh-error">
        {message}
      </p>
    ) : null;
  };

  return (
    <div class="dh" data-pagefind-ignore>
      <div role="status" class="dh-notice-area">
        {notice && <p class="dh-notice">{notice}</p>}
      </div>
      <form class="dh-form" aria-label="Your situation" noValidate onSubmit={(event) => event.preventDefault()}>
        <RadioGroup
          name="who"
          legend="You are"
          options={(['candidate', 'employer'] as const).map((who) => ({ value: who, label: WHO_LABELS[who] }))}
          checked={situation.who}
          onChoose={changeWho}
          describedBy={errorId('who')}
          error={fieldError('who')}
        />

        <div class="dh-field">
          <label for="dh-stage">Where things stand</label>
          <select
            id="dh-stage"
            value={situation.stage}
            aria-invalid={invalid('stage')}
            aria-describedby={errorId('stage')}
            onChange={(event) => change({ stage: event.currentTarget.value as Stage })}
          >
            {STAGES.map((stage) => (
              <option value={stage} key={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
          {fieldError('stage')}
        </div>

        <RadioGroup
          name="wish"
          legend="What you want to do"
          options={wishesFor(situation.who).map((wish) => ({ value: wish, label: WISH_LABELS[wish] }))}
          checked={situation.wish}
          onChoose={(wish) => change({ wish })}
          describedBy={errorId('wish')}
          error={fieldError('wish')}
        />

        <div class="dh-field">
          <label for="dh-reason">Reason (optional)</label>
          <select
            id="dh-reason"
            value={situation.reason ?? ''}
            aria-invalid={invalid('reason')}
            aria-describedby={errorId('reason')}
            onChange={(event) => {
              const value = event.currentTarget.value;
              const rest = without(situation, 'reason');
              update(value === '' ? rest : { ...rest, reason: value as Reason });
            }}
          >
            <option value="">Rather not say</option>
            {reasonsFor(situation.who).map((reason) => (
              <option value={reason} key={reason}>
                {REASON_LABELS[reason]}
              </option>
            ))}
          </select>
          {fieldError('reason')}
        </div>

        <div class="dh-pair">
          <div class="dh-field">
            <label for="dh-date">Interview date</label>
            <input
              type="date"
              id="dh-date"
              ref={dateInput}
              value={situation.interview.date}
              aria-invalid={invalid('date')}
              aria-describedby={errorId('date')}
              onInput={onDateOrTime('date')}
              onBlur={checkUnfinished('date')}
            />
            {fieldError('date')}
          </div>
          <div class="dh-field">
            <label for="dh-time">Interview time</label>
            <input
              type="time"
              id="dh-time"
              ref={timeInput}
              value={situation.interview.time}
              aria-invalid={invalid('time')}
              aria-describedby={errorId('time')}
              onInput={onDateOrTime('time')}
              onBlur={checkUnfinished('time')}
            />
            {fieldError('time')}
          </div>
        </div>

        {(isAmbiguous || situation.fold) && (
          <RadioGroup
            name="fold"
            legend={`Which ${situation.interview.time} do they mean?`}
            options={[
              { value: 'earlier', label: 'The first one, before the clocks go back' },
              { value: 'later', label: 'The second one, after the clocks go back' },
            ]}
            checked={situation.fold}
            onChoose={(fold) => change({ fold })}
          />
        )}

        <div class="dh-field">
          <label for="dh-zone">{zoneLabel}</label>
          <select
            id="dh-zone"
            ref={interviewZoneMenu.ref}
            value={situation.interview.zone}
            aria-invalid={invalid('zone')}
            aria-describedby={describedBy('dh-zone-hint', errorId('zone'))}
            onChange={(event) => changeInterview('zone', event.currentTarget.value)}
            onFocus={interviewZoneMenu.fill}
          >
            <option value="">Choose a time zone</option>
            {unlisted(situation.interview.zone)}
            {interviewZoneMenu.options(situation.interview.zone)}
          </select>
          <p id="dh-zone-hint" class="dh-hint">
            The interview date and time are read in this zone. Type a city’s name to jump to it.
          </p>
          {fieldError('zone')}
        </div>

        <div class="dh-field">
          <label for="dh-person-zone">Your time zone</label>
          <select
            id="dh-person-zone"
            ref={personZoneMenu.ref}
            value={situation.personZone}
            aria-invalid={invalid('personZone')}
            aria-describedby={describedBy('dh-person-zone-hint', errorId('personZone'))}
            onChange={(event) => change({ personZone: event.currentTarget.value })}
            onFocus={personZoneMenu.fill}
          >
            <option value="">Same as the interview</option>
            {unlisted(situation.personZone)}
            {personZoneMenu.options(situation.personZone)}
          </select>
          <p id="dh-person-zone-hint" class="dh-hint">
            So each time is also shown on your own clock.
          </p>
          {fieldError('personZone')}
        </div>

        <fieldset class="dh-group" aria-describedby={errorId('channels')}>
          <legend>How you can reach them, and who is involved</legend>
          {CHANNEL_LABELS.map(([key, label]) => (
            <div class="dh-choice" key={key}>
              <input
                type="checkbox"
                id={`dh-channel-${key}`}
                checked={situation.channels[key]}
                onChange={(event) => change({ channels: { ...situation.channels, [key]: event.currentTarget.checked } })}
              />
              <label for={`dh-channel-${key}`}>{label}</label>
            </div>
          ))}
          {fieldError('channels')}
        </fieldset>

        <p class="dh-saved">
          Your details stay in this browser and are never sent anywhere.{' '}
          <button type="button" class="dh-clear" onClick={clear}>
            Clear my details
          </button>
        </p>
      </form>

      <section class="dh-results" aria-labelledby="dh-results-title">
        <h2 id="dh-results-title">Your advice</h2>
        <p class="dh-summary" aria-live="polite">
          {summary}
        </p>
        {advice && now !== null ? (
          <AdviceView advice={advice} now={now} />
        ) : problemField ? (
          <p class="dh-waiting">Please check the highlighted field above, and your advice will appear here.</p>
        ) : !problem || isStillToFill(problem) ? (
          <p class="dh-waiting">Your advice appears here as soon as the interview date, time and time zone are filled in.</p>
        ) : null}
      </section>
    </div>
  );
}
