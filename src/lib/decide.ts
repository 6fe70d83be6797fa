// Situation + clock → advice: what to do, by when, through which channels, and which messages to write.
// Pure: `now` is a parameter, nothing throws out of `decide`, and every sentence is our own wording.
import {
  bandById,
  bandFor,
  DAY_MS,
  HOUR_MS,
  hoursUntil,
  isTooFarAhead,
  isWithinBusinessHours,
  nextBusinessOpening,
  type Band,
} from './deadline';
import { parseSituation, type Situation, type SituationProblem } from './situation';
import type { MessageKind, Problem, Reason, Wish } from './types';
import { formatInBothZones, isValidZone, toInstant, type ZoneProblem } from './zones';

export type ActionId = Wish | 'apologise' | 'reconsider' | 'attend';
export type StepChannel = 'call' | 'voicemail' | 'email' | 'text' | 'message';
export type PersonToTell = 'recruiter' | 'hiring-manager' | 'organiser' | 'candidate' | 'interview-panel';

export interface ActionAdvice {
  id: ActionId;
  label: string;
  why: string;
  /** Messages to prepare for this action, and a prefilled link to the message builder. */
  kinds: MessageKind[];
  link: string;
}

export interface ChannelStep {
  channel: StepChannel;
  /** Who to contact, in words. */
  to: string;
  when: string;
  why: string;
  message: MessageKind;
}

export interface Recommendation {
  text: string;
  why: string;
}

export interface Advice {
  ok: true;
  /** The situation as read, with defaults filled in. */
  situation: Situation;
  interview: { instant: number; words: string };
  hoursLeft: number;
  band: Band;
  action: ActionAdvice;
  /** Present only when what the person asked for is likely to cost them more than another route. */
  betterAction?: ActionAdvice;
  channelPlan: ChannelStep[];
  /** Act by this time. Never after the interview, except once it has been missed (then: within the hour). */
  deadline: { instant: number; words: string; why: string };
  afterHours: {
    isAfterHours: boolean;
    nextOpening: number;
    nextOpeningWords: string;
    whatChanges: string;
    why: string;
  };
  tell: { person: PersonToTell; label: string; why: string }[];
  messages: { kinds: MessageKind[]; link: string; why: string };
  dos: Recommendation[];
  donts: Recommendation[];
}

export type DecideProblem =
  SituationProblem | ZoneProblem | 'unknown-person-zone' | 'bad-clock' | 'too-far-ahead' | 'internal';

export const MESSAGE_BUILDER_PATH = '/tools/message-builder/';

/** A prefilled link to the message builder. Empty fields are left out rather than sent blank. */
export function builderLink(kinds: readonly MessageKind[], situation: Situation): string {
  const pairs: [string, string][] = [
    ['date', situation.interview.date],
    ['time', situation.interview.time],
    ['zone', situation.interview.zone],
    ['who', situation.who],
    ['reason', situation.reason ?? ''],
  ];
  const query = [
    `kinds=${kinds.map((kind) => encodeURIComponent(kind)).join(',')}`,
    ...pairs
      .filter(([, value]) => value.trim() !== '')
      .map(([key, value]) => `${key}=${encodeURIComponent(value.trim())}`),
  ];
  return `${MESSAGE_BUILDER_PATH}?${query.join('&')}`;
}

/** Never throws: bad input and unexpected failures both come back as a Problem. */
export function decide(situation: unknown, now: number): Advice | Problem<DecideProblem> {
  try {
    return decideOrProblem(situation, now);
  } catch {
    return {
      ok: false,
      problem: 'internal',
      message: 'Something went wrong while working this out. Please check the details and try again.',
    };
  }
}

// Clocks outside the years we accept for interviews are a caller's mistake, not a person's.
const EARLIEST_CLOCK = Date.UTC(1970, 0, 1);
const LATEST_CLOCK = Date.UTC(9999, 11, 31, 23, 59);

