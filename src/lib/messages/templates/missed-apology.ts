// After a missed interview: one apology first, the reason in a line, then the decision (another
// chance asked for, or a clean withdrawal) and thanks. A second apology would make the reader comfort the writer.
import { present, type Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { missedApologyLine } from '../phrases/apologies';
import { candidateDoor } from '../phrases/closing-lines';
import { missedDecision, passItOn } from '../phrases/decisions';
import { askWhoToContact, subjectUnlessNoContact } from '../phrases/plan';
import { timesOffer } from '../phrases/times';
import { paragraph, paragraphs, say } from '../prose';
import { missedAction, reasonForMissing } from '../reasons';

export const missedApology: Template = {
  channel: 'email',
  write(given) {
    // This kind is about a missed interview whatever the plan says: no short-notice apology, no thanks for meeting.
    const context = { ...given, step: { ...given.step, after: given.step?.after ?? 'nothing', set: given.step?.set ?? [], notice: 'missed' as const } };
    const reason = context.fields.reason;
    const action = missedAction(context);
    const reasonLine = reasonForMissing(context, action);
    // Emergency and illness already say why no one was told.
    const saysWhyNoWarning = present(context.fields.reasonLine) !== undefined || reason === 'emergency' || reason === 'illness';
    const opening = paragraph(missedApologyLine(context), reasonLine, !saysWhyNoWarning && say(context, 'I should have let you know beforehand.', 'I should have informed you beforehand.'));
    const body = action === 'withdraw'
      ? paragraphs(
          greeting(context),
          opening,
          paragraph(missedDecision(context, action), passItOn(context, action), askWhoToContact(context), say(context, 'Thank you for the time you set aside for me.', 'Thank you for the time you set aside for me.'), candidateDoor(context)),
          signOff(context),
        )
      : paragraphs(
          greeting(context),
          opening,
          paragraph(missedDecision(context, action), passItOn(context, action), askWhoToContact(context)),
          // With no route chosen, times typed are offered; none typed, the question alone asks.
          (action === 'reschedule' || context.proposed.length > 0) && timesOffer(context),
          say(context, 'Thank you for considering it.', 'Thank you for your consideration.'),
          signOff(context),
        );
    const subject = subjectUnlessNoContact(context, subjectLine(context, say(context, 'About our missed interview', 'Regarding the missed interview')));
    // Until the person picks a route, the message promises neither: it only asks.
    return action === 'ask'
      ? { ...subject, body, notes: ['This asks whether another time is possible and promises nothing yet. Choose to ask for another time or to withdraw, and the messages change to match.'] }
      : { ...subject, body };
  },
};
