// To a candidate who did not come to the interview: no blame (something may have gone wrong), a
// hope that all is well, and either another time or a clear close, so neither side is left waiting.
import type { Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { theRoleAt } from '../phrases/role';
import { timesOffer } from '../phrases/times';
import { paragraph, paragraphs, say, sentence } from '../prose';
import { employerAction } from '../reasons';

export const employerNoShow: Template = {
  channel: 'email',
  write(context) {
    const offersAnotherTime = context.proposed.length > 0 || employerAction(context) === 'move-interview';
    const next = offersAnotherTime
      ? paragraphs(say(context, "If you'd still like to interview, we can offer another time.", 'Should you still wish to interview, we can offer another time.'), timesOffer(context, 'employer'))
      : context.fields.keepDoorOpen
        ? say(context, "If you'd still like to interview, reply and we'll see what we can arrange.", 'Should you still wish to interview, please reply and we will see what we can arrange.')
        : say(context, "If we don't hear from you, we'll close your application.", 'If we do not hear from you, we will close your application.');
    const body = paragraphs(
      greeting(context),
      paragraph(
        sentence(say(context, `We had your interview for ${theRoleAt(context)} booked${context.interview ? ` for ${context.interview.full}` : ''}`, `Your interview for ${theRoleAt(context)} was booked${context.interview ? ` for ${context.interview.full}` : ''}`)),
        say(context, "We weren't able to meet, and I hope everything is all right.", 'We were not able to meet, and I hope all is well.'),
      ),
      next,
      say(context, 'Thank you for your interest in joining us.', 'Thank you for your interest in joining us.'),
      signOff(context, { withCompany: true }),
    );
    return { subject: subjectLine(context, say(context, 'Your interview', 'Your interview'), { from: 'company' }), body };
  },
};
