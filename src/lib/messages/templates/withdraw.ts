// Leaves the whole process, written to the recruiter, who passes it on to the hiring manager.
import { present, type Context, type Template } from '../context';
import { candidateNews } from '../news';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { candidateDoor, referral } from '../phrases/closing-lines';
import { passItOn } from '../phrases/decisions';
import { askWhoToContact, subjectUnlessNoContact } from '../phrases/plan';
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
  channel: 'email',
  write(context) {
    const news = candidateNews(context, { medium: 'written', when: undefined, action: 'withdraw' });
    const when = isMissed(context) ? undefined : context.interview?.full;
    const missing = when && sentence(say(context, `That means I won't be at the interview on ${when}`, `I will therefore not attend the interview on ${when}`));
    // What the news means for the interview follows the news itself, before any ask of the reader
    // (an agency's "Could you let Acme know?", or who to contact): the ask then covers both.
    const asks = [passItOn(context), askWhoToContact(context)];
    const split = news.sentences.findIndex((line) => asks.includes(line));
    const told = split < 0 ? news.sentences : news.sentences.slice(0, split);
    const asked = split < 0 ? [] : news.sentences.slice(split);
    const body = paragraphs(
      greeting(context),
      paragraph(...told, missing, ...asked),
      paragraph(tellHiringManager(context), say(context, 'Thank you for your help throughout the process.', 'Thank you for your help throughout the process.'), candidateDoor(context), referral(context)),
      signOff(context),
    );
    return { ...subjectUnlessNoContact(context, subjectLine(context, say(context, 'Withdrawing my application', 'Withdrawal of application'), { withDate: false })), body };
  },
};
