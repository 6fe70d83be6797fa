// Answers a candidate who cancelled: confirms nothing more is needed, responds to their reason
// in a line, and keeps them warm for later.
import type { Context, Template } from '../context';
import { greeting, signOff } from '../phrases/address';
import { employerDoor } from '../phrases/closing-lines';
import { onWhen, theRoleAt } from '../phrases/role';
import { bullets, paragraph, paragraphs, say, sentence } from '../prose';
import { isSteppingAway } from '../reasons';

function answerTheirReason(context: Context): string | undefined {
  switch (context.fields.reason) {
    case 'other-offer':
      return 'Congratulations on your new role.';
    case 'illness':
      return 'I hope you feel better soon.';
    case 'emergency':
      return 'I hope everything is all right.';
    case 'not-a-fit':
    case 'unsure':
      return say(context, 'I appreciate you being clear with us.', 'I appreciate your candour.');
    default:
      return undefined;
  }
}

function anotherTime(context: Context): string | undefined {
  if (isSteppingAway(context)) return undefined;
  const zone = context.proposed[0]?.zone;
  if (context.proposed.length > 0) {
    return paragraphs(
      say(context, `If you'd like to find another time, any of these would work for us${zone ? ` (${zone})` : ''}:`, `Should you wish to arrange another time, any of the following would suit us${zone ? ` (${zone})` : ''}:`),
      bullets(context.proposed.map((when) => when.plain)),
    );
  }
  if (context.fields.reason === 'schedule-conflict' || context.fields.reason === 'illness' || context.fields.reason === 'emergency') {
    return say(context, "If you'd like to find another time, just reply and we'll set one up.", 'Should you wish to arrange another time, please reply and we will set one up.');
  }
  return undefined;
}

export const employerReplyToCancel: Template = {
  channel: 'email',
  write(context) {
    const body = paragraphs(
      greeting(context),
      paragraph(
        sentence(`Thank you for letting me know about your interview for ${theRoleAt(context)}${onWhen(context.interview?.full)}`),
        say(context, "I've cancelled it on our side, so there's nothing more you need to do.", 'I have cancelled it on our side, and there is nothing further you need to do.'),
        answerTheirReason(context),
      ),
      anotherTime(context),
      employerDoor(context),
      signOff(context, { withCompany: true }),
    );
    return { body, notes: ['Reply in the same email thread, so the candidate sees it next to their message.'] };
  },
};
