// Puts a phone call in writing, so the decision is on record and easy to forward. It says what
// happened on the phone only as far as the plan knows it.
import type { Template } from '../context';
import { candidateNews } from '../news';
import { greeting, signOff, subjectLine } from '../phrases/address';
import { candidateDoor } from '../phrases/closing-lines';
import { followingUp } from '../phrases/plan';
import { timesOffer } from '../phrases/times';
import { paragraph, paragraphs, say } from '../prose';

export const followUp: Template = {
  channel: 'email',
  write(context) {
    // Alone, the email knows only that a call was made: "I called earlier" is true either way.
    const following = followingUp(context, 'written', context.step?.after ?? 'call-or-voicemail');
    const news = candidateNews(context, { medium: 'written', when: context.interview, following });
    const body = paragraphs(
      greeting(context),
      paragraph(...news.sentences),
      news.offersTimes && timesOffer(context),
      news.isAsking
        ? say(context, 'Thank you for your help with this.', 'Thank you for your assistance.')
        : paragraph(say(context, 'Thank you for your time and for thinking of me.', 'Thank you for your time and consideration.'), candidateDoor(context)),
      signOff(context),
    );
    return {
      subject: subjectLine(context, say(context, 'Following up on my call', 'Follow-up to my telephone call')),
      body,
      ...(context.step ? {} : { notes: ['Alone, this email says only that you called, so it reads right whether or not you reached them.'] }),
    };
  },
};
