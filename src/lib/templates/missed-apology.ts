// After a missed interview: one clear apology, the reason in a line, then either a request for
// another chance or a clean withdrawal. Repeating the apology would make the reader comfort the writer.
import {
  candidateDoor,
  greeting,
  isSteppingAway,
  onWhen,
  paragraph,
  paragraphs,
  present,
  reasonForMissing,
  say,
  sentence,
  signOff,
  subjectLine,
  theRole,
  theRoleAt,
  type Template,
} from '../wording';
import { timesOffer } from './reschedule';

export const missedApology: Template = {
  title: 'Apology for a missed interview',
  channel: 'email',
  write(context) {
    const when = context.interview?.full;
    const reason = context.fields.reason;
    const saysWhyNoWarning = present(context.fields.reasonLine) !== undefined || reason === 'emergency' || reason === 'illness';
    const opening = paragraph(
      sentence(
        say(
          context,
          `I missed our interview for ${theRoleAt(context)}${onWhen(when)}, and I'm sorry`,
          `I apologise for missing our interview for ${theRoleAt(context)}${onWhen(when)}`,
        ),
      ),
      reasonForMissing(context),
      // Emergency and illness already say why no one was told.
      !saysWhyNoWarning && 'I should have let you know beforehand.',
    );
    const body = isSteppingAway(context)
      ? paragraphs(
          greeting(context),
          opening,
          paragraph(
            say(context, "I've also decided to withdraw my application.", 'I have also decided to withdraw my application.'),
            'Thank you for the time you set aside for me.',
            candidateDoor(context),
          ),
          signOff(context),
        )
      : paragraphs(
          greeting(context),
          opening,
          paragraph(
            sentence(
              say(
                context,
                `I'm still very keen on ${theRole(context)}, and I'd be grateful for the chance to reschedule if you're open to it`,
                `I remain very interested in ${theRole(context)} and would be grateful for the opportunity to reschedule, should you be willing`,
              ),
            ),
          ),
          timesOffer(context),
          say(context, 'Thank you for considering it.', 'Thank you for your consideration.'),
          signOff(context),
        );
    return { subject: subjectLine(context, say(context, 'About our missed interview', 'Regarding the missed interview')), body };
  },
};