interface Context {
  situation: Situation;
  now: number;
  interviewInstant: number;
  band: Band;
  personZone: string;
  otherZone: string;
  isAfterHours: boolean;
  nextOpening: number;
  /** After hours, can a call at opening time still land at least an hour before the interview? */
  canCallAtOpening: boolean;
}

function decideOrProblem(input: unknown, now: number): Advice | Problem<DecideProblem> {
  if (typeof now !== 'number' || !Number.isFinite(now) || now < EARLIEST_CLOCK || now > LATEST_CLOCK) {
    return {
      ok: false,
      problem: 'bad-clock',
      message: 'The current time could not be read, so we cannot work out how long is left.',
    };
  }
  const { situation, problems } = parseSituation(input);
  const first = problems[0];
  if (first) return first;

  const converted = toInstant(situation.interview, situation.fold ? { fold: situation.fold } : undefined);
  if (!converted.ok) return converted;
  const otherZone = situation.interview.zone.trim();
  const personZoneText = situation.personZone.trim();
  if (personZoneText !== '' && !isValidZone(personZoneText)) {
    return {
      ok: false,
      problem: 'unknown-person-zone',
      field: 'personZone',
      message: 'Please choose your own time zone from the list, or leave it empty to use the interview’s.',
    };
  }

  const interviewInstant = converted.instant;
  const hoursLeft = hoursUntil(interviewInstant, now);
  if (isTooFarAhead(hoursLeft)) {
    return {
      ok: false,
      problem: 'too-far-ahead',
      field: 'date',
      message: 'That date is more than a year away. Please check the year.',
    };
  }

  const band = situation.stage === 'missed' ? bandById('missed') : bandFor(hoursLeft);
  // Careful-recruiter choice: an employer also waits for working hours before ringing a candidate.
  const nextOpening = nextBusinessOpening(now, otherZone);
  const isAfterHours = !isWithinBusinessHours(now, otherZone);
  const context: Context = {
    situation,
    now,
    interviewInstant,
    band,
    personZone: personZoneText === '' ? otherZone : personZoneText,
    otherZone,
    isAfterHours,
    nextOpening,
    canCallAtOpening: band.id === 'missed' || nextOpening <= interviewInstant - HOUR_MS,
  };

  const channelPlan = planChannels(context);
  const kinds = messageKinds(context, channelPlan);
  const action = chooseAction(context, kinds);
  const better = betterAction(context);

  return {
    ok: true,
    situation,
    interview: { instant: interviewInstant, words: bothZones(context, interviewInstant) },
    hoursLeft,
    band,
    action,
    ...(better ? { betterAction: better } : {}),
    channelPlan,
    deadline: deadlineFor(context),
    afterHours: afterHoursFor(context),
    tell: peopleToTell(context),
    messages: {
      kinds,
      link: builderLink(kinds, situation),
      why: 'These messages match the steps above, so you have the right words ready for each one.',
    },
    dos: dosFor(context),
    donts: dontsFor(context),
  };
}

const bothZones = (context: Context, instant: number): string =>
  formatInBothZones(instant, context.personZone, context.otherZone);

const isEmployer = (context: Context): boolean => context.situation.who === 'employer';
const isUrgent = (context: Context): boolean => context.band.id === 'under-24h' || context.band.id === 'missed';
const isFairLateReason = (reason: Reason | undefined): boolean => reason === 'emergency' || reason === 'illness';

/** The message that carries the news itself, for the person's wish. */
function mainKind(context: Context, wish: Wish = context.situation.wish): MessageKind {
  if (context.band.id === 'missed' && !isEmployer(context)) return 'missed-apology';
  switch (wish) {
    case 'withdraw-invitation':
      return 'employer-withdraw-invitation';
    case 'cancel-interview':
    case 'move-interview':
      return 'employer-cancel-interview';
    default:
      return wish;
  }
}

