// A short-notice change is best heard by phone, before the candidate sets off. The script says it
// once, offers what happens next, and points to the message that confirms it in writing: by the
// channel the plan writes by (a text when there is no email address), or "in writing" alone.
import { present, type Context, type Template } from '../context';
import type { MessageKind } from '../../types';
import { spokenIntro } from '../phrases/address';
import { employerMissedLine, isShortNotice, noOtherTime } from '../phrases/apologies';
import { reopenSentence } from '../phrases/closing-lines';
import { alreadySent, followingUp, inPlan, inTheSentMessage, mentionOf, writtenBy } from '../phrases/plan';
import { onWhen, theRole, theRoleAt } from '../phrases/role';
import { promptForTimes, timesAloud } from '../phrases/times';
import { ifTheyAsk, paragraphs, quoted, say, sentence } from '../prose';
import { employerAction, employerOffersAnotherTime, employerReason, isMissed } from '../reasons';

export const EMPLOYER_EMAILS: readonly MessageKind[] = ['employer-cancel-interview', 'employer-withdraw-invitation'];
// The same messages when the plan sends them by text.
const BY_TEXT: Partial<Record<MessageKind, string>> = {
  'employer-cancel-interview': 'the confirming text',
  'employer-withdraw-invitation': 'the text withdrawing the invitation',
};

/** What the script promises: written by the plan's channel, or "in writing" when no plan says which. */
function promises(context: Context): { confirm: string; onVoicemail: string } {
  switch (writtenBy(context)) {
    case 'text':
      return {
        confirm: say(context, "I'll confirm it all by text today.", 'I will confirm it all by text today.'),
        onVoicemail: say(context, "I'm texting you the details now.", 'I am texting you the details now.'),
      };
    case 'email':
      return {
        confirm: say(context, "I'll confirm it all by email today.", 'I will confirm it all by email today.'),
        onVoicemail: say(context, "I'm emailing you the details now.", 'I am emailing you the details now.'),
      };
    default:
      return {
        confirm: say(context, "I'll confirm it all in writing today.", 'I will confirm it all in writing today.'),
        onVoicemail: say(context, "I'll send you the details in writing today.", 'I will send you the details in writing today.'),
      };
  }
}

function nextStep(context: Context, isMoving: boolean): string | undefined {
  if (!isMoving) return reopenSentence(context);
  const times = timesAloud(context);
  promptForTimes(context);
  if (!times) return say(context, 'Could we find another time? What would suit you?', 'Could we arrange another time? What would suit you?');
  return sentence(`Could we meet instead on ${times}?`);
}

/** Whether the role is still open, answered from the reason; nothing when the reason does not say. */
function roleStatus(context: Context): string | undefined {
  switch (context.fields.reason) {
    case 'role-on-hold':
      return say(context, "It's on hold for now.", 'It is on hold for now.');
    case 'role-filled':
      return say(context, "No, we've filled it.", 'No, we have filled it.');
    case 'role-changed':
      return 'Not as it was advertised, no.';
    case 'interviewer-unavailable':
      return say(context, "Yes, it's still open, and we'd still like to meet you.", 'Yes, it is still open, and we would still like to meet you.');
    default:
      return undefined;
  }
}

/** The one apology for a change: after the email the news is a reminder, so the lead goes on it. */
function sorryForTheChange(context: Context, lead: string | undefined, verb: string): string {
  if (lead) {
    return isShortNotice(context)
      ? say(context, `${lead} we need to ${verb}, and I'm sorry for the short notice`, `${lead} we need to ${verb}, and I apologise for the short notice`)
      : say(context, `${lead} we need to ${verb}, and I'm sorry for the change of plan`, `${lead} we need to ${verb}, and I apologise for the change of plan`);
  }
  return isShortNotice(context)
    ? say(context, `I'm sorry to tell you at such short notice that we need to ${verb}`, `I am sorry to tell you at such short notice that we need to ${verb}`)
    : say(context, `I'm sorry, but we need to ${verb}`, `I am sorry, but we need to ${verb}`);
}

