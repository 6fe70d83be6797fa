// An employer cancels or moves a candidate's interview. Moving offers concrete times, so the
// candidate can answer in one reply instead of starting a back-and-forth.
import {
  bullets,
  employerAction,
  employerBecause,
  employerDoor,
  greeting,
  onWhen,
  ownReason,
  paragraph,
  paragraphs,
  reopenSentence,
  say,
  sentence,
  signOff,
  subjectLine,
  theRoleAt,
  type Context,
  type Template,
} from '../wording';

/** Times the employer offers, or a request for the candidate's when there are none. */
export function employerTimes(context: Context): string {
  if (context.proposed.length === 0) {
    return say(context, 'Could you send me two or three times that suit you?', 'Could you let me know two or three times that would suit you?');
  }
  return paragraphs(
    say(context, 'Would one of these times work for you?', 'Would any of the following times suit you?'),
    bullets(context.proposed.map((when) => when.full)),
    say(context, "If none of them suit, send me a couple that do and we'll fit around you.", 'If none is convenient, please suggest alternatives and we will accommodate them.'),
  );
}

export const employerCancelInterview: Template = {
  title: 'Cancelling or moving an interview',
  channel: 'email',
  write(context) {
    const isMoving = employerAction(context) === 'move-interview';
    const own = ownReason(context);
    const because = own ? undefined : employerBecause(context);
    const tail = `${onWhen(context.interview?.full)}${because ? `, because ${because}` : ''}`;
    const role = theRoleAt(context);
    const body = isMoving
      ? paragraphs(
          greeting(context),
          paragraph(
            sentence(
              say(context, `I'm sorry, but we need to move your interview for ${role}${tail}`, `I am sorry to say that we need to reschedule your interview for ${role}${tail}`),
            ),
            own,
            say(context, "We're still looking forward to meeting you.", 'We still very much look forward to meeting you.'),
          ),
          employerTimes(context),
          say(context, 'Thank you for your flexibility.', 'Thank you for your understanding.'),
          signOff(context, { withCompany: true }),
        )
      : paragraphs(
          greeting(context),
          paragraph(
            sentence(
              say(context, `I'm sorry to tell you that we need to cancel your interview for ${role}${tail}`, `I am sorry to tell you that we need to cancel your interview for ${role}${tail}`),
            ),
            own,
            say(context, "Thank you for the time you've set aside for us.", 'Thank you for the time you have set aside for us.'),
          ),
          paragraph(reopenSentence(context), employerDoor(context)),
          signOff(context, { withCompany: true }),
        );
    const label = isMoving ? say(context, 'New time needed for your interview', 'Rescheduling your interview') : say(context, 'Your interview is cancelled', 'Cancellation of your interview');
    return { subject: subjectLine(context, label, { from: 'company' }), body };
  },
};
