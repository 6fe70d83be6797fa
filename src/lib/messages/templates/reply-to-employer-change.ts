// A candidate's reply when the employer cancels or moves the interview: thanks for telling them,
// still keen, new times offered or asked for, and one plain question in case the role is on hold.
// The change was theirs, so the candidate neither apologises nor lectures ("more notice next time").
import type { Template } from '../context';
import { greeting, onWhen, passItOn, signOff, theRoleAt, timesOffer } from '../phrases';
import { paragraph, paragraphs, say, sentence } from '../prose';
import { isSteppingAway, reasonForLeaving } from '../reasons';

export const replyToEmployerChange: Template = {
  title: 'Reply when the employer cancels or moves it',
  channel: 'email',
  write(context) {
    const when = onWhen(context.interview?.single);
    const thanks = sentence(say(context, `Thanks for letting me know about the change to my interview for ${theRoleAt(context)}${when}`, `Thank you for letting me know about the change to my interview for ${theRoleAt(context)}${when}`));
    // Someone who no longer wants the role (another job, or chose to step away) says so, never "still keen".
    if (isSteppingAway(context)) {
      const body = paragraphs(
        greeting(context),
        paragraph(
          thanks,
          say(context, "In the meantime, I've decided to withdraw my application, so there's no need to find a new time.", 'In the meantime, I have decided to withdraw my application, so there is no need to arrange a new time.'),
          reasonForLeaving(context),
          passItOn(context),
        ),
        say(context, 'Thank you for your time, and all the best.', 'Thank you for your time and consideration.'),
        signOff(context),
      );
      return { body, notes: ['Reply in the same email thread, so they see your answer next to their message.'] };
    }
    const body = paragraphs(
      greeting(context),
      paragraph(
        thanks,
        say(context, "I'm still very keen on the role, and I'd be glad to find a new time.", 'I remain very interested in the position and would be glad to arrange a new time.'),
        passItOn(context),
      ),
      timesOffer(context),
      say(context, "If the role is on hold rather than moved, could you let me know when it might restart?", 'If the role is on hold rather than rescheduled, could you let me know when it might restart?'),
      say(context, 'Thank you, and I look forward to hearing from you.', 'Thank you, and I look forward to hearing from you.'),
      signOff(context),
    );
    return { body, notes: ['Reply in the same email thread, so they see your answer next to their message.'] };
  },
};
