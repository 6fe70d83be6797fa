// Backs out of an offer already accepted. It says so plainly and early, apologises once, gives a
// reason only if the person gave one, and offers to sort out whatever the acceptance set in motion.
import type { Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { passItOn } from '../phrases/decisions';
import { followingUp } from '../phrases/plan';
import { theRoleAt } from '../phrases/role';
import { led, paragraph, paragraphs, say } from '../prose';
import { reasonForOffer } from '../reasons';

export const renegeOffer: Template = {
  channel: 'email',
  write(context) {
    const { lead, opener } = followingUp(context, 'written');
    // One apology, for backing out. The plan's notice is the interview's, and an offer comes after
    // it, so no band says how short this notice is: none is claimed.
    const sorry = say(context, "I'm sorry to tell you", 'I am sorry to tell you');
    const body = paragraphs(
      greeting(context),
      paragraph(
        opener,
        led(lead, say(context, `${sorry} that I can no longer take up ${theRoleAt(context)}`, `${sorry} that I am no longer able to take up ${theRoleAt(context)}`)),
        reasonForOffer(context),
        // Not "as soon as I'd decided": when they decided is not something the person told us.
        say(context, 'I know I accepted it, and I wanted you to hear this from me.', 'I know I accepted it, and I wanted you to hear this from me.'),
        passItOn(context),
      ),
      paragraph(
        say(context, "If there's anything I need to return or sign, please let me know.", 'If there is anything I need to return or sign, please let me know.'),
        say(context, 'Thank you for the offer, and for your time.', 'Thank you for the offer and for your time.'),
        context.fields.keepDoorOpen && say(context, 'I hope we can stay in touch.', 'I hope we may stay in touch.'),
      ),
      signOff(context),
    );
    return { subject: subjectLine(context, say(context, 'About my offer', 'Regarding my offer of employment'), { withDate: false }), body };
  },
};
