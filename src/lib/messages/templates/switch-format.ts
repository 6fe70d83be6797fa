// Asks to hold the same interview another way (by video instead of in person, or the reverse)
// rather than cancel it. The time stays; only the format changes, and the person says what else would do.
import type { Context, Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { shortNoticeApology } from '../phrases/apologies';
import { passItOn } from '../phrases/decisions';
import { followingUp } from '../phrases/plan';
import { theRoleAt } from '../phrases/role';
import { led, paragraph, paragraphs, say, sentence } from '../prose';
import { isMissed, reasonForSwitching } from '../reasons';
import { missedApology } from './missed-apology';

/** The format asked for: video unless they asked to come in, the change people ask for most. */
function wanted(context: Context): 'video' | 'on-site' {
  return context.fields.preferredFormat ?? 'video';
}

export const switchFormat: Template = {
  channel: 'email',
  write(context) {
    // A missed interview has no format left to change: the apology is the message.
    if (isMissed(context)) return missedApology.write(context);
    const to = wanted(context);
    const { lead, opener } = followingUp(context, 'written');
    const when = lead || opener ? context.interview?.single : context.interview?.full;
    const how = to === 'video' ? 'by video instead of in person' : 'in person instead of by video';
    const body = paragraphs(
      greeting(context),
      paragraph(
        opener,
        led(lead, say(context, `I'd like to ask whether my interview for ${theRoleAt(context)} could be ${how}`, `I would like to ask whether my interview for ${theRoleAt(context)} could be held ${how}`)),
        reasonForSwitching(context, to),
        shortNoticeApology(context),
        passItOn(context),
      ),
      paragraph(
        when
          ? sentence(say(context, `It's booked for ${when}, and that time still suits me`, `It is booked for ${when}, and that time remains convenient for me`))
          : say(context, 'The time still suits me.', 'The time remains convenient for me.'),
        sentence(
          to === 'video'
            ? say(context, "If it has to be in person, I'm happy to find another time instead", 'If it must be in person, I would be glad to find another time instead')
            : say(context, "If that isn't possible, I'm happy to keep the video call", 'If that is not possible, I am happy to keep the video call'),
        ),
      ),
      say(context, 'Thank you for considering it.', 'Thank you for considering my request.'),
      signOff(context),
    );
    const label = to === 'video' ? say(context, 'Could my interview be by video?', 'Request to interview by video') : say(context, 'Could my interview be in person?', 'Request to interview in person');
    return { subject: subjectLine(context, label), body };
  },
};