function recipient(context: Context): string {
  if (isEmployer(context)) return 'The candidate';
  const { recruiter, hiringManager } = context.situation.channels;
  if (recruiter) return 'The recruiter';
  if (hiringManager) return 'The hiring manager';
  return 'The person who set up the interview';
}

function planChannels(context: Context): ChannelStep[] {
  const { phone, email } = context.situation.channels;
  const to = recipient(context);
  const employer = isEmployer(context);
  const callKind: MessageKind = employer ? 'employer-phone-script' : 'phone-script';
  const voicemailKind: MessageKind = employer ? 'employer-phone-script' : 'voicemail';
  const textKind: MessageKind = employer ? mainKind(context) : 'text';
  const openingWords = bothZones(context, context.nextOpening);
  const steps: ChannelStep[] = [];

  const voicemail = (when: string): ChannelStep => ({
    channel: 'voicemail',
    to,
    when,
    why: 'A short voicemail means they hear the news even if they miss your call.',
    message: voicemailKind,
  });
  const textInstead: ChannelStep = {
    channel: 'text',
    to,
    when: 'Straight after the call or voicemail.',
    why: 'With no email address, a short text gives both of you something in writing.',
    message: textKind,
  };
  const noWayIn: ChannelStep = {
    channel: 'message',
    to,
    when: 'Now.',
    why: 'With no phone number or email, reply the same way they reached you, such as the job site or the booking link.',
    message: mainKind(context),
  };

  if (!phone && !email) return [noWayIn];

  if (isUrgent(context)) {
    if (!phone) {
      return [
        {
          channel: 'email',
          to,
          when: 'Now. Start the subject line with “Urgent:” and the interview date.',
          why: 'With no phone number, a clear subject line is the quickest way to be noticed in time.',
          message: mainKind(context),
        },
      ];
    }
    const waitForOpening = context.isAfterHours && context.canCallAtOpening;
    if (waitForOpening) {
      steps.push(
        email
          ? {
              channel: 'email',
              to,
              when: 'Now, so it is waiting when they start work.',
              why: 'No one is likely to answer the phone now, but an email will be one of the first things they see.',
              message: mainKind(context),
            }
          : voicemail('Now: call and leave a voicemail so it is waiting when they start work.'),
      );
    }
    steps.push({
      channel: 'call',
      to,
      when: waitForOpening ? `When their working day starts: ${openingWords}.` : 'Now.',
      why:
        context.band.id === 'missed'
          ? 'A call gets your apology to them quickly and shows you care about their time.'
          : 'With less than a day to go, a call makes sure they know in time.',
      message: callKind,
    });
    steps.push(voicemail('If no one answers.'));
    if (email && !waitForOpening) {
      steps.push({
        channel: 'email',
        to,
        when: 'Straight after the call or voicemail.',
        why: 'An email gives both of you a written record of what was said.',
        message: employer ? mainKind(context) : context.band.id === 'missed' ? 'missed-apology' : 'follow-up',
      });
    }
    if (!email) steps.push(textInstead);
    return steps;
  }

  const sendNow = context.isAfterHours ? 'Now, so it is waiting when they start work.' : 'Now.';
  if (!email) {
    return [
      {
        channel: 'call',
        to,
        when: context.isAfterHours
          ? `When their working day starts: ${openingWords}.`
          : 'Now, during their working hours.',
        why: 'With no email address, a call is the clearest way to tell them.',
        message: callKind,
      },
      voicemail('If no one answers.'),
      textInstead,
    ];
  }
  steps.push({
    channel: 'email',
    to,
    when: sendNow,
    why:
      context.band.id === 'plenty'
        ? 'With three days or more to go, an email is enough and lets them reply when it suits them.'
        : 'An email reaches them quickly and gives both of you a written record.',
    message: mainKind(context),
  });
  if (context.band.id === 'one-to-three-days' && phone) {
    steps.push({
      channel: 'call',
      to,
      when: 'If you have had no reply by the middle of their next working day.',
      why: 'With less than three days to go, a quick call makes sure your email was seen.',
      message: callKind,
    });
  }
  return steps;
}

