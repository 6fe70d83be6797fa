// Cancels one interview outright: thanks first, the word "cancel", a short reason, then good wishes.
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

export const cancel: Template = {
  title: 'Cancellation email',
  channel: 'email',
  write(context) {
    const reason = context.fields.reason;
    // Only these reasons usually arrive late; an apology for notice given in good time reads as filler.
    const isShortNotice = reason === 'emergency' || reason === 'illness';
    const body = paragraphs(
      greeting(context),
      paragraph(
        sentence(say(context, `Thank you for inviting me to interview for ${theRoleAt(context)}`, `Thank you for the invitation to interview for ${theRoleAt(context)}`)),
        sentence(say(context, `I'm writing to cancel my interview${onWhen(context.interview?.full)}`, `I am writing to cancel my interview${onWhen(context.interview?.full)}`)),
        reasonForLeaving(context),
        isShortNotice && say(context, "I'm sorry for the short notice.", 'I apologise for the short notice.'),
      ),
      paragraph(candidateDoor(context), referral(context)),
      signOff(context),
    );
    return { subject: subjectLine(context, say(context, 'Cancelling my interview', 'Interview cancellation')), body };
  },
};
