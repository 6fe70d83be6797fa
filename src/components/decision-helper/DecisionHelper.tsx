// The decision helper: a form over `decide(situation, now)`. Every rule lives in src/lib; this file
// holds the fields, the clock, storage and the words around the engine's answer. The form's checks
// run at once; the engine loads when the person wants advice (./use-advice.ts).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Situation } from '../../lib/situation';
import { defaultSituation, reasonsFor, wishesFor } from '../../lib/situation-defaults';
import { SPOKE, STAGES, type Problem, type Reason, type Stage, type Who } from '../../lib/types';
import { restoreZone, zoneToSave } from '../../lib/saved-zone';
import { browserZoneOr } from '../../lib/zones';
import { clearSaved, saveDetails, storageAvailable, STORAGE_NOTICES } from '../storage';
import { PEOPLE_LABELS, REASON_LABELS } from '../labels';
import { useMinuteClock } from './use-minute-clock';
import { useSpokenSummary } from './use-spoken-summary';
import { useAdvice } from './use-advice';
import { hasSomethingToRestore } from './restore-check';
import { LazyPlanMessages } from './LazyPlanMessages';
import { clearFlowDetails } from './flow-details';
import { LinkChangedNote } from '../shared/LinkChangedNote';
import { forgetChoice, rememberChoice, topicHere } from './chosen-here';
import { keepScrollOnLeave, restoreScroll } from './keep-scroll';
import { PAUSE_MS, useWhenTyping } from '../shared/use-when-typing';
import { CONTACT_LABELS, SPOKE_LABELS, stageLabel, TEXTING_WITHOUT_PHONE, WHO_LABELS, WISH_LABELS } from './labels';
import { CheckboxGroup } from './CheckboxGroup';
import { RadioGroup } from './RadioGroup';
import { SelectField } from './SelectField';
import { WhenFields } from './WhenFields';
import { fieldErrors } from './field-errors';
import { fieldOf, isStillToFill, pageKinds, withTopic, without, withZones, type FieldName, type Topic } from './form-state';
import type { SavedHelper } from './reader';
import { followOtherTabs, needsReaderAtStart, readerChunk } from './reader-chunk';
import { startingPoint, type BeforeLink } from './start';
import { SITUATION_KEY, SITUATION_VERSION } from './storage-keys';
import './DecisionHelper.css';

const ENGINE_FAILED = 'Your advice could not load. Please reload the page.';
const SAVED_FAILED = 'Your saved details could not load. Please reload the page.';

// Saved details, a link or a choice in this page's history: the island starts only once they are
// read, so its first render shows them. With none (most readers of a guide), it starts at once.
const isReaderWanted = needsReaderAtStart();
const readerAtStart = isReaderWanted ? await readerChunk.load().catch(() => undefined) : undefined;

