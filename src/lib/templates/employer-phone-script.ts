// A same-day change is best heard by phone, before the candidate sets off. The script says it once,
// offers what happens next, and leaves the details for a follow-up email.
import {
  eitherOf,
  employerAction,
  employerBecause,
  ifTheyAsk,
  onWhen,
  ownReason,
  paragraph,
  paragraphs,
  present,
  quoted,
  reopenSentence,
  say,
  sentence,
  spokenIntro,
  theRole,
  theRoleAt,
  type Context,
  type Template,
} from '../wording';

function nextStep(context: Context, isMoving: boolean): string {
  if (!isMoving) return reopenSentence(context) ?? say(context, 'Thank you for your patience with us.', 'Thank you for your patience.');
  if (context.proposed.length === 0) return say(context, 'Could we find another time? What would suit you?', 'Could we arrange another time? What would suit you?');
  return `Could we meet instead on ${eitherOf(context.proposed.map((when) => when.single))}?`;
}

/** Whether the role is still open, answered from the reason; nothing when the reason does not say. */
function roleStatus(context: Context): string | undefined {
  switch (context.fields.reason) {
    case 'role-on-hold':
      return paragraph(say(context, "It's on hold for now.", 'It is on hold for now.'), reopenSentence(context));
    case 'role-filled':
      return say(context, "No, we've filled it.", 'No, we have filled it.');
    case 'role-changed':
      return say(context, "It's changed, and we're not hiring for it as it was advertised.", 'It has changed, and we are not hiring for it as it was advertised.');
    case 'interviewer-unavailable':
      return say(context, "Yes, it's still open, and we'd still like to meet you.", 'Yes, it is still open, and we would still like to meet you.');
    default:
      return undefined;
  }
}

export const employerPhoneScript: Template = {
  title: 'Phone script for a same-day change',
  channel: 'phone',
  write(context) {
    const isMoving = employerAction(context) === 'move-interview';
    const own = ownReason(context);
    const because = own ? undefined : employerBecause(context);
    const verb = isMoving ? 'move' : 'cancel';
    // The introduction already names the company when it is known.
    const role = context.sender && context.company ? theRole(context) : theRoleAt(context);
    const calling = say(context, "I'm calling about", 'I am calling about');
    const opening = [
      spokenIntro(context, { fromCompany: true }),
      sentence(`${calling} your interview for ${role}${onWhen(context.interview?.full)}`),
      sentence(say(context, `I'm sorry, but we need to ${verb} it${because ? `, because ${because}` : ''}`, `I am sorry, but we need to ${verb} it${because ? `, because ${because}` : ''}`)),
      own,
      nextStep(context, isMoving),
      say(context, "I wanted you to hear it straight away, and I'll confirm by email today.", 'I wanted you to hear it straight away, and I will confirm by email today.'),
    ].filter((part): part is string => part !== undefined && part !== '');

    const phone = present(context.fields.yourPhone);
    const voicemail = [
      spokenIntro(context, { fromCompany: true }),
      sentence(`${calling} your interview for ${role}${onWhen(context.interview?.single)}`),
      sentence(say(context, `We need to ${verb} it, and I'm sending you the details by email now`, `We need to ${verb} it, and I am sending you the details by email now`)),
      phone ? sentence(`You can call me back on ${phone}`) : undefined,
      'Thank you.',
    ].filter((part): part is string => part !== undefined && part !== '');

    const status = roleStatus(context);
    const body = paragraphs(
      'When they answer:',
      quoted(opening.join(' ')),
      ifTheyAsk(
        'If they have already set off or taken time off:',
        say(context, "Thank you for telling me. I'll make sure the team knows.", 'Thank you for letting me know. I will make sure the team is aware.'),
      ),
      status && ifTheyAsk('If they ask whether the role is still open:', status),
      ifTheyAsk(
        'If they ask whether it was something they did:',
        say(context, 'No, not at all. This is a change on our side.', 'No, not at all. The change is entirely on our side.'),
      ),
      'If you reach voicemail:',
      quoted(voicemail.join(' ')),
    );
    return { body, notes: ['Send the confirming email straight after the call, with any new times in writing.'] };
  },
};
