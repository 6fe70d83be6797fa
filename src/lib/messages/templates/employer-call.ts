// The employer's phone script as the builder writes it: ticked with the not-chosen email, the call
// tells the candidate they were not chosen; otherwise it is the plan's script, which changes the
// interview. No plan sends the not-chosen email, so the helper's flow never loads this file.
import { present, type Context, type Template } from '../context';
import type { MessageKind } from '../../types';
import { spokenIntro } from '../phrases/address';
import { employerDoor, feedbackOffer } from '../phrases/closing-lines';
import { mentionOf } from '../phrases/plan';
import { onWhen, theRole, theRoleAt } from '../phrases/role';
import { ifTheyAsk, paragraphs, quoted, say, sentence } from '../prose';
import { whyNotChosen } from './employer-not-chosen';
import { EMPLOYER_EMAILS, employerPhoneScript } from './employer-phone-script';

const CHANGES: readonly MessageKind[] = [...EMPLOYER_EMAILS, 'employer-reply-to-cancel'];

/**
 * Whether this call tells a candidate they were not chosen: it goes with that email and no email
 * about changing an interview, and no wish to change one was given. Otherwise it changes the interview.
 */
function isNotChosenCall(context: Context): boolean {
  const wish = context.fields.wish;
  if (wish === 'withdraw-invitation' || wish === 'cancel-interview' || wish === 'move-interview') return false;
  const alongside = context.alongside ?? [];
  return alongside.includes('employer-not-chosen') && !alongside.some((kind) => CHANGES.includes(kind));
}

/** The call after an interview: thanks, the news kindly and once, a reason only if given, and feedback offered. */
function notChosenScript(context: Context): { body: string; notes?: string[] } {
  const role = context.sender && context.company ? theRole(context) : theRoleAt(context);
  const email = context.alongside?.includes('employer-not-chosen') ?? false;
  const phone = present(context.fields.yourPhone);
  const opening = [
    spokenIntro(context, { fromCompany: true }),
    sentence(say(context, `Thank you for interviewing for ${role}${onWhen(context.interview?.short)}, and for the time you gave us`, `Thank you for interviewing for ${role}${onWhen(context.interview?.short)} and for the time you gave us`)),
    say(context, "I'm sorry to tell you that we won't be offering you the job.", 'I am sorry to tell you that we will not be offering you the position.'),
    whyNotChosen(context),
    feedbackOffer(context),
  ].filter((part): part is string => part !== undefined && part !== '');
  const body = paragraphs(
    'When they answer:',
    quoted(opening.join(' ')),
    ifTheyAsk(
      'If they ask why:',
      context.fields.keepDoorOpen
        ? say(context, "I can't talk about the other candidates, but I'm glad to go through the feedback on your interview.", 'I cannot discuss the other candidates, but I would be glad to go through the feedback on your interview.')
        : say(context, "I'm afraid I can't say more than that. Thank you again for your time.", 'I am afraid I cannot say more than that. Thank you again for your time.'),
    ),
    context.fields.keepDoorOpen && ifTheyAsk('If they ask about other roles:', employerDoor(context)),
    ifTheyAsk(
      // News like this is better heard from a person than from a recording.
      'If you reach voicemail, leave the news for the call back or the email, and say:',
      [
        spokenIntro(context, { fromCompany: true }),
        sentence(say(context, `I'm calling about your application for ${role}`, `I am calling about your application for ${role}`)),
        phone ? sentence(`Could you call me back on ${phone}`).replace(/\.$/u, '?') : say(context, 'Could you call me back when you have a moment?', 'Could you call me back at your convenience?'),
        'Thank you.',
      ].join(' '),
    ),
  );
  return email ? { body, notes: [sentence(`Send ${mentionOf(['employer-not-chosen'])} straight after the call, so they have it in writing`)] } : { body };
}

export const employerCallAnyKind: Template = {
  ...employerPhoneScript,
  write(context) {
    return isNotChosenCall(context) ? notChosenScript(context) : employerPhoneScript.write(context);
  },
};
