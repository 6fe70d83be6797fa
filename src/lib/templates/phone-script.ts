// What to say when they pick up, then short answers to the questions people usually ask,
// so the call stays brief and the decision does not drift into a maybe.
import {
  candidateAction,
  candidateDecision,
  candidateReason,
  eitherOf,
  ifTheyAsk,
  paragraphs,
  quoted,
  say,
  spokenIntro,
  type Context,
  type Template,
} from '../wording';

function whyAnswer(context: Context, isMoving: boolean): string {
  const reason = candidateReason(context, isMoving ? 'reschedule' : 'cancel');
  if (reason) return reason;
  return isMoving
    ? say(context, "Something has come up at that time that I can't move.", 'Something has come up at that time that I cannot move.')
    : say(context, "It's a personal decision, and I've thought it through.", 'It is a personal decision, and I have considered it carefully.');
}

export const phoneScript: Template = {
  title: 'Phone script',
  channel: 'phone',
  write(context) {
    const action = candidateAction(context);
    const isMoving = action === 'reschedule';
    const opening = [
      spokenIntro(context),
      candidateDecision(context, action, context.interview?.full),
      candidateReason(context, action),
      isMoving
        ? say(context, 'Thank you for being flexible.', 'Thank you for your flexibility.')
        : say(context, 'Thank you for your time and for thinking of me.', 'Thank you for your time and consideration.'),
    ].filter((part): part is string => part !== undefined && part !== '');

    const otherTime = isMoving
      ? ifTheyAsk(
          'If they ask when you could do instead:',
          context.proposed.length > 0
            ? `${say(context, 'Any of these would work for me', 'Any of these times would suit me')}: ${eitherOf(context.proposed.map((when) => when.single))}.`
            : say(context, "I'm happy to fit around your calendar. What works for you?", 'I will gladly work around your availability. What would suit you?'),
        )
      : ifTheyAsk(
          'If they offer another time instead:',
          say(context, "That's kind of you, but I've made my decision.", 'Thank you, but my decision is final.'),
        );
    const future = !isMoving && context.fields.keepDoorOpen
      ? ifTheyAsk('If they ask about future roles:', say(context, "Yes, I'd be glad to hear about future openings.", 'Yes, I would welcome hearing about future openings.'))
      : undefined;

    const body = paragraphs(
      'When they answer:',
      quoted(opening.join(' ')),
      ifTheyAsk('If they ask why:', whyAnswer(context, isMoving)),
      otherTime,
      ifTheyAsk('If they ask you to confirm in writing:', say(context, "Of course. I'll send you a short email today.", 'Certainly. I will send you a short email today.')),
      future,
    );
    return {
      body,
      notes: ['If the call goes to voicemail, use the voicemail script, then send the follow-up email.'],
    };
  },
};