export default function DecisionHelper(topic: Topic) {
  const [situation, setSituation] = useState<Situation>(() => withTopic(defaultSituation(), topic));
  const now = useMinuteClock();
  const [browserZone, setBrowserZone] = useState('UTC');
  // A zone the person chose is kept; one only detected is saved empty, to follow the browser.
  const [isPersonZoneChosen, setPersonZoneChosen] = useState(false);
  // The interview's zone starts as the browser's: said beside the menu until the person chooses one.
  const [isInterviewZoneChosen, setInterviewZoneChosen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [beforeLink, setBeforeLink] = useState<BeforeLink | null>(null);
  // The date or time field being typed in: it is checked when the person leaves it or pauses.
  const typed = useWhenTyping((key, value) => {
    if (value !== situation.interview[key]) changeInterview(key, value);
  });
  const { typing, settle } = typed;

  const form = useRef<HTMLFormElement>(null);
  // A layout effect runs in the task that hydrates the island, so no click or key reaches the
  // handlers before it has adopted what the person did in the form before the island ran.
  useLayoutEffect(() => {
    const zone = browserZoneOr('UTC');
    setBrowserZone(zone);
    const start = startingPoint(topicHere(topic, readerAtStart), zone, form.current, readerAtStart);
    // What the person chose before the island ran is saved, as any change is.
    if (start.isTouched) update(start.situation, start.isPersonZoneChosen, start.isInterviewZoneChosen);
    else {
      setSituation(start.situation);
      setPersonZoneChosen(start.isPersonZoneChosen);
      setInterviewZoneChosen(start.isInterviewZoneChosen);
    }
    setBeforeLink(start.beforeLink);
    setNotice(isReaderWanted && !readerAtStart ? SAVED_FAILED : start.notice);
    if (start.isTouched || hasSomethingToRestore()) ask();
    // Another tab of the helper saved or cleared: follow it and say so, rather than overwrite it.
    const follow = (value: SavedHelper | null, notice: string): void => {
      const next = value?.situation ?? withTopic(defaultSituation(), topic);
      setSituation(withZones(next, zone));
      ask();
      setPersonZoneChosen(restoreZone(next.personZone, zone).isChosen);
      setInterviewZoneChosen(value?.isInterviewZoneChosen ?? false);
      setBeforeLink(null);
      setNotice(notice);
    };
    const stopWatching = followOtherTabs(follow, () => setNotice(SAVED_FAILED));
    const stopKeepingScroll = keepScrollOnLeave();
    return () => {
      stopWatching();
      stopKeepingScroll();
    };
  }, []);

  // The plan writes its dates as the messages do, in the browser's English (PlanMessages reads the same).
  const { results, isAsked, ask, result, engine, engineFailed, isWaitingForEngine, isEngineComing } = useAdvice(situation, now);
  // A keyboard user entering the form on a guide: its own messages load then, not only when scrolled near.
  const [isEntered, setEntered] = useState(false);
  // Each "Clear my details" starts the messages afresh, so names and edits on screen go with the saved ones.
  const [cleared, setCleared] = useState(0);

  const update = (next: Situation, isZoneChosen = isPersonZoneChosen, isInterviewZoneGiven = isInterviewZoneChosen): void => {
    // A choice over what the page's topic sets outlives a reload of this page (./chosen-here.ts).
    if (next.who !== situation.who || next.wish !== situation.wish || next.stage !== situation.stage) rememberChoice(next);
    setSituation(next);
    ask();
    setPersonZoneChosen(isZoneChosen);
    setInterviewZoneChosen(isInterviewZoneGiven);
    // The interview's zone is saved even when assumed, so travelling never moves the interview.
    const saved = saveDetails(SITUATION_KEY, SITUATION_VERSION, {
      ...next,
      personZone: zoneToSave({ zone: next.personZone, isChosen: isZoneChosen }),
      isInterviewZoneChosen: isInterviewZoneGiven,
    });
    if (saved.notice) setNotice(saved.notice);
  };
  const change = (patch: Partial<Situation>): void => {
    settle();
    update({ ...situation, ...patch });
  };
  const changeInterview = (key: 'date' | 'time' | 'zone', value: string): void => {
    if (key === 'zone') settle();
    // A choice about a clock change belongs to one date, time and zone.
    update({ ...without(situation, 'fold'), interview: { ...situation.interview, [key]: value } }, isPersonZoneChosen, isInterviewZoneChosen || key === 'zone');
  };
  const changeWho = (who: Who): void => {
    if (who === situation.who) return;
    settle();
    update({ ...without(without(situation, 'reason'), 'wish'), who });
  };
  const clear = (): void => {
    clearSaved(SITUATION_KEY);
    clearFlowDetails();
    setCleared((count) => count + 1);
    forgetChoice();
    setSituation(withZones(withTopic(defaultSituation(), topic), browserZone));
    setPersonZoneChosen(false);
    setInterviewZoneChosen(false);
    typed.clear();
    setNotice(storageAvailable() ? 'Your details have been cleared from this browser.' : STORAGE_NOTICES.unavailable);
  };
  // A date or time the browser cannot give us yet comes first: the engine never saw it.
  const problem: Problem | null = typed.problem ?? (result && !result.ok ? result : null);
  const advice = result && result.ok && !problem ? result : null;
  const problemAt = problem && !isStillToFill(problem) ? fieldOf(problem) : null;
  // A year half typed ("0202") is not a mistake yet: the field being typed in waits for a pause.
  const isMidTyping = typing !== null && problemAt === typing;
  const problemField = isMidTyping ? null : problemAt;
  const errors = fieldErrors((field: FieldName): string | null => (problemField === field && problem ? problem.message : null));
  const isAmbiguous = problem?.problem === 'ambiguous-time';

  // A short line for screen readers: the whole advice block would be too long to hear on each change.
  const summary = advice ? advice.headline : problem && !isStillToFill(problem) && !isMidTyping ? problem.message : isWaitingForEngine && engineFailed ? ENGINE_FAILED : '';
  const { spoken: spokenSummary, onKey: onFormKey } = useSpokenSummary(summary, isMidTyping, PAUSE_MS / 2);
  const kinds = useMemo(() => pageKinds(topic.kinds, situation.who), [topic.kinds, situation.who]);
  // With no messages to wait for (./LazyPlanMessages.tsx brings the scroll back), the height is already whole.
  const hasMessages = advice !== null || kinds.length > 0;
  useEffect(() => {
    if (now !== null && !hasMessages && !isEngineComing) restoreScroll();
  }, [now !== null, isEngineComing]);

  return (
    <div class="dh" data-pagefind-ignore>
      <div role="status" class="dh-notice-area">
        {notice && <p class="dh-notice">{notice}</p>}
        {beforeLink && (
          <LinkChangedNote
            changed={beforeLink.changed}
            classes={{ note: 'dh-notice', button: 'dh-clear' }}
            onUseSaved={() => {
              update(beforeLink.situation, beforeLink.isPersonZoneChosen, beforeLink.isInterviewZoneChosen);
              setBeforeLink(null);
              setNotice('Your saved details are back.');
            }}
          />
        )}
      </div>
      <form ref={form} class="dh-form" aria-label="Your situation" noValidate onSubmit={(event) => event.preventDefault()} onKeyDown={onFormKey} onFocusIn={() => setEntered(true)}>
        <RadioGroup
          name="who"
          legend="You are"
          options={(['candidate', 'employer'] as const).map((who) => ({ value: who, label: WHO_LABELS[who] }))}
          checked={situation.who}
          onChoose={changeWho}
          describedBy={errors.id('who')}
          error={errors.element('who')}
        />

        <SelectField<Stage>
          name="stage"
          label="Where things stand"
          options={STAGES.map((stage) => ({ value: stage, label: stageLabel(stage, situation.who) }))}
          value={situation.stage}
          onChoose={(stage) => change({ stage: stage || situation.stage })}
          invalid={errors.invalid('stage')}
          describedBy={errors.id('stage')}
          error={errors.element('stage')}
        />

        <RadioGroup
          name="wish"
          legend="What you want to do"
          options={wishesFor(situation.who).map((wish) => ({ value: wish, label: WISH_LABELS[wish] }))}
          checked={situation.wish}
          onChoose={(wish) => change({ wish })}
          describedBy={errors.id('wish')}
          error={errors.element('wish')}
        />

        <SelectField<Reason>
          name="reason"
          label="Reason (optional)"
          options={[{ value: '', label: 'Rather not say' }, ...reasonsFor(situation.who).map((reason) => ({ value: reason, label: REASON_LABELS[reason] }))]}
          value={situation.reason ?? ''}
          onChoose={(reason) => {
            const rest = without(situation, 'reason');
            update(reason === '' ? rest : { ...rest, reason });
          }}
          invalid={errors.invalid('reason')}
          describedBy={errors.id('reason')}
          error={errors.element('reason')}
        />

        <WhenFields
          situation={situation}
          isStarted={now !== null}
          isInterviewZoneChosen={isInterviewZoneChosen}
          isAmbiguous={isAmbiguous}
          typed={typed}
          errors={errors}
          onFold={(fold) => change({ fold })}
          onInterviewZone={(zone) => changeInterview('zone', zone)}
          onPersonZone={(personZone) => update({ ...situation, personZone }, true)}
        />

        <CheckboxGroup
          name="contact"
          legend="How you can reach them"
          options={CONTACT_LABELS[situation.who]}
          checked={situation.contacts}
          onChange={(contacts) => change({ contacts })}
          hints={situation.who === 'candidate' ? { text: situation.contacts.text && !situation.contacts.phone ? TEXTING_WITHOUT_PHONE : null } : {}}
          describedBy={errors.id('contacts')}
          error={errors.element('contacts')}
        />

        <CheckboxGroup
          name="people"
          legend="Who else is involved"
          options={PEOPLE_LABELS[situation.who]}
          checked={situation.people}
          onChange={(people) => change({ people })}
          describedBy={errors.id('people')}
          error={errors.element('people')}
        />

        <RadioGroup
          name="spoke"
          legend="Have you told them by phone yet?"
          options={SPOKE.map((value) => ({ value, label: SPOKE_LABELS[value] }))}
          checked={situation.spoke}
          onChoose={(spoke) => change({ spoke })}
          describedBy={errors.id('spoke')}
          error={errors.element('spoke')}
        />

        <p class="dh-saved">
          Your details stay in this browser and are never sent anywhere.{' '}
          <button type="button" class="dh-clear" onClick={clear}>
            Clear my details
          </button>
        </p>
      </form>

      <section class="dh-results" aria-labelledby="dh-results-title" ref={results}>
        <h2 id="dh-results-title">Your advice</h2>
        <p class="dh-summary" aria-live="polite">
          {spokenSummary}
        </p>
        {isMidTyping ? null : advice && now !== null && engine ? (
          <engine.AdviceView advice={advice} now={now} onChooseWish={(wish) => change({ wish })}>
            <LazyPlanMessages key={cleared} advice={advice} situation={situation} kinds={kinds} now={now} isSoon />
          </engine.AdviceView>
        ) : isWaitingForEngine && !problem ? (
          <p class={engineFailed ? 'dh-waiting' : 'dh-waiting dh-loading'}>{engineFailed ? ENGINE_FAILED : 'Working out your advice…'}</p>
        ) : problemField ? (
          <p class="dh-waiting">Please check the highlighted field above, and your advice will appear here.</p>
        ) : !problem || isStillToFill(problem) ? (
          <p class="dh-waiting">
            Your advice appears here as soon as the interview {situation.interview.zone ? 'date and time are' : 'date, time and time zone are'} filled in. If no time is agreed yet, choose “Invited, but no time is agreed yet”.
          </p>
        ) : null}
        {!isMidTyping && !advice && !isEngineComing && now !== null && kinds.length > 0 && (
          <LazyPlanMessages key={cleared} advice={null} situation={situation} kinds={kinds} now={now} isSoon={isAsked || isEntered} />
        )}
      </section>
    </div>
  );
}
