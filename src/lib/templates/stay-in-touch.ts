// A short note after stepping away that keeps the contact warm. It fits a LinkedIn connection
// note, which allows 300 characters, and works as an email too.
import {
  characterLength,
  candidateAction,
  companyOr,
  fitWithin,
  greeting,
  paragraph,
  paragraphs,
  say,
  sentence,
  signOff,
  theRoleAt,
  type Context,
  type Template,
} from '../wording';

export const LINKEDIN_NOTE_LIMIT = 300;

function lookingBack(context: Context): string {
  const learnt = say(context, `I enjoyed learning about ${companyOr(context, 'your team')}`, `I valued learning about ${companyOr(context, 'your team')}`);
  switch (candidateAction(context)) {
    case 'decline':
      return sentence(`Although I declined the interview, ${learnt}`);
    case 'withdraw':
      return sentence(`Although I withdrew from the process, ${learnt}`);
    case 'reschedule':
      return sentence(say(context, `Although I couldn't go ahead this time, ${learnt}`, `Although I could not go ahead this time, ${learnt}`));
    default:
      return sentence(`Although I cancelled our interview, ${learnt}`);
  }
}

function write(context: Context, withRole: boolean): string {
  const thanks = withRole
    ? sentence(`Thank you again for your time and for telling me about ${theRoleAt(context)}`)
    : 'Thank you again for your time.';
  const door = context.fields.keepDoorOpen
    ? say(context, "I'd like to stay in touch, and I'd be glad to hear about future openings.", 'I would like to stay in touch and would be glad to hear about future openings.')
    : say(context, 'I wish you and the team all the best.', 'I wish you and the team every success.');
  return paragraphs(greeting(context), paragraph(thanks, lookingBack(context), door), signOff(context, { withContact: false }));
}

export const stayInTouch: Template = {
  title: 'Stay-in-touch note',
  channel: 'linkedin',
  write(context) {
    const body = fitWithin(LINKEDIN_NOTE_LIMIT, characterLength, [write(context, true), write(context, false)]);
    return {
      subject: say(context, 'Thank you, and staying in touch', 'Thank you, and keeping in touch'),
      body,
      notes: [`LinkedIn connection notes allow up to ${LINKEDIN_NOTE_LIMIT} characters, and fewer on some free accounts.`],
    };
  },
};
