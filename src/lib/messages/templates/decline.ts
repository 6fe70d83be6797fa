// Turns down an invitation before anything is booked: a clear no, thanks, and the door left open.
import type { Template } from '../context';
import { candidateNews } from '../news';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { candidateDoor, referral } from '../phrases/closing-lines';
import { subjectUnlessNoContact } from '../phrases/plan';
import { paragraph, paragraphs, say } from '../prose';

export const decline: Template = {
  channel: 'email',
  write(context) {
    const news = candidateNews(context, { medium: 'written', when: context.interview, action: 'decline' });
    const body = paragraphs(
      greeting(context),
      paragraph(...news.sentences),
      paragraph(say(context, 'Thank you for thinking of me.', 'Thank you for considering me.'), candidateDoor(context), referral(context)),
      signOff(context),
    );
    return { ...subjectUnlessNoContact(context, subjectLine(context, say(context, 'Declining your interview invitation', 'Declining interview invitation'))), body };
  },
};
