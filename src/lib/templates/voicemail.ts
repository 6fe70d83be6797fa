// A voicemail a person can read aloud in about thirty seconds. The name and number come twice
// because a listener writing them down usually misses them the first time.
import {
  candidateAction,
  candidateReason,
  countWords,
  fitWithin,
  onWhen,
  present,
  say,
  sentence,
  spokenIntro,
  theRoleAt,
  type CandidateAction,
  type Context,
  type Template,
} from '../wording';

export const VOICEMAIL_WORD_LIMIT = 80;

interface Parts {
  when: 'full' | 'single' | 'none';
  reason: boolean;
  door: boolean;
  email: boolean;
}

function about(context: Context, action: CandidateAction, when: string | undefined): string {
  const role = theRoleAt(context);
  const calling = say(context, "I'm calling about", 'I am calling about');
  if (action === 'decline') return sentence(`${calling} your invitation to interview for ${role}${onWhen(when)}`);
  if (action === 'withdraw') return sentence(`${calling} my application for ${role}`);
  return sentence(`${calling} my interview for ${role}${onWhen(when)}`);
}

function decision(context: Context, action: CandidateAction): string {
  switch (action) {
    case 'reschedule':
      return say(context, "I'd like to reschedule it, if we can find another time.", 'I would like to reschedule it to another time.');
    case 'decline':
      return say(context, "I've decided to decline it.", 'I have decided to decline it.');
    case 'withdraw':
      return say(context, "I've decided to withdraw from the process.", 'I have decided to withdraw from the process.');
    default:
      return 'I need to cancel it.';
  }
}

function speak(context: Context, action: CandidateAction, parts: Parts): string {
  const phone = present(context.fields.yourPhone);
  const when = parts.when === 'full' ? context.interview?.full : parts.when === 'single' ? context.interview?.single : undefined;
  const isMoving = action === 'reschedule';
  const repeat = context.sender && phone
    ? `Again, this is ${context.sender}, on ${phone}.`
    : context.sender
      ? `Again, this is ${context.sender}.`
      : phone
        ? `Again, my number is ${phone}.`
        : undefined;
  return [
    spokenIntro(context),
    about(context, action, when),
    decision(context, action),
    parts.reason ? candidateReason(context, action) : undefined,
    isMoving ? 'Thank you for your flexibility.' : 'Thank you for thinking of me.',
    parts.door && !isMoving && context.fields.keepDoorOpen ? say(context, "I'd be glad to stay in touch.", 'I would be glad to stay in touch.') : undefined,
    phone ? sentence(`You can reach me on ${phone}`) : undefined,
    parts.email ? say(context, "I'll follow up by email as well.", 'I will follow up by email as well.') : undefined,
    repeat,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' ');
}

export const voicemail: Template = {
  title: 'Voicemail',
  channel: 'voicemail',
  write(context) {
    const action = candidateAction(context);
    // Richest first; each step drops what a listener misses least.
    const steps: Parts[] = [
      { when: 'full', reason: true, door: true, email: true },
      { when: 'full', reason: true, door: false, email: false },
      { when: 'single', reason: true, door: true, email: true },
      { when: 'single', reason: true, door: false, email: false },
      { when: 'single', reason: false, door: false, email: false },
      { when: 'none', reason: false, door: false, email: false },
    ];
    // Very long titles could push even the shortest wording past the limit; names and number stay.
    const plain: Context = { ...context, position: undefined, company: undefined };
    const body = fitWithin(VOICEMAIL_WORD_LIMIT, countWords, [
      ...steps.map((parts) => speak(context, action, parts)),
      speak(plain, action, { when: 'single', reason: false, door: false, email: false }),
    ]);
    const notes = ['Say your number slowly, in small groups of digits.'];
    if (countWords(body) > VOICEMAIL_WORD_LIMIT) notes.push(`This runs over ${VOICEMAIL_WORD_LIMIT} words; shorter names or a shorter reason would help.`);
    return { body, notes };
  },
};
