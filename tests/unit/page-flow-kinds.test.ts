import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyQuery } from '../../src/lib/builder-prefill';
import { emptyForm, toMessageFields } from '../../src/lib/builder-state';
import { compose } from '../../src/lib/messages/index';
import { CANDIDATE_MESSAGE_KINDS, EMPLOYER_MESSAGE_KINDS, FLOW_KINDS, type MessageKind } from '../../src/lib/types';
import { FULL } from './fixtures/messages';

// A guide's flow writes only what it loaded (the plan's templates and two more): a kind named on a
// page outside that set would silently never show, so the pages are held to it here.
const DOCS = join(import.meta.dirname, '../../src/content/docs');
const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
const flows = pages.flatMap((file) =>
  [...readFileSync(join(DOCS, file), 'utf8').matchAll(/<DecisionHelper\b[^>]*\bkinds="([^"]*)"/gu)].map((match) => [file, match[1] ?? ''] as const),
);

describe('the flow on each guide', () => {
  test('some guides give their flow its own messages', () => {
    expect(flows.length).toBeGreaterThan(5);
  });

  test.each(flows)('%s names only kinds the flow can write: %s', (_file, kinds) => {
    const flow: readonly string[] = FLOW_KINDS;
    for (const kind of kinds.split(',')) expect(flow, kind).toContain(kind.trim());
  });
});

// The builder on a guide ticks the page's own kinds first: they must be the side's, and say what
// happened on that page, not on another (a cancellation on the page where the employer cancelled).
const builders = pages.flatMap((file) =>
  [...readFileSync(join(DOCS, file), 'utf8').matchAll(/<MessageBuilder\b[^>]*\bwho="(candidate|employer)"[^>]*\bkinds="([^"]*)"/gu)].map(
    (match) => [file, match[1] as 'candidate' | 'employer', (match[2] ?? '').split(',').map((kind) => kind.trim())] as const,
  ),
);
/** The page's messages as a person arriving there sees them: no wish chosen, their own details typed. */
const pageBuilderMessages = (file: string) => {
  const found = builders.find(([page]) => page === file);
  if (!found) throw new Error(`no message builder on ${file}`);
  return found[2].map((kind) => compose(kind as MessageKind, { ...FULL, wish: undefined }));
};

describe('the message builder on each guide', () => {
  test.each(builders)('%s (%s) names only kinds that side can write: %s', (_file, who, kinds) => {
    const side: readonly string[] = who === 'employer' ? EMPLOYER_MESSAGE_KINDS : CANDIDATE_MESSAGE_KINDS;
    for (const kind of kinds) expect(side, kind).toContain(kind);
  });

  test('where the employer cancelled, the candidate thanks them and asks for a new time: no cancelling, calling or apologising of their own', () => {
    const messages = pageBuilderMessages('candidates/employer-cancels-on-you.mdx');
    expect(messages.map((message) => message.kind)).toContain('reply-to-employer-change');
    for (const message of messages) {
      expect(message.body, message.body).not.toMatch(/cancel my interview|I cancelled|I called|sorry|apologi/iu);
    }
  });

  test('where they did not reply, the follow-up chases the email rather than following up a call', () => {
    const messages = pageBuilderMessages('candidates/after-you-cancel.mdx');
    expect(messages.map((message) => message.kind)).toContain('no-reply-follow-up');
    for (const message of messages) expect(message.body, message.body).not.toMatch(/I called|my call/u);
  });
});

// The etiquette FAQ's answer for a candidate turned down after the last round links to the builder
// rather than typing a note into the page: that link must open a note true for someone who met the team.
describe('the link for a candidate rejected after the final interview', () => {
  const faq = readFileSync(join(DOCS, 'faq/interview-etiquette.mdx'), 'utf8');
  const answer = faq.split(/^## /mu).find((section) => section.startsWith("What if I'm rejected after the final interview?")) ?? '';
  const link = answer.match(/\(\/tools\/message-builder\/(\?[^)]*)\)/u)?.[1] ?? '';

  test.each([
    ['a fresh form', emptyForm('Europe/London')],
    ['a form saved earlier with a wish to cancel', { ...emptyForm('Europe/London'), wish: 'cancel' as const }],
  ])('opened over %s, it writes the stay-in-touch note for someone who went to the interview', (_form, form) => {
    expect(link).not.toBe('');
    const opened = applyQuery(form, link);
    expect(opened.kinds).toEqual(['stay-in-touch']);
    const { body } = compose('stay-in-touch', { ...FULL, ...toMessageFields(opened) });
    expect(body).toContain('I enjoyed meeting the team.');
    expect(body).toContain("Although it didn't work out this time, I'd like to stay in touch");
    expect(body).not.toMatch(/isn't going ahead|cancelled|declined|withdrew/u);
  });
});
