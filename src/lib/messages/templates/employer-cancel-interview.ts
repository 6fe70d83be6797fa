// An employer cancels or moves a candidate's interview. Moving offers concrete times, so the
// candidate can answer in one reply; cancelling says what happens next. Either way: the reason in a
// line, one apology, an offer to answer questions, and travel costs when travel was booked.
import type { Template } from '../context';
import {
  employerApology,
  employerDoor,
  followingUp,
  greeting,
  onWhen,
  questionsOffer,
  reopenSentence,
  signOff,
  subjectLine,
  theRoleAt,
  timesOffer,
  travelCosts,
  writtenBy,
} from '../phrases';
import { led, paragraph, paragraphs, say } from '../prose';
import { employerAction, employerReason } from '../reasons';

export const employerCancelInterview: Template = {
  title: 'Cancelling or moving an interview',
  channel: 'email',
  write(context) {
    const isMoving = employerAction(context) === 'move-interview';
    const { lead, opener } = followingUp(context, 'written');
    const verb = isMoving ? 'move' : 'cancel';
    const decision = led(lead, say(context, `we need to ${verb} your interview for ${theRoleAt(context)}${onWhen(lead || opener ? context.interview?.single : context.interview?.full)}`, `we need to ${verb === 'move' ? 'reschedule' : 'cancel'} your interview for ${theRoleAt(context)}${onWhen(lead || opener ? context.interview?.single : context.interview?.full)}`));
    const body = isMoving
      ? paragraphs(
          greeting(context),
          paragraph(opener, decision, employerReason(context, 'moving'), employerApology(context), say(context, "We'd still like to meet you.", 'We still look forward to meeting you.')),
          timesOffer(context, 'employer'),
          paragraph(travelCosts(context), questionsOffer(context), say(context, 'Thank you for your interest in joining us.', 'Thank you for your interest in joining us.')),
          signOff(context, { withCompany: true }),
        )
      : paragraphs(
          greeting(context),
          paragraph(opener, decision, employerReason(context, 'stopping'), employerApology(context)),
          paragraph(reopenSentence(context) ?? say(context, "You don't need to do anything more.", 'There is nothing further you need to do.'), travelCosts(context), questionsOffer(context)),
          paragraph(say(context, 'Thank you for your interest in joining us.', 'Thank you for your interest in joining us.'), employerDoor(context)),
          signOff(context, { withCompany: true }),
        );
    const label = isMoving
      ? say(context, 'A new time for your interview', 'Rescheduling your interview')
      : say(context, 'Change to your interview', 'Change to your interview');
    // Sent by text (the plan has no email address), it has no subject line.
    return writtenBy(context) === 'text' ? { body } : { subject: subjectLine(context, label, { from: 'company' }), body };
  },
};
