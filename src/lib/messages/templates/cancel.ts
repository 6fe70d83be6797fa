// Cancels one interview outright: the decision, a short reason if one was given, thanks, good wishes.
// Once the time has passed there is nothing left to cancel: it is the apology for missing it, which
// takes the person's route, or with none chosen asks, like every other message of the set.
import type { Template } from '../context';
import { candidateNews } from '../news';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { candidateDoor, referral } from '../phrases/closing-lines';
import { subjectUnlessNoContact } from '../phrases/plan';
import { paragraph, paragraphs, say } from '../prose';
import { isMissed } from '../reasons';
import { missedApology } from './missed-apology';

export const cancel: Template = {
  channel: 'email',
  write(context) {
    if (isMissed(context)) return missedApology.write(context);
    const news = candidateNews(context, { medium: 'written', when: context.interview, action: 'cancel' });
    const body = paragraphs(
      greeting(context),
      paragraph(...news.sentences),
      paragraph(say(context, 'Thank you for inviting me, and for your time.', 'Thank you for the invitation and for your time.'), candidateDoor(context), referral(context)),
      signOff(context),
    );
    return { ...subjectUnlessNoContact(context, subjectLine(context, say(context, 'Cancelling my interview', 'Interview cancellation'))), body };
  },
};
