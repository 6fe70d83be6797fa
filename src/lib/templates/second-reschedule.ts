// A second request to move the same interview. It names the first change, apologises once,
// and commits to the next time, because a third change would usually end the process.
import {
  dayInWords,
  greeting,
  paragraph,
  paragraphs,
  reasonForMoving,
  say,
  sentence,
  signOff,
  subjectLine,
  theRole,
  theRoleAt,
  type Template,
} from '../wording';
import { timesOffer } from './reschedule';

export const secondReschedule: Template = {
  title: 'Second reschedule request',
  channel: 'email',
  write(context) {
    const first = dayInWords(context.fields.firstRescheduleDate, context);
    // When the interview is still on the date it was first moved to, say that date once.
    const isSameDay = context.fields.firstRescheduleDate?.trim() === context.fields.interview?.date.trim();
    const movedTo = isSameDay && context.interview ? context.interview.full : first;
    const when = isSameDay ? undefined : context.interview?.full;
    const body = paragraphs(
      greeting(context),
      paragraph(
        sentence(
          say(
            context,
            `I know we've already moved my interview for ${theRoleAt(context)} once${movedTo ? `, to ${movedTo}` : ''}, and I'm sorry to ask again`,
            `I appreciate that we have already moved my interview for ${theRoleAt(context)} once${movedTo ? `, to ${movedTo}` : ''}, and I apologise for asking again`,
          ),
        ),
        sentence(
          say(
            context,
            `I need to ask to reschedule it one more time${when ? `, as I can't make it on ${when}` : ''}`,
            `I need to request that it be rescheduled one more time${when ? `, as I am unable to attend on ${when}` : ''}`,
          ),
        ),
        reasonForMoving(context),
      ),
      paragraph(
        sentence(
          say(
            context,
            `I'm still very keen on ${theRole(context)}, and I'll keep whichever new time you choose`,
            `I remain very interested in ${theRole(context)} and will keep whichever new time you choose`,
          ),
        ),
      ),
      timesOffer(context),
      say(context, 'Thank you for your patience.', 'Thank you for your patience and understanding.'),
      signOff(context),
    );
    return { subject: subjectLine(context, say(context, 'Request to move my interview again', 'Second request to reschedule interview')), body };
  },
};
