// Turns down a job offer that has not been accepted: thanks first, a clear no, a reason only if
// the person gave one, and the door left open. An offer is not an interview: no timing apology is owed.
import type { Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { referral } from '../phrases/closing-lines';
import { passItOn } from '../phrases/decisions';
import { followingUp } from '../phrases/plan';
import { theRoleAt } from '../phrases/role';
import { led, paragraph, paragraphs, say, sentence } from '../prose';
import { reasonForOffer } from '../reasons';

export const declineOffer: Template = {
  channel: 'email',
  write(context) {
    const { lead, opener } = followingUp(context, 'written');
    const door = context.fields.keepDoorOpen
      ? say(context, "I'd be glad to stay in touch, and I hope our paths cross again.", 'I would be glad to stay in touch, and I hope our paths cross again.')
      : say(context, 'I wish you and the team all the best.', 'I wish you and the team every success.');
    const body = paragraphs(
      greeting(context),
      paragraph(
        opener,
        sentence(say(context, `Thank you for offering me ${theRoleAt(context)}`, `Thank you for offering me ${theRoleAt(context)}`)),
        led(lead, say(context, "I've decided not to accept it.", 'I have decided not to accept it.')),
        reasonForOffer(context),
        passItOn(context),
      ),
      paragraph(say(context, 'Thank you for your time throughout the process.', 'Thank you for your time throughout the process.'), door, referral(context)),
      signOff(context),
    );
    return { subject: subjectLine(context, say(context, 'Your job offer', 'Your offer of employment'), { withDate: false }), body };
  },
};