function messageKinds(context: Context, plan: readonly ChannelStep[]): MessageKind[] {
  const kinds = plan.map((step) => step.message);
  const { wish, reason } = context.situation;
  const closesTheDoor = wish === 'cancel' || wish === 'decline' || wish === 'withdraw';
  // Asking to stay in touch suits a reason that is not about the company itself.
  if (!isEmployer(context) && context.band.id !== 'missed' && closesTheDoor && reason === 'other-offer') {
    kinds.push('stay-in-touch');
  }
  return [...new Set(kinds)];
}

const ACTION_LABELS: Record<Wish | 'reconsider' | 'attend', string> = {
  cancel: 'Cancel the interview',
  reschedule: 'Ask to move the interview to a new time',
  decline: 'Decline the interview invitation',
  withdraw: 'Withdraw from the hiring process',
  'withdraw-invitation': 'Withdraw the interview invitation',
  'cancel-interview': 'Cancel the interview',
  'move-interview': 'Move the interview to a new time',
  reconsider: 'Think it over once more before you cancel',
  attend: 'Keep the interview if you can',
};

const CANDIDATE_REASON_WHY: Record<string, string> = {
  'other-offer': 'You have accepted another job, so telling them now frees the slot for someone else.',
  'not-a-fit': 'If you are sure the role is not for you, saying so now is fairer than going through the motions.',
  emergency: 'An emergency is a fair reason to change plans, even at short notice.',
  illness: 'Being unwell is a fair reason to change plans, even at short notice.',
  'schedule-conflict': 'A clash you cannot move is a fair reason, as long as you tell them as early as you can.',
  unsure: 'Doubts are normal, and it is fine to act on them once you are sure.',
  none: 'Telling them clearly and early is what keeps the door open.',
};

const EMPLOYER_REASON_WHY: Record<string, string> = {
  'role-on-hold': 'Telling the candidate promptly, and saying the role may reopen, keeps their goodwill.',
  'role-filled': 'The candidate deserves to hear straight away that the role is filled, so they can focus elsewhere.',
  'role-changed':
    'The candidate should hear about the change early, from you, so they can decide if the new role suits them.',
  'interviewer-unavailable': 'A clash in your diary is not the candidate’s fault, so make the change easy for them.',
  none: 'Telling the candidate promptly is the respectful thing to do and protects your name as an employer.',
};

function chooseAction(context: Context, kinds: MessageKind[]): ActionAdvice {
  const { situation } = context;
  const link = builderLink(kinds, situation);
  if (context.band.id === 'missed') {
    const asksAgain = situation.wish === 'reschedule' || situation.wish === 'move-interview';
    const label = isEmployer(context)
      ? asksAgain
        ? 'Apologise to the candidate for the missed interview and offer new times'
        : 'Apologise to the candidate for the missed interview and explain what happens next'
      : asksAgain
        ? 'Apologise for missing the interview and ask if another time is possible'
        : 'Apologise for missing the interview and say you are stepping back';
    return {
      id: 'apologise',
      label,
      why: 'Missing an interview happens, and a quick, honest apology is the best way to put it right.',
      kinds,
      link,
    };
  }
  const reasonKey = situation.reason ?? 'none';
  let why = isEmployer(context) ? EMPLOYER_REASON_WHY[reasonKey] : CANDIDATE_REASON_WHY[reasonKey];
  if (!isEmployer(context) && context.band.id === 'under-24h' && !isFairLateReason(situation.reason)) {
    why = 'Backing out with less than a day to go is hard on them, so do it now, and by phone if you can.';
  }
  return {
    id: situation.wish,
    label: ACTION_LABELS[situation.wish],
    why: why ?? CANDIDATE_REASON_WHY['none'] ?? 'Telling them clearly and early is what keeps the door open.',
    kinds,
    link,
  };
}

