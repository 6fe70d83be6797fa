// A short note after stepping away that keeps the contact warm. It fits a LinkedIn connection note
// and works as an email too. It thanks them for a meeting only when one took place.
import type { Context, Template } from '../context';
import { greeting, signOff } from '../phrases/address';
import { shortNoticeApology } from '../phrases/apologies';
import { hasMet, theRoleAt } from '../phrases/role';
import { paragraph, paragraphs, say, sentence } from '../prose';
import { isMissed } from '../reasons';
import { LINKEDIN_NOTE_LIMIT, fitChannel } from '../text-length';

/**
 * What the person did, said plainly once: the note is read on its own, weeks later. Only what they
 * said they did: with no wish chosen (the employer may have been the one to cancel, or turned them
 * down after a round they went to), only what is true whoever called it off.
 */
function lookingBack(context: Context): string {
  switch (context.fields.wish) {
    case 'decline':
      return say(context, 'Although I declined the interview', 'Although I declined the interview');
    case 'withdraw':
      return say(context, 'Although I withdrew from the process', 'Although I withdrew from the process');
    case 'reschedule':
      return say(context, "Although I couldn't go ahead this time", 'Although I could not go ahead this time');
    case 'cancel':
      return say(context, 'Although I cancelled our interview', 'Although I cancelled our interview');
    default:
      // After a meeting, "the interview isn't going ahead" would be untrue: it went ahead.
      return hasMet(context)
        ? say(context, "Although it didn't work out this time", 'Although it did not work out this time')
        : say(context, "Although the interview isn't going ahead this time", 'Although the interview is not going ahead this time');
  }
}

function write(context: Context, withRole: boolean): string {
  // The plan's one apology: for missing the interview, first, or for short notice.
  const missed = isMissed(context) && say(context, "I'm sorry I missed our interview.", 'I apologise for missing our interview.');
  const thanks = withRole && !missed
    ? sentence(say(context, `Thank you again for thinking of me for ${theRoleAt(context)}`, `Thank you again for considering me for ${theRoleAt(context)}`))
    : say(context, 'Thank you again for thinking of me.', 'Thank you again for considering me.');
  const met = hasMet(context) && say(context, 'I enjoyed meeting the team.', 'I valued meeting the team.');
  const since = missed ? '' : `${lookingBack(context)}, `;
  const door = context.fields.keepDoorOpen
    ? sentence(say(context, `${since}I'd like to stay in touch and hear about future openings`, `${since}I would like to stay in touch and hear about future openings`))
    : sentence(say(context, `${since}I wish you and the team all the best`, `${since}I wish you and the team every success`));
  return paragraphs(greeting(context), paragraph(missed, thanks, met, shortNoticeApology(context), door), signOff(context, { withContact: false }));
}

export const stayInTouch: Template = {
  channel: 'linkedin',
  write(context) {
    const body = fitChannel('linkedin', [write(context, true), write(context, false)]);
    return {
      subject: say(context, 'Thank you, and staying in touch', 'Thank you, and keeping in touch'),
      body,
      notes: [`LinkedIn connection notes allow up to ${LINKEDIN_NOTE_LIMIT} characters, and fewer on some free accounts.`],
    };
  },
};
