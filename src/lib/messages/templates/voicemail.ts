// A voicemail a person can read aloud in about thirty seconds. The name and number come twice
// because a listener writing them down usually misses them the first time.
import { present, type Context, type Template } from '../context';
import { spokenIntro } from '../phrases/address';
import { missedApologyLine, shortNoticeApology } from '../phrases/apologies';
import { missedDecision, passItOn } from '../phrases/decisions';
import { alreadySent, followingUp, inPlan } from '../phrases/plan';
import { onWhen, theRoleAt } from '../phrases/role';
import { led, say, sentence } from '../prose';
import { candidateAction, candidateReason, isMissed, missedAction, reasonForMissing, type CandidateAction } from '../reasons';
import { VOICEMAIL_WORD_LIMIT, countWords, fitChannel } from '../text-length';

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

function decision(context: Context, action: CandidateAction, lead: string | undefined): string {
  switch (action) {
    case 'reschedule':
      return led(lead, say(context, "I'd like to move it to another time, if we can find one.", 'I would like to move it to another time, if possible.'));
    case 'decline':
      return led(lead, say(context, "I've decided to decline it.", 'I have decided to decline it.'));
    case 'withdraw':
      return led(lead, say(context, "I've decided to withdraw from the process.", 'I have decided to withdraw from the process.'));
    default:
      return led(lead, 'I need to cancel it.');
  }
}

/** The news: a missed interview's apology first; else what happened before, the subject, the decision. */
function news(context: Context, parts: Parts): { sentences: (string | undefined)[]; isAsking: boolean } {
  const when = parts.when === 'full' ? context.interview?.full : parts.when === 'single' ? context.interview?.single : undefined;
  if (isMissed(context)) {
    const action = missedAction(context);
    return { sentences: [missedApologyLine(context), parts.reason ? reasonForMissing(context, action) : undefined, missedDecision(context, action), passItOn(context, action)], isAsking: action !== 'withdraw' };
  }
  const action = candidateAction(context);
  const { lead, opener } = followingUp(context, 'spoken');
  return {
    sentences: [opener, about(context, action, when), decision(context, action, lead), parts.reason ? candidateReason(context, action) : undefined, shortNoticeApology(context), passItOn(context)],
    isAsking: action === 'reschedule',
  };
}

function speak(context: Context, parts: Parts): string {
  const phone = present(context.fields.yourPhone);
  const { sentences, isAsking } = news(context, parts);
  const repeat = context.sender && phone
    ? `Again, this is ${context.sender}, on ${phone}.`
    : context.sender
      ? `Again, this is ${context.sender}.`
      : phone
        ? `Again, my number is ${phone}.`
        : undefined;
  // Only an email that is in the plan, and not yet sent, is promised.
  const emailFollows = alreadySent(context) === undefined && (!context.step || inPlan(context, ['follow-up', 'cancel', 'reschedule', 'decline', 'withdraw', 'missed-apology']).length > 0);
  return [
    spokenIntro(context),
    ...sentences,
    isAsking ? 'Thank you.' : 'Thank you for thinking of me.',
    parts.door && !isAsking && context.fields.keepDoorOpen ? say(context, "I'd be glad to stay in touch.", 'I would be glad to stay in touch.') : undefined,
    phone ? sentence(`You can reach me on ${phone}`) : undefined,
    parts.email && emailFollows ? say(context, "I'll follow up by email as well.", 'I will follow up by email as well.') : undefined,
    repeat,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' ');
}

export const voicemail: Template = {
  channel: 'voicemail',
  write(context) {
    // Richest first; each step drops what a listener misses least.
    const steps: Parts[] = [
      { when: 'full', reason: true, door: true, email: true },
      { when: 'single', reason: true, door: true, email: true },
      { when: 'single', reason: true, door: false, email: true },
      { when: 'single', reason: false, door: false, email: true },
      { when: 'none', reason: false, door: false, email: false },
    ];
    // Very long titles could push even the shortest wording past the limit; names and number stay.
    const plain: Context = { ...context, position: undefined, company: undefined };
    const body = fitChannel('voicemail', [...steps.map((parts) => speak(context, parts)), speak(plain, { when: 'none', reason: false, door: false, email: false })]);
    // With no number typed the message promises none, and the note says where to add one.
    const notes = [present(context.fields.yourPhone) ? 'Say your number slowly, in small groups of digits.' : 'Add your phone number above, and the voicemail gives it, so they can call you back.'];
    if (countWords(body) > VOICEMAIL_WORD_LIMIT) notes.push(`This runs over ${VOICEMAIL_WORD_LIMIT} words; shorter names or a shorter reason would help.`);
    return { body, notes };
  },
};