function alternative(context: Context, id: Wish | 'reconsider' | 'attend', why: string): ActionAdvice {
  // Reconsidering or keeping the interview needs no message, but a reschedule request is the fallback.
  const kinds: MessageKind[] =
    id === 'reconsider' || id === 'attend'
      ? ['reschedule']
      : context.situation.channels.phone && isUrgent(context)
        ? [isEmployer(context) ? 'employer-phone-script' : 'phone-script', mainKind(context, id)]
        : [mainKind(context, id)];
  const unique = [...new Set(kinds)];
  return { id, label: ACTION_LABELS[id], why, kinds: unique, link: builderLink(unique, context.situation) };
}

/** Only when the wish is likely to cost the person more than another route. */
function betterAction(context: Context): ActionAdvice | undefined {
  if (context.band.id === 'missed') return undefined;
  const { wish, reason, stage } = context.situation;
  const lastMinute = context.band.id === 'under-24h';

  if (isEmployer(context)) {
    if (reason === 'interviewer-unavailable' && wish !== 'move-interview') {
      return alternative(
        context,
        'move-interview',
        'The role is still open, so offering new times keeps a candidate you wanted to meet.',
      );
    }
    // Careful-recruiter choice: a new date for a filled role only raises false hope.
    if (reason === 'role-filled' && wish === 'move-interview') {
      return alternative(
        context,
        stage === 'invited' ? 'withdraw-invitation' : 'cancel-interview',
        'If the role is filled, a new date only wastes the candidate’s time and hope, so tell them honestly now.',
      );
    }
    return undefined;
  }

  const closesTheDoor = wish === 'cancel' || wish === 'decline' || wish === 'withdraw';
  if (closesTheDoor && reason === 'unsure') {
    return alternative(
      context,
      'reconsider',
      'Nerves are normal, and the interview is your chance to learn about them too, so a new time may serve you better than a no.',
    );
  }
  // Careful-recruiter choice: at under a day, moving the clash beats moving the interview.
  if (reason === 'schedule-conflict' && lastMinute) {
    return alternative(
      context,
      'attend',
      'Changing plans with less than a day to go is hard on them, so move the other thing if you can.',
    );
  }
  if (closesTheDoor && (reason === 'schedule-conflict' || reason === 'illness')) {
    return alternative(
      context,
      'reschedule',
      'You still want the job and only the date is wrong, so a new time keeps you in the running.',
    );
  }
  if (wish === 'reschedule' && (reason === 'other-offer' || reason === 'not-a-fit')) {
    return alternative(
      context,
      stage === 'invited' ? 'decline' : stage === 'between-rounds' ? 'withdraw' : 'cancel',
      'You do not plan to take this job, so a new date only delays your answer.',
    );
  }
  return undefined;
}

function leadIn(context: Context, deadline: number): string {
  const minutesLeft = (deadline - context.now) / 60_000;
  if (deadline === context.interviewInstant && minutesLeft <= 60) return 'Right now, before the interview starts at';
  if (minutesLeft <= 60) return 'Within the next hour, by';
  if (minutesLeft < 24 * 60) return `Within the next ${Math.round(minutesLeft / 60)} hours, by`;
  return 'Within the next day, by';
}

