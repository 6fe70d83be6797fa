// Tells a candidate after their interview that they were not chosen: thanks for their time, the
// news once, a reason only if the employer gave one, feedback offered, and the door left open.
import type { Context, Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { employerDoor, feedbackOffer } from '../phrases/closing-lines';
import { ownReasonOr } from '../phrases/decisions';
import { onWhen, theRoleAt } from '../phrases/role';
import { paragraph, paragraphs, say, sentence } from '../prose';

/** The employer's own reason line, else the reason as it bears on this candidate, or nothing; the call says the same. */
export function whyNotChosen(context: Context): string | undefined {
  switch (context.fields.reason) {
    case 'role-filled':
      return ownReasonOr(context, say(context, "We've offered it to another candidate.", 'We have offered it to another candidate.'));
    case 'role-on-hold':
      return ownReasonOr(context, say(context, "We've decided not to fill it for now.", 'We have decided not to fill it for now.'));
    case 'role-changed':
      return ownReasonOr(context, 'The role itself has changed.');
    default:
      return ownReasonOr(context, undefined);
  }
}

export const employerNotChosen: Template = {
  channel: 'email',
  write(context) {
    const body = paragraphs(
      greeting(context),
      paragraph(
        sentence(say(context, `Thank you for interviewing for ${theRoleAt(context)}${onWhen(context.interview?.short)}, and for the time you gave us`, `Thank you for interviewing for ${theRoleAt(context)}${onWhen(context.interview?.short)} and for the time you gave us`)),
        say(context, "I'm sorry to tell you that we won't be offering you the job.", 'I am sorry to tell you that we will not be offering you the position.'),
        whyNotChosen(context),
      ),
      paragraph(
        feedbackOffer(context),
        employerDoor(context),
      ),
      signOff(context, { withCompany: true }),
    );
    return { subject: subjectLine(context, say(context, 'Your application', 'Your application'), { from: 'company', withDate: false }), body };
  },
};
