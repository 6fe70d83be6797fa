// Cancels one interview outright: the decision, a short reason if one was given, thanks, good wishes.
import type { Template } from '../context';
import { candidateNews } from '../news';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { candidateDoor, referral } from '../phrases/closing-lines';
import { subjectUnlessNoContact } from '../phrases/plan';
import { paragraph, paragraphs, say } from '../prose';

export const cancel: Template = {
  channel: 'email',
  write(context) {
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
