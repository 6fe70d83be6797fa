// An employer cancels or moves a candidate's interview. Moving offers concrete times, so the
// candidate can answer in one reply; cancelling says what happens next. Either way: the reason in a
// line, one apology, an offer to answer questions, and travel costs when travel was booked. After
// the employer missed the interview, the one apology is for missing it, first thing.
import type { Context, Draft, Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { employerApology, employerMissedLine, noOtherTime } from '../phrases/apologies';
import { employerDoor, questionsOffer, reopenSentence, travelCosts } from '../phrases/closing-lines';
import { askWhoToContact, followingUp, isWithoutContact, writtenBy } from '../phrases/plan';
import { onWhen, theRoleAt } from '../phrases/role';
import { timesOffer } from '../phrases/times';
import { led, paragraph, paragraphs, say } from '../prose';
import { employerAction, employerOffersAnotherTime, employerReason, isMissed } from '../reasons';

/** Sent by text (the plan has no email address), or the way they reached the candidate, it has no subject line. */
export const hasNoSubject = (context: Context): boolean => writtenBy(context) === 'text' || isWithoutContact(context);

const stillToMeet = (context: Context): string => say(context, "We'd still like to meet you.", 'We still look forward to meeting you.');
const thanksForInterest = (context: Context): string => say(context, 'Thank you for your interest in joining us.', 'Thank you for your interest in joining us.');
const nothingMore = (context: Context): string => say(context, "You don't need to do anything more.", 'There is nothing further you need to do.');

/** The time has passed and the employer missed it: sorry for that, first thing, then new times (or, if they chose, none). */
function afterMissing(context: Context): Draft {
  const isMoving = employerOffersAnotherTime(context);
  const body = isMoving
    ? paragraphs(
        greeting(context),
        paragraph(employerMissedLine(context), employerReason(context, 'missing'), stillToMeet(context)),
        timesOffer(context, 'employer'),
        paragraph(travelCosts(context), askWhoToContact(context, 'employer'), questionsOffer(context), say(context, 'Thank you for your patience.', 'Thank you for your patience.')),
        signOff(context, { withCompany: true }),
      )
    : paragraphs(
        greeting(context),
        paragraph(employerMissedLine(context), employerReason(context, 'missing') ?? employerReason(context, 'stopping'), noOtherTime(context)),
        paragraph(reopenSentence(context) ?? nothingMore(context), travelCosts(context), askWhoToContact(context, 'employer'), questionsOffer(context)),
        paragraph(thanksForInterest(context), employerDoor(context)),
        signOff(context, { withCompany: true }),
      );
  // The date in the subject is the one that passed: a new time's subject leaves it out.
  const subject = isMoving
    ? subjectLine(context, say(context, 'A new time for your interview', 'Rescheduling your interview'), { from: 'company', withDate: false })
    : subjectLine(context, say(context, 'About your interview', 'Regarding your interview'), { from: 'company' });
  return hasNoSubject(context) ? { body } : { subject, body };
}

export const employerCancelInterview: Template = {
  channel: 'email',
  write(context) {
    if (isMissed(context)) return afterMissing(context);
    const isMoving = employerAction(context) === 'move-interview';
    const { lead, opener } = followingUp(context, 'written');
    const verb = isMoving ? 'move' : 'cancel';
    const decision = led(lead, say(context, `we need to ${verb} your interview for ${theRoleAt(context)}${onWhen(lead || opener ? context.interview?.single : context.interview?.full)}`, `we need to ${verb === 'move' ? 'reschedule' : 'cancel'} your interview for ${theRoleAt(context)}${onWhen(lead || opener ? context.interview?.single : context.interview?.full)}`));
    const body = isMoving
      ? paragraphs(
          greeting(context),
          paragraph(opener, decision, employerReason(context, 'moving'), employerApology(context), stillToMeet(context)),
          timesOffer(context, 'employer'),
          paragraph(travelCosts(context), askWhoToContact(context, 'employer'), questionsOffer(context), thanksForInterest(context)),
          signOff(context, { withCompany: true }),
        )
      : paragraphs(
          greeting(context),
          paragraph(opener, decision, employerReason(context, 'stopping'), employerApology(context)),
          paragraph(reopenSentence(context) ?? nothingMore(context), travelCosts(context), askWhoToContact(context, 'employer'), questionsOffer(context)),
          paragraph(thanksForInterest(context), employerDoor(context)),
          signOff(context, { withCompany: true }),
        );
    const label = isMoving
      ? say(context, 'A new time for your interview', 'Rescheduling your interview')
      : say(context, 'Change to your interview', 'Change to your interview');
    return hasNoSubject(context) ? { body } : { subject: subjectLine(context, label, { from: 'company' }), body };
  },
};
