// Leaves the whole process, written to the recruiter, who passes it on to the hiring manager.
import { present, type Context, type Template } from '../context';
import { candidateNews } from '../news';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { candidateDoor, referral } from '../phrases/closing-lines';
import { subjectUnlessNoContact } from '../phrases/plan';
import { paragraph, paragraphs, say, sentence } from '../prose';
import { isMissed } from '../reasons';

/** Asks the recruiter to tell the hiring manager, unless the message is going to the hiring manager. */
function tellHiringManager(context: Context): string | undefined {
  // To an agency recruiter the news already asks them to tell the employer: one ask is enough.
  if (context.fields.throughAgency === true || /hiring manager/iu.test(context.fields.recipientRole ?? '')) return undefined;
  const manager = present(context.fields.hiringManagerName);
  if (manager) {
    return sentence(say(context, `Could you please let ${manager} know as well?`, `I would be grateful if you could let ${manager} know as well`));
  }
  return say(context, 'Could you please let the hiring manager know as well?', 'I would be grateful if you could let the hiring manager know as well.');
}

export const withdraw: Template = {
  title: 'Withdrawal from the process',
  channel: 'email',
  write(context) {
    const news = candidateNews(context, { medium: 'written', when: undefined, action: 'withdraw' });
    const when = isMissed(context) ? undefined : context.interview?.full;
    const body = paragraphs(
      greeting(context),
      paragraph(...news.sentences, when && sentence(say(context, `That means I won't be at the interview on ${when}`, `I will therefore not attend the interview on ${when}`))),
      paragraph(tellHiringManager(context), say(context, 'Thank you for your help throughout the process.', 'Thank you for your help throughout the process.'), candidateDoor(context), referral(context)),
      signOff(context),
    );
    return { ...subjectUnlessNoContact(context, subjectLine(context, say(context, 'Withdrawing my application', 'Withdrawal of application'), { withDate: false })), body };
  },
};
