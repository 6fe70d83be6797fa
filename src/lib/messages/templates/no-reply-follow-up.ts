// A second email when the first has had no reply: it asks whether it arrived, restates the news in
// a line (a forwarded copy must stand alone), and asks for a short acknowledgement. Its note gives
// the rulebook's chase time and the rule that you are done only when someone says they got it.
import { waitsForReply } from '../../advice/rules';
import { CHASE, CONFIRMATION_IS_YOUR_JOB, SHORT_NOTICE_CHASE } from '../../advice/statements';
import { dayInWords, type Context, type Template } from '../context';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { missedApologyLine, shortNoticeApology } from '../phrases/apologies';
import { missedDecision, passItOn } from '../phrases/decisions';
import { onWhen, theRoleAt } from '../phrases/role';
import { timesOffer } from '../phrases/times';
import { paragraph, paragraphs, say, sentence } from '../prose';
import { candidateAction, isMissed, missedAction, type MissedAction } from '../reasons';

/** The news again, in one line, as the wish has it. */
function restated(context: Context): { line: string; isAsking: boolean; missed?: MissedAction } {
  if (isMissed(context)) {
    const action = missedAction(context);
    return { line: missedDecision(context, action), isAsking: action === 'reschedule', missed: action };
  }
  switch (candidateAction(context)) {
    case 'reschedule':
      return { line: say(context, "I'd still like to move it.", 'I would still like to reschedule it.'), isAsking: true };
    case 'decline':
      return { line: say(context, "I'm declining the invitation.", 'I am declining the invitation.'), isAsking: false };
    case 'withdraw':
      return { line: say(context, "I'm withdrawing my application.", 'I am withdrawing my application.'), isAsking: false };
    default:
      return { line: say(context, 'I need to cancel it.', 'I need to cancel it.'), isAsking: false };
  }
}

/** When to send this, as the rulebook chases: after a missed interview there is nothing to wait for. */
function whenToChase(context: Context): string | undefined {
  const notice = context.step?.notice;
  if (notice === 'missed') return undefined;
  // Alone, the notice is not known: the usual chase time, the one with time to wait.
  return notice === undefined || waitsForReply(notice) ? CHASE.statement : SHORT_NOTICE_CHASE.statement;
}

export const noReplyFollowUp: Template = {
  channel: 'email',
  write(context) {
    const sent = dayInWords(context.fields.sentOn, context);
    const missed = isMissed(context);
    const about = missed ? undefined : sentence(`It was about my interview for ${theRoleAt(context)}${onWhen(context.interview?.single)}`);
    const { line, isAsking, missed: route } = restated(context);
    const body = paragraphs(
      greeting(context),
      paragraph(
        // After a missed interview the apology still comes first.
        missed && missedApologyLine(context),
        sentence(say(context, `I'm following up on my email${sent ? ` of ${sent}` : ''}, in case it didn't reach you`, `I am following up on my email${sent ? ` of ${sent}` : ''}, in case it did not reach you`)),
        about,
        line,
        shortNoticeApology(context),
        passItOn(context, route),
      ),
      isAsking && timesOffer(context),
      paragraph(say(context, 'Could you reply to let me know you have seen this?', 'Could you please reply to confirm you have received this?'), 'Thank you.'),
      signOff(context),
    );
    return {
      subject: subjectLine(context, say(context, 'Following up on my email', 'Following up on my earlier email')),
      body,
      notes: [whenToChase(context), CONFIRMATION_IS_YOUR_JOB.statement].filter((note): note is string => note !== undefined),
    };
  },
};
