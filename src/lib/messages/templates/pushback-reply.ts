// When a recruiter asks the person to reconsider: thanks for the effort, the decision restated once,
// and only the brief reason already given, since each new reason invites another counter-argument.
import type { Context, Template } from '../context';
import { greeting, signOff } from '../phrases/address';
import { missedApologyLine, shortNoticeApology } from '../phrases/apologies';
import { candidateDoor } from '../phrases/closing-lines';
import { passItOn } from '../phrases/decisions';
import { theRoleAt } from '../phrases/role';
import { paragraph, paragraphs, say, sentence } from '../prose';
import { isMissed, reasonForLeaving } from '../reasons';

function decisionStands(context: Context): string {
  // After a missed interview the apology has named the role already.
  const role = isMissed(context) ? say(context, 'the role', 'the position') : theRoleAt(context);
  const lead = say(context, "I've thought it over carefully, and my decision stands", 'I have considered it carefully, and my decision stands');
  switch (context.fields.wish) {
    case 'cancel':
      return sentence(say(context, `${lead}: I'm cancelling my interview for ${role}`, `${lead}: I am cancelling my interview for ${role}`));
    case 'decline':
      return sentence(say(context, `${lead}: I'm declining the interview for ${role}`, `${lead}: I am declining the interview for ${role}`));
    default:
      return sentence(say(context, `${lead}: I'm withdrawing my application for ${role}`, `${lead}: I am withdrawing my application for ${role}`));
  }
}

export const pushbackReply: Template = {
  channel: 'email',
  write(context) {
    const body = paragraphs(
      greeting(context),
      paragraph(
        isMissed(context) && missedApologyLine(context),
        say(context, "Thank you for getting back to me, and for the time you've put into this.", 'Thank you for your reply and for your continued interest in my application.'),
        decisionStands(context),
        reasonForLeaving(context),
        shortNoticeApology(context),
        passItOn(context),
      ),
      candidateDoor(context),
      signOff(context),
    );
    return { body, notes: ['Reply in the same email thread, so they have the earlier messages to hand.'] };
  },
};
