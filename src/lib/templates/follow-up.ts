// Puts a phone call in writing when no one picked up, so the decision is on record and easy to forward.
import {
  candidateAction,
  candidateDecision,
  candidateDoor,
  candidateReason,
  greeting,
  paragraph,
  paragraphs,
  say,
  signOff,
  subjectLine,
  type Template,
} from '../wording';
import { timesOffer } from './reschedule';

export const followUp: Template = {
  title: 'Follow-up email after your call',
  channel: 'email',
  write(context) {
    const action = candidateAction(context);
    const isMoving = action === 'reschedule';
    const body = paragraphs(
      greeting(context),
      paragraph(
        say(context, 'I tried to reach you by phone earlier and wanted to follow up in writing.', 'I tried to reach you by telephone earlier and am following up in writing.'),
        candidateDecision(context, action, context.interview?.full),
        candidateReason(context, action),
      ),
      isMoving && timesOffer(context),
      isMoving
        ? say(context, 'Thank you for your flexibility.', 'Thank you for your understanding.')
        : paragraph(say(context, 'Thank you for your time and for thinking of me.', 'Thank you for your time and consideration.'), candidateDoor(context)),
      signOff(context),
    );
    return {
      subject: subjectLine(context, say(context, 'Following up on my call', 'Follow-up to my telephone call')),
      body,
      notes: ["If you didn't leave a voicemail, this email still reads correctly: it only says you tried to call."],
    };
  },
};