function deadlineFor(context: Context): Advice['deadline'] {
  const { now, interviewInstant, band } = context;
  let instant: number;
  let why: string;
  switch (band.id) {
    case 'missed':
      // Already past: the one case where "act by" is after the interview.
      instant = interviewInstant > now ? Math.min(now + HOUR_MS, interviewInstant) : now + HOUR_MS;
      why = 'A quick apology shows you take their time seriously.';
      break;
    case 'under-24h':
      instant = Math.min(now + HOUR_MS, interviewInstant);
      why = 'With less than a day to go, every hour you wait is an hour they could use to change their plans.';
      break;
    case 'one-to-three-days':
      // Careful-recruiter choice: act the same day, and never let the notice drop below a full day.
      instant = Math.min(now + 6 * HOUR_MS, interviewInstant - DAY_MS);
      why = 'Telling them while a full day’s notice is left gives them time to rearrange.';
      break;
    default:
      // Careful-recruiter choice: within a day of deciding, which still leaves them two days or more.
      instant = Math.min(now + DAY_MS, interviewInstant - 2 * DAY_MS);
      why = 'You have time, but the sooner they know, the easier it is for them to rearrange.';
  }
  instant = Math.max(instant, Math.min(now, interviewInstant));
  return { instant, words: `${leadIn(context, instant)} ${bothZones(context, instant)}`, why };
}

function afterHoursFor(context: Context): Advice['afterHours'] {
  const { isAfterHours, nextOpening, band } = context;
  let whatChanges: string;
  if (!isAfterHours) {
    whatChanges = 'It is within their usual working hours now, so a call should reach someone.';
  } else if (band.id === 'missed') {
    whatChanges =
      'It is outside their working hours now, so send your apology in writing now and call when their day starts.';
  } else if (band.id === 'under-24h') {
    whatChanges = context.canCallAtOpening
      ? 'It is outside their working hours now. Send your message now so it is waiting, then call when their day starts.'
      : 'It is outside their working hours, but the interview starts first. Call now, and leave a voicemail if no one answers.';
  } else {
    whatChanges =
      'It is outside their working hours now, so a call would likely reach no one. Send your message now so it is waiting.';
  }
  return {
    isAfterHours,
    nextOpening,
    nextOpeningWords: bothZones(context, nextOpening),
    whatChanges,
    why: 'We assume they work Monday to Friday, 09:00 to 17:00 in their own time zone, and we cannot know about public holidays.',
  };
}

function peopleToTell(context: Context): Advice['tell'] {
  const { recruiter, hiringManager } = context.situation.channels;
  const people: Advice['tell'] = [];
  if (isEmployer(context)) {
    people.push({
      person: 'candidate',
      label: 'The candidate',
      why: 'They are getting ready for this and should hear it first, from you.',
    });
    if (recruiter) {
      people.push({
        person: 'recruiter',
        label: 'The candidate’s recruiter',
        why: 'If an agency put the candidate forward, they should hear at the same time.',
      });
    }
    if (hiringManager) {
      people.push({
        person: 'hiring-manager',
        label: 'The hiring manager',
        why: 'They need to know the plan has changed.',
      });
    }
    people.push({
      person: 'interview-panel',
      label: 'Everyone on the interview panel',
      why: 'Their time is freed up, and no one waits in a room for nobody.',
    });
    return people;
  }
  if (recruiter) {
    people.push({
      person: 'recruiter',
      label: 'The recruiter',
      why: 'They arranged the interview and will pass the news on.',
    });
  }
  if (hiringManager) {
    people.push({
      person: 'hiring-manager',
      label: 'The hiring manager',
      why: 'They were going to meet you, so they should hear it from you or be copied in.',
    });
  }
  people.push(
    recruiter || hiringManager
      ? {
          person: 'organiser',
          label: 'Anyone else who sent the invitation',
          why: 'If an assistant booked the room or sent the calendar invite, they need to know too.',
        }
      : {
          person: 'organiser',
          label: 'The person who set up the interview',
          why: 'They are the one expecting you, so they need to hear first.',
        },
  );
  return people;
}

