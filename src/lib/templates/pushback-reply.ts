// When a recruiter asks the person to reconsider: thanks for the effort, the decision restated once,
// and only the brief reason already given, since each new reason invites another counter-argument.
import {
  candidateDoor,
  greeting,
  paragraph,
  paragraphs,
  reasonForLeaving,
  say,
  sentence,
  signOff,
  theRoleAt,
  type Context,
  type Template,
} from '../wording';

function decisionStands(context: Context): string {
  const role = theRoleAt(context);
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
  title: 'Reply if the recruiter pushes back',
  channel: 'email',
  write(context) {
    const body = paragraphs(
      greeting(context),
      paragraph(
        say(context, "Thank you for getting back to me, and for the time you've put into this.", 'Thank you for your reply and for your continued interest in my application.'),
        decisionStands(context),
        reasonForLeaving(context),
      ),
      paragraph('I appreciate your understanding.', candidateDoor(context)),
      signOff(context),
    );
    return { body, notes: ['Reply in the same email thread, so they have the earlier messages to hand.'] };
  },
};
