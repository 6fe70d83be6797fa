// Leaves the whole process, written to the recruiter, who passes it on to the hiring manager.
import {
  candidateDoor,
  greeting,
  paragraph,
  paragraphs,
  present,
  reasonForLeaving,
  referral,
  say,
  sentence,
  signOff,
  subjectLine,
  theRoleAt,
  type Context,
  type Template,
} from '../wording';

/** Asks the recruiter to tell the hiring manager, unless the message is going to the hiring manager. */
function tellHiringManager(context: Context): string | undefined {
  if (/hiring manager/iu.test(context.fields.recipientRole ?? '')) return undefined;
  const manager = present(context.fields.hiringManagerName);
  if (manager) {
    return sentence(
      say(context, `Could you please let ${manager} know as well, and pass on my thanks?`, `I would be grateful if you could let ${manager} know as well and pass on my thanks`),
    );
  }
  return say(context, 'Could you please let the hiring manager know as well?', 'I would be grateful if you could let the hiring manager know as well.');
}

export const withdraw: Template = {
  title: 'Withdrawal from the process',
  channel: 'email',
  write(context) {
    const when = context.interview?.full;
    const body = paragraphs(
      greeting(context),
      paragraph(
        sentence(`Thank you for your help and your time throughout the process for ${theRoleAt(context)}`),
        say(context, "I'm writing to withdraw my application.", 'I am writing to withdraw my application.'),
        reasonForLeaving(context),
        when && sentence(say(context, `That means I won't be at the interview on ${when}`, `I will therefore not attend the interview on ${when}`)),
      ),
      paragraph(tellHiringManager(context), candidateDoor(context), referral(context)),
      signOff(context),
    );
    return { subject: subjectLine(context, say(context, 'Withdrawing my application', 'Withdrawal of application'), { withDate: false }), body };
  },
};
