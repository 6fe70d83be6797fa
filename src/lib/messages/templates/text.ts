// A text: on its own when texting is already how you and the recruiter talk, else the written
// record after a call. It has to make sense on a lock screen, so the decision comes first, and it
// promises no other message: a person asking for another time offers the times, or asks for them, here.
import { TEXT_ALONE } from '../../advice/statements';
import type { Context, Template } from '../context';
import { candidateNews } from '../news';
import { spokenIntro } from '../phrases/address';
import { isThroughAgency, theEmployer } from '../phrases/decisions';
import { promptForTimes, timesAloud } from '../phrases/times';
import { say, sentence } from '../prose';
import { fitChannel } from '../text-length';

type Detail = 'full' | 'single' | 'short' | 'none';

/** Asking for another time: the times on offer when there is room for them, else a request for theirs. */
function askForTimes(context: Context, withTimes: boolean): string {
  const times = withTimes ? timesAloud(context) : undefined;
  // Through an agency the employer holds the calendar: the recruiter asks them.
  const employer = isThroughAgency(context) ? theEmployer(context) : undefined;
  // The times end in their zone (", New York time") when it is named: mid-sentence it closes with a comma too.
  const aside = context.proposed[0]?.zone ? ',' : '';
  if (times) return sentence(employer ? `Would ${times}${aside} work for ${employer}?` : `Could we meet instead on ${times}?`);
  promptForTimes(context);
  // The ask to pass it on named them just before, and a text has no room to say it twice.
  if (employer) return say(context, 'Could you ask them for a few times that suit?', 'Could you ask them for some times that would suit?');
  return say(context, 'Could you send me a few times that suit you?', 'Could you let me know some times that suit you?');
}

function write(context: Context, detail: Detail, withReason: boolean, withTimes = true): string {
  const news = candidateNews(context, { medium: 'written', when: detail === 'none' ? undefined : context.interview, detail: detail === 'none' ? 'short' : detail, withReason });
  return [
    spokenIntro(context),
    ...news.sentences,
    // A second text, after one with no reply: they need not answer, but knowing it arrived is our job.
    chasesAText(context) ? say(context, 'Could you let me know you got this?', 'Could you please confirm you received this?') : undefined,
    news.isAsking
      ? news.offersTimes
        ? `${askForTimes(context, withTimes)} ${say(context, 'Thank you!', 'Thank you.')}`
        : say(context, 'Thank you!', 'Thank you.')
      : say(context, 'Thank you for thinking of me, and all the best.', 'Thank you for your time and consideration.'),
  ]
    .filter((part): part is string => part !== undefined)
    .join(' ');
}

/** The plan's chase of an unanswered text, sent as a text again. */
const chasesAText = (context: Context): boolean => context.step?.after === 'text';

/** Straight after a call, the text is the call's written record, not a message on its own. */
const followsACall = (context: Context): boolean => ['call', 'voicemail', 'call-or-voicemail'].includes(context.step?.after ?? 'nothing');

export const text: Template = {
  channel: 'text',
  write(context) {
    // Very long names or titles could push even the shortest wording past the limit.
    const plain: Context = { ...context, position: undefined, company: undefined };
    const bare: Context = { ...plain, recipient: undefined };
    // Richest first; the times on offer go last of all, since a request for times still asks.
    const body = fitChannel('text', [
      write(context, 'full', true),
      write(context, 'single', true),
      write(context, 'single', false),
      write(context, 'short', false),
      write(context, 'none', false),
      write(plain, 'short', false),
      write(plain, 'none', false),
      write(context, 'single', false, false),
      write(context, 'short', false, false),
      write(context, 'none', false, false),
      write(plain, 'short', false, false),
      write(bare, 'none', false, false),
    ]);
    // A plan that chose to write by text has said why; on its own (the builder) the rule is the note.
    const isPlanned = context.step?.writtenBy === 'text';
    return { body, ...(followsACall(context) || isPlanned ? {} : { notes: [TEXT_ALONE.statement] }) };
  },
};
