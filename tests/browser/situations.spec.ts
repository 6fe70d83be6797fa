// Ten situations walked as people walk them: the decision helper's form, filled by its labels, then
// "Write these messages", then a copied message. Each message must agree with the plan just shown.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MESSAGE_TITLES } from '../../src/lib/messages/index';
import type { MessageKind } from '../../src/lib/types';
import { launch, newContext, watch } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Walk {
  name: string;
  /** The clock, as an ISO instant. */
  now: string;
  who?: 'The candidate' | 'The employer';
  stage?: string;
  wish?: string;
  reason?: string;
  date?: string;
  time?: string;
  zone?: string;
  yourZone?: string;
  boxes?: Record<string, boolean>;
  spoke?: string;
  /** The plan's first step, as the helper shows it. */
  firstStep: RegExp;
  /** The messages of the plan, in order. */
  kinds: MessageKind[];
  /** What the first message copied must say, and must not. */
  says: RegExp[];
  never: RegExp[];
}

const SHORT_NOTICE_SORRY = /sorry|apologi[sz]e/i;

const WALKS: Walk[] = [
  {
    name: 'a candidate at 21:30 in London, interview tomorrow at 10:00, another job accepted',
    now: '2026-12-15T21:30:00Z',
    reason: 'I have accepted another job',
    date: '2026-12-16', time: '10:00', zone: 'Europe/London',
    firstStep: /^Email the person who set up the interview: Now, so it is waiting/,
    kinds: ['cancel', 'phone-script', 'voicemail', 'stay-in-touch'],
    says: [SHORT_NOTICE_SORRY, /short notice/i],
    never: [/I tried to reach you/i],
  },
  {
    name: 'a candidate who is ill and wants another time, four hours before, in working hours',
    now: '2026-12-16T10:00:00Z',
    wish: 'Move it to another time', reason: 'I am unwell',
    date: '2026-12-16', time: '14:00', zone: 'Europe/London',
    firstStep: /^Call the person who set up the interview: Now\./,
    kinds: ['phone-script', 'voicemail', 'follow-up'],
    says: [/another time|new time|reschedule|move/i],
    never: [/I need to cancel/i, /made my decision/i],
  },
  {
    name: 'a candidate with no phone number, 20 hours to go',
    now: '2026-12-15T18:00:00Z',
    date: '2026-12-16', time: '14:00', zone: 'Europe/London',
    boxes: { 'I have their phone number': false },
    firstStep: /^Email the person who set up the interview: Now\. Start the subject line with “Urgent:”/,
    kinds: ['cancel'],
    says: [SHORT_NOTICE_SORRY],
    never: [/\bcall\b/i],
  },
  {
    name: 'a candidate with no email address, five days ahead, in working hours',
    now: '2026-12-14T11:00:00Z',
    date: '2026-12-19', time: '11:00', zone: 'Europe/London',
    boxes: { 'I have their email address': false },
    firstStep: /^Call the person who set up the interview: Now\./,
    kinds: ['phone-script', 'voicemail', 'text'],
    says: [/cancel/i],
    never: [SHORT_NOTICE_SORRY, /as I said in my email/i],
  },
  {
    name: 'a candidate across zones: London person, New York interview, three days ahead',
    now: '2026-12-14T15:00:00Z',
    date: '2026-12-17', time: '10:00', zone: 'America/New_York', yourZone: 'Europe/London',
    firstStep: /^Email the person who set up the interview: Now\./,
    kinds: ['cancel', 'phone-script'],
    says: [/December|Dec/],
    never: [SHORT_NOTICE_SORRY],
  },
  {
    // Saturday 10:00 GMT; the clocks go forward that night; the interview is Sunday 10:00 BST.
    name: 'a candidate over the spring clock change: 23 real hours is short notice, and their day starts too late',
    now: '2027-03-27T10:00:00Z',
    date: '2027-03-28', time: '10:00', zone: 'Europe/London',
    firstStep: /^Call the person who set up the interview: Now\./,
    kinds: ['phone-script', 'voicemail', 'follow-up'],
    says: [SHORT_NOTICE_SORRY],
    never: [],
  },
  {
    name: 'a candidate who already spoke to the recruiter on the phone',
    now: '2026-12-16T10:00:00Z',
    date: '2026-12-16', time: '15:00', zone: 'Europe/London',
    spoke: 'Yes, we spoke on the phone',
    firstStep: /^Email the person who set up the interview: Now\./,
    kinds: ['follow-up'],
    says: [/as we discussed|when we spoke|our call/i],
    never: [/I tried to reach you/i],
  },
  {
    name: 'a candidate invited with no time agreed, saying no',
    now: '2026-12-14T11:00:00Z',
    stage: 'Invited, but no time is agreed yet', wish: 'Say no to the invitation',
    firstStep: /^Email the person who set up the interview: Now\./,
    // A call only if no reply comes: making sure they know is the person's job.
    kinds: ['decline', 'phone-script'],
    says: [/declin|not be going ahead|won't be|say no/i],
    never: [SHORT_NOTICE_SORRY, /enjoyed/i],
  },
  {
    name: 'an employer moving an interview five days ahead',
    now: '2026-12-07T10:00:00Z',
    who: 'The employer', wish: 'Move the interview to another time', reason: 'The interviewer cannot make it',
    date: '2026-12-14', time: '10:00', zone: 'Europe/London',
    firstStep: /^Email the candidate: Now\./,
    kinds: ['employer-cancel-interview', 'employer-phone-script'],
    says: [/new time|another time|move|reschedule/i],
    never: [/we need to cancel your interview/i],
  },
  {
    name: 'an employer withdrawing an invitation on Friday at 16:00 for Monday at 10:00',
    now: '2026-12-11T16:00:00Z',
    who: 'The employer', wish: 'Take back the invitation', reason: 'The role has been filled',
    date: '2026-12-14', time: '10:00', zone: 'Europe/London',
    firstStep: /^Call the candidate: Now\./,
    kinds: ['employer-phone-script', 'employer-withdraw-invitation'],
    says: [/filled/i, SHORT_NOTICE_SORRY],
    never: [/for your patience/i],
  },
];

const form = (page: Page) => page.getByRole('form', { name: 'Your situation' });
const field = (page: Page, label: string) => form(page).getByLabel(label, { exact: true });
const advice = (page: Page) => page.getByRole('region', { name: 'Your advice' });

async function fill(page: Page, walk: Walk): Promise<void> {
  if (walk.who) await field(page, walk.who).check();
  if (walk.stage) await field(page, 'Where things stand').selectOption({ label: walk.stage });
  if (walk.wish) await field(page, walk.wish).check();
  if (walk.reason) await field(page, 'Reason (optional)').selectOption({ label: walk.reason });
  if (walk.date) await field(page, 'Interview date').fill(walk.date);
  // The time field names the interview's zone: "Interview time (London time)".
  if (walk.time) await form(page).getByLabel(/^Interview time/).fill(walk.time);
  const zoneLabel = walk.who === 'The employer' ? 'Candidate’s time zone' : 'Interviewer’s time zone';
  if (walk.zone) await field(page, zoneLabel).selectOption(walk.zone);
  await field(page, 'Your time zone').selectOption(walk.yourZone ?? walk.zone ?? 'Europe/London');
  for (const [label, checked] of Object.entries(walk.boxes ?? {})) await field(page, label).setChecked(checked);
  if (walk.spoke) await field(page, walk.spoke).check();
}

describe('from the situation to a copied message that follows the plan', () => {
  test.each(WALKS)('$name', async (walk) => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const seen = watch(page);
    await page.clock.setFixedTime(new Date(walk.now));
    await page.goto('/tools/decision-helper/');
    await page.waitForSelector('astro-island[component-url*="DecisionHelper"]:not([ssr])', { state: 'attached' });
    // The person answers the questions.
    await fill(page, walk);
    // The plan: its first step (under "Why this advice"), then the link to its messages.
    const why = advice(page).locator('details');
    await expect.poll(() => why.count()).toBe(1);
    if (!(await why.evaluate((element) => (element as HTMLDetailsElement).open))) await why.getByText('Why this advice').click();
    const firstStep = why.getByRole('list').first().getByRole('listitem').first();
    await expect.poll(() => firstStep.innerText()).toMatch(walk.firstStep);
    await advice(page).getByRole('link', { name: 'Write these messages' }).click();
    await page.waitForURL(/\/tools\/message-builder\//);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    // The builder shows the plan's messages, in the plan's order.
    const titles = walk.kinds.map((kind) => MESSAGE_TITLES[kind]);
    await expect.poll(() => page.getByRole('article').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? node.querySelector('h3, h4')?.textContent ?? ''))).toEqual(titles);
    // They copy the first message, and it agrees with the plan.
    const first = page.getByRole('article', { name: titles[0] ?? '', exact: true });
    const body = first.getByRole('textbox').last();
    await expect.poll(() => body.inputValue()).not.toBe('');
    await first.getByRole('button', { name: /^Copy (message|script)$/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await body.inputValue());
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    for (const pattern of walk.says) expect(copied).toMatch(pattern);
    for (const pattern of walk.never) expect(copied).not.toMatch(pattern);
    expect(copied).not.toMatch(/undefined|NaN|\[object|\{|\}/);
    expect(seen.consoleErrors).toEqual([]);
    expect(await seen.cspViolations()).toEqual([]);
    await context.close();
  });
});
