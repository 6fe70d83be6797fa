// Asks for a new time while making clear the person still wants the role, unless their reason says
// they may not (another offer, doubts): then it asks honestly, with no claim of keenness.
import type { Template } from '../context';
import { candidateNews } from '../news';
import { hasReasonToStepAway } from '../reasons';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { subjectUnlessNoContact } from '../phrases/plan';
import { timesOffer } from '../phrases/times';
import { paragraph, paragraphs, say } from '../prose';

export const reschedule: Template = {
  channel: 'email',
  write(context) {
    const news = candidateNews(context, { medium: 'written', when: context.interview, action: 'reschedule' });
    const body = paragraphs(
      greeting(context),
      // After a missed interview the news already says so.
      paragraph(...news.sentences, news.isAsking && !news.missed && !hasReasonToStepAway(context) && say(context, "I'm still very keen on the role.", 'I remain very interested in the position.')),
      news.offersTimes ? timesOffer(context) : undefined,
      say(context, 'Thank you for arranging the interview.', 'Thank you for arranging the interview.'),
      signOff(context),
    );
    return { ...subjectUnlessNoContact(context, subjectLine(context, say(context, 'Rescheduling request', 'Request to reschedule interview'))), body };
  },
};
