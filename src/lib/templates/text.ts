// A text for when texting is already how you and the recruiter talk. It has to make sense
// on a lock screen, so the decision comes in the first two sentences.
import {
  characterLength,
  candidateAction,
  candidateDecision,
  candidateReason,
  fitWithin,
  say,
  spokenIntro,
  type CandidateAction,
  type Context,
  type Template,
} from '../wording';

/** Two SMS segments; beyond that some phones split or drop the message. */
export const TEXT_CHARACTER_LIMIT = 320;

function write(context: Context, action: CandidateAction, when: string | undefined, withReason: boolean): string {
  const isMoving = action === 'reschedule';
  return [
    spokenIntro(context),
    candidateDecision(context, action, when),
    withReason ? candidateReason(context, action) : undefined,
    isMoving
      ? say(context, "I'll email you some other times. Thank you!", 'I will email you some alternative times. Thank you.')
      : say(context, 'Thank you for thinking of me, and all the best.', 'Thank you for your time and consideration.'),
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' ');
}

export const text: Template = {
  title: 'Text message',
  channel: 'text',
  write(context) {
    const action = candidateAction(context);
    // Very long names or titles could push even the shortest wording past the limit.
    const plain: Context = { ...context, position: undefined, company: undefined };
    const bare: Context = { ...plain, recipient: undefined };
    const body = fitWithin(TEXT_CHARACTER_LIMIT, characterLength, [
      write(context, action, context.interview?.full, true),
      write(context, action, context.interview?.single, true),
      write(context, action, context.interview?.single, false),
      write(context, action, context.interview?.short, false),
      write(context, action, undefined, false),
      write(plain, action, context.interview?.short, false),
      write(bare, action, undefined, false),
    ]);
    return { body, notes: ['Send a text only if they have texted you before or gave you a mobile number for this.'] };
  },
};
