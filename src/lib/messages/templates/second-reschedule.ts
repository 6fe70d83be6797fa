// A second request to move the same interview. It names the first change, apologises once (for
// asking again, and for the short notice when it is short), and offers times. It promises to keep
// no time the person has not seen: that would be a promise they did not make.
import { dayInWords, type Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { isShortNotice } from '../phrases/apologies';
import { passItOn } from '../phrases/decisions';
import { followingUp } from '../phrases/plan';
import { theRoleAt } from '../phrases/role';
import { timesOffer } from '../phrases/times';
import { led, paragraph, paragraphs, say, sentence } from '../prose';
import { isMissed, reasonForMoving } from '../reasons';
import { missedApology } from './missed-apology';

export const secondReschedule: Template = {
  channel: 'email',
  write(context) {
    // Once the interview is missed, the apology for missing it is the one this message needs.
    if (isMissed(context)) return missedApology.write(context);
    const first = dayInWords(context.fields.firstRescheduleDate, context);
    // When the interview is still on the date it was first moved to, say that date once.
    const isSameDay = context.fields.firstRescheduleDate?.trim() === context.fields.interview?.date.trim();
    const movedTo = isSameDay && context.interview ? context.interview.single : first;
    const when = isSameDay ? undefined : context.interview?.single;
    const sorry = isShortNotice(context)
      ? say(context, "I'm sorry to ask again, and at short notice", 'I apologise for asking again, and at short notice')
      : say(context, "I'm sorry to ask again", 'I apologise for asking again');
    const { lead, opener } = followingUp(context, 'written');
    const body = paragraphs(
      greeting(context),
      paragraph(
        opener,
        sentence(say(context, `I know we've already moved my interview for ${theRoleAt(context)} once${movedTo ? `, to ${movedTo}` : ''}`, `I appreciate that we have already moved my interview for ${theRoleAt(context)} once${movedTo ? `, to ${movedTo}` : ''}`)),
        led(lead, say(context, `I need to move it one more time${when ? `, as I can't make ${when}` : ''}`, `I must ask to move it once more${when ? `, as I am unable to attend on ${when}` : ''}`)),
        reasonForMoving(context),
        sentence(sorry),
        passItOn(context),
      ),
      timesOffer(context),
      say(context, 'Thank you for your patience.', 'Thank you for your patience and understanding.'),
      signOff(context),
    );
    return { subject: subjectLine(context, say(context, 'Request to move my interview again', 'Second request to reschedule interview')), body };
  },
};
