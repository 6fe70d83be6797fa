// What to say when they pick up, then short answers to the questions people usually ask, so the
// call stays brief. A person asking for another time gets a script that asks, never one that refuses.
import type { Context, Template } from '../context';
import type { MessageKind } from '../../types';
import { candidateNews } from '../news';
import { spokenIntro } from '../phrases/address';
import { isThroughAgency, theEmployer } from '../phrases/decisions';
import { alreadySent, inPlan, inTheSentMessage, mentionOf, writtenBy } from '../phrases/plan';
import { promptForTimes, timesAloud } from '../phrases/times';
import { ifTheyAsk, paragraphs, quoted, say, sentence } from '../prose';

const CANDIDATE_EMAILS: readonly MessageKind[] = ['follow-up', 'cancel', 'reschedule', 'decline', 'withdraw', 'missed-apology'];

/** The closing note names only messages in the plan: the voicemail, then the email (or text) that confirms. */
function closingNote(context: Context): string | undefined {
  // A call again after the voicemail: one message on their phone is enough.
  const voicemail = context.step?.after === 'voicemail' ? [] : inPlan(context, ['voicemail']);
  // Already written (the plan's email or text went at an earlier step): the call needs no record after it.
  const alreadyEmailed = alreadySent(context) !== undefined;
  // The plan writes by text when there is no email address: then the text is the record.
  const record = writtenBy(context) === 'text' ? ['text' as const] : CANDIDATE_EMAILS;
  const email = alreadyEmailed ? [] : inPlan(context, record).slice(0, 1);
  const parts = [
    voicemail.length > 0 ? `If the call goes to voicemail, use ${mentionOf(voicemail)}.` : undefined,
    email.length > 0 ? sentence(`Afterwards, send ${mentionOf(email)}, so it is in writing`) : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** What to say when asked to put it in writing, true to what the plan holds. */
function inWriting(context: Context): string {
  const sent = alreadySent(context);
  if (sent) return `${say(context, 'Of course.', 'Certainly.')} ${inTheSentMessage(context, sent)}`;
  const byText = writtenBy(context) === 'text' || (context.step !== undefined && inPlan(context, CANDIDATE_EMAILS).length === 0 && inPlan(context, ['text']).length > 0);
  if (byText) return say(context, "Of course. I'll text you today.", 'Certainly. I will send you a text today.');
  return say(context, "Of course. I'll send you a short email today.", 'Certainly. I will send you a short email today.');
}

export const phoneScript: Template = {
  channel: 'phone',
  write(context) {
    const news = candidateNews(context, { medium: 'spoken', when: context.interview, detail: 'single' });
    const thanks = news.isAsking
      ? say(context, 'Thank you for your help with this.', 'Thank you for your assistance.')
      : say(context, 'Thank you for your time and for thinking of me.', 'Thank you for your time and consideration.');
    const times = timesAloud(context);
    if (news.isAsking) promptForTimes(context);
    // A missed interview has passed: "I can't make that time" would not be true of it.
    const why = news.hasReason
      ? undefined
      : news.missed
        ? ifTheyAsk('If they ask what happened:', say(context, 'I should have let you know beforehand.', 'I should have informed you beforehand.'))
        : ifTheyAsk(
            'If they ask why:',
            news.isAsking ? say(context, "I'm afraid I can't make that time.", 'I am afraid I cannot attend at that time.') : say(context, "It's a personal decision.", 'It is a personal decision.'),
          );
    const otherTime = news.isAsking
      ? ifTheyAsk(
          'If they ask when you could do instead:',
          times
            ? context.proposed.length === 1
              ? sentence(say(context, `I could do ${times}`, `I would be available on ${times}`))
              : sentence(say(context, `Any of these would work for me: ${times}`, `Any of these times would suit me: ${times}`))
            : isThroughAgency(context)
              ? say(context, `I'm happy to fit around what suits ${theEmployer(context)}. Could you ask them?`, `I will gladly work around what suits ${theEmployer(context)}. Could you ask them?`)
              : say(context, "I'm happy to fit around your calendar. What works for you?", 'I will gladly work around your availability. What would suit you?'),
        )
      : ifTheyAsk('If they offer another time instead:', say(context, "That's kind of you, but I've made my decision.", 'Thank you, but my decision is final.'));
    const future = !news.isAsking && context.fields.keepDoorOpen
      ? ifTheyAsk('If they ask about future roles:', say(context, "Yes, I'd be glad to hear about future openings.", 'Yes, I would welcome hearing about future openings.'))
      : undefined;
    const body = paragraphs(
      'When they answer:',
      quoted([spokenIntro(context), ...news.sentences, thanks].join(' ')),
      why,
      otherTime,
      ifTheyAsk('If they ask you to confirm in writing:', inWriting(context)),
      future,
    );
    const note = closingNote(context);
    return { body, ...(note ? { notes: [note] } : {}) };
  },
};
