// A candidate's reply when the employer cancels or moves the interview: thanks for telling them,
// still keen, new times offered or asked for, and one plain question in case the role is on hold.
// The change was theirs, so the candidate neither apologises nor lectures ("more notice next time").
import type { Context, Draft, Template } from '../context';
import { greeting, signOff } from '../phrases/address';
import { passItOn } from '../phrases/decisions';
import { onWhen, theRoleAt } from '../phrases/role';
import { timesOffer } from '../phrases/times';
import { paragraph, paragraphs, say, sentence } from '../prose';
import { isSteppingAway, reasonForLeaving } from '../reasons';

const IN_THE_THREAD = 'Reply in the same email thread, so they see your answer next to their message.';

/** What the reply says after its thanks: the sentences of that first paragraph, the paragraphs after it, and the closing line. */
interface Answer {
  answer: (string | undefined)[];
  after: (string | undefined)[];
  closing: string;
}

/** The reply's one shape, either way: greeting, thanks and the answer, what follows, the closing, the sign-off. */
function reply(context: Context, { answer, after, closing }: Answer): Draft {
  const when = onWhen(context.interview?.single);
  const thanks = sentence(say(context, `Thanks for letting me know about the change to my interview for ${theRoleAt(context)}${when}`, `Thank you for letting me know about the change to my interview for ${theRoleAt(context)}${when}`));
  const body = paragraphs(greeting(context), paragraph(thanks, ...answer), ...after, closing, signOff(context));
  return { body, notes: [IN_THE_THREAD] };
}

/** Someone who no longer wants the role (another job, or chose to step away) says so, never "still keen". */
const steppingAway = (context: Context): Answer => ({
  answer: [
    say(context, "In the meantime, I've decided to withdraw my application, so there's no need to find a new time.", 'In the meantime, I have decided to withdraw my application, so there is no need to arrange a new time.'),
    reasonForLeaving(context),
    passItOn(context),
  ],
  after: [],
  closing: say(context, 'Thank you for your time, and all the best.', 'Thank you for your time and consideration.'),
});

const stillKeen = (context: Context): Answer => ({
  answer: [say(context, "I'm still very keen on the role, and I'd be glad to find a new time.", 'I remain very interested in the position and would be glad to arrange a new time.'), passItOn(context)],
  after: [
    timesOffer(context),
    say(context, 'If the role is on hold rather than moved, could you let me know when it might restart?', 'If the role is on hold rather than rescheduled, could you let me know when it might restart?'),
  ],
  closing: 'Thank you, and I look forward to hearing from you.',
});

export const replyToEmployerChange: Template = {
  channel: 'email',
  write(context) {
    return reply(context, isSteppingAway(context) ? steppingAway(context) : stillKeen(context));
  },
};
