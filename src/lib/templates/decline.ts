// Turns down an invitation before anything is booked: thanks, a clear no, and the door left open.
import {
  candidateDoor,
  greeting,
  onWhen,
  paragraph,
  paragraphs,
  reasonForLeaving,
  referral,
  say,
  sentence,
  signOff,
  subjectLine,
  theRoleAt,
  type Template,
} from '../wording';

export const decline: Template = {
  title: 'Declining the invitation',
  channel: 'email',
  write(context) {
    const when = context.interview?.full;
    const body = paragraphs(
      greeting(context),
      paragraph(
        sentence(say(context, `Thank you for inviting me to interview for ${theRoleAt(context)}`, `Thank you for the invitation to interview for ${theRoleAt(context)}`)),
        sentence(
          say(
            context,
            `I've thought it over, and I've decided to decline the invitation${when ? ` to interview${onWhen(when)}` : ''}`,
            `Having considered it, I have decided to decline the invitation${when ? ` to interview${onWhen(when)}` : ''}`,
          ),
        ),
        reasonForLeaving(context),
      ),
      paragraph(candidateDoor(context), referral(context)),
      signOff(context),
    );
    return { subject: subjectLine(context, say(context, 'Declining your interview invitation', 'Declining interview invitation')), body };
  },
};
