// An employer takes back an interview invitation. The candidate did nothing wrong, so the message
// says why in a line, whether the role may come back, and keeps their goodwill.
import {
  employerBecause,
  employerDoor,
  greeting,
  onWhen,
  ownReason,
  paragraph,
  paragraphs,
  reopenSentence,
  say,
  sentence,
  signOff,
  subjectLine,
  theRoleAt,
  type Template,
} from '../wording';

export const employerWithdrawInvitation: Template = {
  title: 'Withdrawing an interview invitation',
  channel: 'email',
  write(context) {
    const own = ownReason(context);
    const because = own ? undefined : employerBecause(context);
    const reason = context.fields.reason;
    const isAboutTheRole = reason === 'role-on-hold' || reason === 'role-changed' || reason === 'interviewer-unavailable';
    const when = context.interview?.full;
    const body = paragraphs(
      greeting(context),
      paragraph(
        sentence(
          say(
            context,
            `Thank you for your interest in ${theRoleAt(context)} and for the time you've put into your application`,
            `Thank you for your interest in ${theRoleAt(context)} and for the time you have invested in your application`,
          ),
        ),
        sentence(
          say(
            context,
            `I'm sorry to tell you that we're withdrawing our invitation to interview${onWhen(when)}${because ? `, because ${because}` : ''}`,
            `I am sorry to tell you that we are withdrawing our invitation to interview${onWhen(when)}${because ? `, because ${because}` : ''}`,
          ),
        ),
        own,
        isAboutTheRole && say(context, "This is about the role, not about your application.", 'This decision concerns the role, not your application.'),
      ),
      paragraph(reopenSentence(context), employerDoor(context)),
      signOff(context, { withCompany: true }),
    );
    const notes = context.fields.mayReopen === undefined && reason !== 'role-on-hold'
      ? ['Say whether the role may reopen, and the message will tell the candidate.']
      : [];
    return { subject: subjectLine(context, say(context, 'Update on your interview invitation', 'Regarding your interview invitation'), { from: 'company' }), body, notes };
  },
};
