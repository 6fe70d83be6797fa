// An employer takes back an interview invitation. The candidate did nothing wrong, so the message
// gives the reason in a line, apologises once, says what happens next, offers to answer questions
// and, when travel was booked, says the costs are covered and how to claim.
import type { Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { employerApology } from '../phrases/apologies';
import { employerDoor, questionsOffer, reopenSentence, travelCosts } from '../phrases/closing-lines';
import { askWhoToContact, followingUp } from '../phrases/plan';
import { onWhen, theRoleAt } from '../phrases/role';
import { led, paragraph, paragraphs, say, sentence } from '../prose';
import { employerReason, isMissed } from '../reasons';
import { employerCancelInterview, hasNoSubject } from './employer-cancel-interview';

export const employerWithdrawInvitation: Template = {
  channel: 'email',
  write(context) {
    // Once the employer has missed the interview, the apology for that is the news, first thing.
    if (isMissed(context)) return employerCancelInterview.write(context);
    const reason = context.fields.reason;
    const { lead, opener } = followingUp(context, 'written');
    const isAboutTheRole = reason === 'role-on-hold' || reason === 'role-changed' || reason === 'interviewer-unavailable';
    const next = reopenSentence(context) ?? say(context, "You don't need to do anything more.", 'There is nothing further you need to do.');
    const body = paragraphs(
      greeting(context),
      paragraph(
        opener,
        sentence(say(context, `Thank you for your interest in ${theRoleAt(context)}`, `Thank you for your interest in ${theRoleAt(context)}`)),
        led(lead, say(context, `we're withdrawing our invitation to interview${onWhen(lead || opener ? context.interview?.single : context.interview?.full)}`, `we are withdrawing our invitation to interview${onWhen(lead || opener ? context.interview?.single : context.interview?.full)}`)),
        employerReason(context, 'stopping'),
        employerApology(context),
        isAboutTheRole && say(context, 'This decision has nothing to do with your application.', 'This decision does not reflect on your application.'),
      ),
      paragraph(next, travelCosts(context), askWhoToContact(context, 'employer'), questionsOffer(context)),
      employerDoor(context),
      signOff(context, { withCompany: true }),
    );
    const notes = context.fields.mayReopen === undefined && reason !== 'role-on-hold'
      ? ['Say whether the role may reopen, and the message will tell the candidate.']
      : [];
    if (hasNoSubject(context)) return { body, notes };
    return { subject: subjectLine(context, say(context, 'Update on your interview invitation', 'Regarding your interview invitation'), { from: 'company' }), body, notes };
  },
};