export const employerPhoneScript: Template = {
  // The plan calls for this script at any notice (a candidate who travels, or met us before), so
  // the title names no timing: "for a short-notice change" was wrong two days out.
  channel: 'phone',
  write(context) {
    const missed = isMissed(context);
    const isMoving = missed ? employerOffersAnotherTime(context) : employerAction(context) === 'move-interview';
    // Taking back an invitation is said as the email says it, not as cancelling an interview.
    const isWithdrawing = !missed && employerAction(context) === 'withdraw-invitation';
    const verb = isMoving ? 'move it' : isWithdrawing ? 'withdraw our invitation' : 'cancel it';
    const { lead, opener } = followingUp(context, 'spoken');
    // The introduction already names the company when it is known.
    const role = context.sender && context.company ? theRole(context) : theRoleAt(context);
    // Once the written message has gone (before the call, or before a call again), the call promises none.
    const sent = alreadySent(context);
    const emails = sent ? [] : inPlan(context, EMPLOYER_EMAILS).slice(0, 1);
    const promised = sent ? undefined : promises(context);
    // A call straight after the email leads with it ("As I said in my email,"); otherwise the news says where
    // the email is, and a voicemail, giving the same news, says so too.
    const saysTheLead = !missed && context.step?.after === sent;
    const confirm = promised?.confirm ?? (sent && !saysTheLead ? inTheSentMessage(context, sent, 'the details') : undefined);
    // After missing it, the apology for that comes first thing, and nothing was changed to explain.
    const news = missed
      ? [employerMissedLine(context, role), employerReason(context, 'missing') ?? (isMoving ? undefined : employerReason(context, 'stopping')), isMoving ? undefined : noOtherTime(context)]
      : [
          opener,
          sentence(say(context, `I'm calling about your interview for ${role}${onWhen(context.interview?.single)}`, `I am calling about your interview for ${role}${onWhen(context.interview?.single)}`)),
          sentence(sorryForTheChange(context, lead, verb)),
          employerReason(context, isMoving ? 'moving' : 'stopping'),
        ];
    const opening = [spokenIntro(context, { fromCompany: true }), ...news, nextStep(context, isMoving), confirm].filter(
      (part): part is string => part !== undefined && part !== '',
    );

    const phone = present(context.fields.yourPhone);
    const status = roleStatus(context);
    const body = paragraphs(
      'When they answer:',
      quoted(opening.join(' ')),
      // With no time agreed yet (invited), nobody can have booked travel for it.
      context.fields.stage !== 'invited' &&
      ifTheyAsk(
        missed ? 'If they travelled for it or booked travel:' : 'If they have already set off or booked travel:',
        say(context, "Thank you for telling me. We'll cover costs already incurred under our expenses policy, and I'll tell you how to claim.", 'Thank you for letting me know. We will cover costs already incurred under our expenses policy, and I will tell you how to claim.'),
      ),
      status && ifTheyAsk('If they ask whether the role is still open:', status),
      ifTheyAsk(
        'If they ask whether it was something they did:',
        missed
          ? say(context, 'No, not at all. The mistake was ours.', 'No, not at all. The mistake was entirely ours.')
          : say(context, 'No, not at all. This is a change on our side.', 'No, not at all. The change is entirely on our side.'),
      ),
      // A call again after the voicemail: one message on their phone is enough (as the candidate's script says).
      context.step?.after !== 'voicemail' &&
        ifTheyAsk(
          'If you reach voicemail, give the same news, then:',
          [phone ? sentence(`You can call me back on ${phone}`) : undefined, promised?.onVoicemail, 'Thank you.']
            .filter((part): part is string => part !== undefined)
            .join(' '),
        ),
    );
    // Named only when the plan says how it writes; otherwise "in writing" is all that is known.
    const by = writtenBy(context);
    const mention = by === 'text' ? emails.map((kind) => BY_TEXT[kind]).join('') : by === 'email' ? mentionOf(emails) : '';
    // New times are named only when the call offers some.
    const withTimes = isMoving ? ', with the new times in writing' : '';
    const note = emails.length === 0
      ? undefined
      : mention
        ? sentence(`Send ${mention} straight after the call${withTimes}`)
        : `Straight after the call, put it in writing${isMoving ? ', with the new times' : ''}.`;
    return { body, ...(note ? { notes: [note] } : {}) };
  },
};
