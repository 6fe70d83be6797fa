// A text for when texting is already how you and the recruiter talk. It has to make sense on a
// lock screen, so the decision comes in the first two sentences.
import type { Context, Template } from '../context';
import { candidateNews } from '../news';
import { spokenIntro } from '../phrases';
import { say } from '../prose';
import { fitChannel } from '../text-length';

type Detail = 'full' | 'single' | 'short' | 'none';

function write(context: Context, detail: Detail, withReason: boolean): string {
  const news = candidateNews(context, { medium: 'written', when: detail === 'none' ? undefined : context.interview, detail: detail === 'none' ? 'short' : detail, withReason });
  return [
    spokenIntro(context),
    ...news.sentences,
    news.isAsking
      ? say(context, "I'll email you some other times. Thank you!", 'I will email you some alternative times. Thank you.')
      : say(context, 'Thank you for thinking of me, and all the best.', 'Thank you for your time and consideration.'),
  ].join(' ');
}

export const text: Template = {
  title: 'Text message',
  channel: 'text',
  write(context) {
    // Very long names or titles could push even the shortest wording past the limit.
    const plain: Context = { ...context, position: undefined, company: undefined };
    const bare: Context = { ...plain, recipient: undefined };
    const body = fitChannel('text', [
      write(context, 'full', true),
      write(context, 'single', true),
      write(context, 'single', false),
      write(context, 'short', false),
      write(context, 'none', false),
      write(plain, 'short', false),
      write(bare, 'none', false),
    ]);
    return { body, notes: ['Send a text only if they have texted you before or gave you a mobile number for this.'] };
  },
};
