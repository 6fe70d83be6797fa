// Asks for a new time while making clear the person still wants the role.
import {
  bullets,
  greeting,
  onWhen,
  paragraph,
  paragraphs,
  reasonForMoving,
  say,
  sentence,
  signOff,
  subjectLine,
  theRole,
  theRoleAt,
  type Context,
  type Template,
} from '../wording';

/** The suggested times as a list, or a request for theirs when none were given. */
export function timesOffer(context: Context): string {
  if (context.proposed.length === 0) {
    return say(
      context,
      "Could you send me a few times that suit you? I'm happy to fit around your calendar.",
      'Could you let me know some times that suit you? I will gladly work around your availability.',
    );
  }
  return paragraphs(
    say(context, 'Would one of these times work for you?', 'Would any of the following times be convenient?'),
    bullets(context.proposed.map((when) => when.full)),
    say(context, "If none of them suit, I'm happy to fit around your calendar.", 'If none is suitable, I will gladly work around your availability.'),
  );
}

export const reschedule: Template = {
  title: 'Reschedule request',
  channel: 'email',
  write(context) {
    const body = paragraphs(
      greeting(context),
      paragraph(
        sentence(`Thank you for arranging my interview for ${theRoleAt(context)}`),
        sentence(
          say(
            context,
            `I'm writing to ask whether we could reschedule it${onWhen(context.interview?.full) ? `, as I can't make it${onWhen(context.interview?.full)}` : ''}`,
            `I am writing to ask whether we could reschedule it${onWhen(context.interview?.full) ? `, as I am unable to attend${onWhen(context.interview?.full)}` : ''}`,
          ),
        ),
        reasonForMoving(context),
        sentence(say(context, `I'm still very keen on ${theRole(context)}`, `I remain very interested in ${theRole(context)}`)),
      ),
      timesOffer(context),
      say(context, 'Thank you for your flexibility.', 'Thank you for your understanding.'),
      signOff(context),
    );
    return { subject: subjectLine(context, say(context, 'Rescheduling request', 'Request to reschedule interview')), body };
  },
};