function dosFor(context: Context): Recommendation[] {
  const { wish, reason } = context.situation;
  const dos: Recommendation[] = [];
  if (isEmployer(context)) {
    dos.push({
      text: 'Tell the candidate as soon as the decision is made.',
      why: 'They may be turning down other plans to be there.',
    });
    dos.push({
      text: 'Thank them, and say sorry for the change.',
      why: 'How you treat candidates shapes what people say about working for you.',
    });
    if (wish === 'withdraw-invitation' || wish === 'cancel-interview') {
      dos.push({
        text:
          reason === 'role-filled'
            ? 'Say plainly that the role is filled.'
            : 'Say plainly whether the role may open again.',
        why: 'A clear answer lets the candidate plan, instead of waiting for news that may not come.',
      });
    }
    if ((wish === 'move-interview' || reason === 'interviewer-unavailable') && reason !== 'role-filled') {
      dos.push({
        text: 'Offer two or three new times, written in the candidate’s time zone.',
        why: 'Choices make it easy to say yes, and their own time zone avoids mix-ups.',
      });
    }
    if (isUrgent(context) && context.situation.channels.phone) {
      dos.push({
        text: 'Phone them as well as writing.',
        why: 'With so little notice, a call is the surest way to reach them in time.',
      });
    }
    return dos;
  }
  if (context.band.id === 'missed') {
    dos.push({
      text: 'Say sorry once, clearly, and give a short reason.',
      why: 'A plain apology is easier to accept than a long story.',
    });
  }
  dos.push({
    text: 'Thank them for the invitation and their time.',
    why: 'Thanks is the part people remember when they think of you later.',
  });
  if (context.band.id !== 'missed') {
    dos.push({
      text: 'Keep your reason short and true.',
      why: 'You do not owe details, and a brief honest reason is enough.',
    });
  }
  if (wish === 'reschedule') {
    dos.push({
      text: 'Offer two or three new times.',
      why: 'Choices make it easy for them to say yes, and show you still want the role.',
    });
  }
  if (reason === 'other-offer') {
    dos.push({
      text: 'Say you would be glad to stay in touch.',
      why: 'You may want to work with these people one day.',
    });
  }
  if (context.band.id === 'under-24h') {
    dos.push({
      text: 'Call, even if it feels awkward.',
      why: 'A call is the surest way to reach them before they set the time aside.',
    });
  }
  dos.push({ text: 'Keep a copy of what you send.', why: 'A written record helps if a message goes astray.' });
  return dos;
}

function dontsFor(context: Context): Recommendation[] {
  const { wish, reason } = context.situation;
  const donts: Recommendation[] = [];
  if (isEmployer(context)) {
    donts.push({
      text: 'Do not leave the candidate to find out on the day.',
      why: 'Learning it at the door feels like being ghosted.',
    });
    if (reason !== 'role-on-hold') {
      donts.push({
        text: 'Do not hint that the role may reopen unless it might.',
        why: 'False hope costs the candidate more than a clear no.',
      });
    }
    donts.push({
      text: 'Do not give a vague reason or blame the candidate.',
      why: 'A short, honest reason is kinder and protects your name.',
    });
    return donts;
  }
  donts.push({
    text: 'Do not just stay away without a word.',
    why: 'Not turning up is the one thing that is very hard to repair.',
  });
  donts.push({
    text: 'Do not criticise the company or the role.',
    why: 'Word travels, and you may meet these people again.',
  });
  donts.push({
    text: 'Do not over-apologise or over-explain.',
    why: 'A long message makes a simple change feel bigger than it is.',
  });
  if (context.band.id === 'under-24h' && context.situation.channels.phone) {
    donts.push({ text: 'Do not rely on email alone.', why: 'An email may not be read before the interview starts.' });
  }
  if (context.band.id === 'under-24h' && !isFairLateReason(reason) && wish !== 'reschedule') {
    donts.push({
      text: 'Do not make same-day cancelling a habit.',
      why: 'Cancelling this late is fair for an emergency or illness, but otherwise it can stick to your name.',
    });
  }
  if (wish === 'reschedule') {
    donts.push({
      text: 'Do not ask to move it more than once if you can help it.',
      why: 'A second move can make it look as if you are not keen.',
    });
  }
  return donts;
}
