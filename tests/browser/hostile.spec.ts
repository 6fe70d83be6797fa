// Hostile input against every tool, in the built site in Chromium: whatever a person types or is sent
// in a link is shown as text, opens nothing, breaks no layout and cannot add a header to an email.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { cleanField, FIELD_CAPS } from '../../src/lib/fields';
import { isPlaceholder } from '../../src/lib/placeholders';
import { MESSAGE_TITLES } from '../../src/lib/messages/index';
import { checkDraft } from '../../src/lib/tone';
import { present } from '../../src/lib/messages/context';
import { launch, newContext, watch, type PageWatch } from './harness';

interface Hostile {
  name: string;
  value: string;
}

const HOSTILE: Hostile[] = [
  { name: 'an image with an error handler', value: '<img src=x onerror=alert(1)>' },
  { name: 'an SVG with a load handler', value: '<svg onload=alert(1)>' },
  { name: 'a script after a closed attribute', value: '"><script>alert(1)</script>' },
  { name: 'a script after a closed textarea', value: '</textarea><script>alert(1)</script>' },
  { name: 'a javascript: URL', value: 'javascript:alert(1)' },
  { name: 'a javascript: link', value: '<a href="javascript:alert(1)">click me</a>' },
  { name: 'an iframe', value: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'a handler in single quotes', value: "' onmouseover='alert(1)" },
  { name: 'a handler in double quotes', value: '" autofocus onfocus="alert(1)' },
  { name: 'a style block', value: '<style>*{display:none!important}</style>' },
  { name: 'HTML entities', value: '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;script&#x3E;' },
  { name: 'a template expression', value: "{{constructor.constructor('alert(1)')()}}" },
  { name: 'a template literal', value: '${alert(1)}`${document.cookie}`' },
  { name: 'a right-to-left override', value: 'Jamie \u202Egnp.exe\u202C Rivera' },
  { name: 'zero-width characters', value: 'J\u200Ba\u200Cm\u200Di\u2060e\uFEFF R\u200Bivera' },
  { name: 'emoji sequences', value: '👩🏽‍💻 Jamie 🏳️‍🌈 Rivera 👨‍👩‍👧‍👦' },
  { name: 'combining marks (Zalgo)', value: 'Z̷̢a̵l̶g̸o' },
  { name: 'a pile of combining marks', value: `Z${'\u0301\u0316\u0337'.repeat(60)}algo` },
  { name: 'an Arabic name', value: 'محمد عبد الله' },
  { name: 'a Hebrew name', value: 'שרה כהן' },
  { name: 'a Chinese name', value: '王小明' },
  { name: 'a Hindi name', value: 'अनन्या शर्मा' },
  { name: '100,000 characters of words', value: 'word '.repeat(20_000) },
  { name: '100,000 characters with no space', value: 'W'.repeat(100_000) },
  { name: '101 emoji', value: '🙂'.repeat(101) },
  { name: 'NUL and control characters', value: 'Jamie\u0000Rivera\u0007\u001B[31m\u007F\u0085' },
  { name: 'a newline and a Bcc header', value: 'Acme\nBcc: evil@example.com' },
  { name: 'CRLF and two headers', value: 'Acme\r\nBcc: evil@example.com\r\nSubject: pwned' },
  { name: 'an encoded newline and Bcc', value: 'Acme%0ABcc: evil@example.com' },
  { name: 'an encoded CRLF and Bcc', value: 'Acme%0D%0ABcc:%20evil@example.com' },
  { name: 'Unicode line separators', value: 'Acme\u2028Bcc: evil@example.com\u2029' },
  { name: 'a query in an address', value: 'recruiter@example.com?bcc=evil@example.com&body=pwned' },
  { name: 'an ampersand and a header name', value: 'Acme&bcc=evil@example.com&subject=x' },
  { name: 'a square-bracket placeholder', value: '[Name]' },
  { name: 'a curly placeholder', value: '{company}' },
  { name: 'a double-curly placeholder', value: '{{name}}' },
  { name: 'the word undefined', value: 'undefined' },
  { name: 'the word null', value: 'null' },
  { name: 'prototype names', value: '__proto__ constructor toString' },
  { name: 'a lone surrogate', value: 'Jamie \uD83D Rivera' },
  { name: 'only spaces and punctuation', value: '  ,;:  ' },
];

// Each text field of the message builder, by its visible label, with the cap it keeps.
const BUILDER_FIELDS = [
  { label: 'Your name', cap: FIELD_CAPS.yourName },
  { label: 'Company', cap: FIELD_CAPS.company },
  { label: 'Job title', cap: FIELD_CAPS.position },
  { label: 'Their email address', cap: FIELD_CAPS.recipientEmail },
  { label: 'Your own short reason, in your words (optional)', cap: FIELD_CAPS.reasonLine },
] as const;

// Tags the islands themselves write. Anything else inside a tool came from what a person typed.
const ISLAND_TAGS = new Set(
  'ASTRO-ISLAND ASTRO-SLOT SECTION ARTICLE DIV P H2 H3 SPAN STRONG BR LABEL INPUT TEXTAREA SELECT OPTION FIELDSET LEGEND DETAILS SUMMARY BUTTON A UL OL LI FORM TABLE THEAD TBODY TR TH TD LINK'.split(' '),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Session {
  context: BrowserContext;
  page: Page;
  seen: PageWatch;
  dialogs: string[];
}

/** A phone-sized page that records every dialog, console error and CSP violation. */
async function session(): Promise<Session> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const seen = watch(page);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return { context, page, seen, dialogs };
}

async function hydrated(page: Page): Promise<void> {
  await page.locator('astro-island').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** Lets Preact finish the render an input event scheduled. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
}

interface Shape {
  /** Tag names of the tool's fixed structure, in order: hints, notices and findings come and go. */
  fixed: string;
  /** Elements inside the tool of a tag the island never writes. */
  strangers: string[];
  /** Hints and notices must hold text only. */
  childrenOfTextBlocks: number;
  /** Children of each finding, e.g. "STRONG,BR". */
  findings: string[];
}

/** The structure of one tool, telling its own changing parts from anything that should not be there. */
function shapeOf(tool: Locator): Promise<Shape> {
  return tool.evaluate((root, allowed) => {
    const changing = 'p.bo-hint, p.bo-notice, .bo-findings, .dh-error, .dh-notice, option';
    const all = [...root.querySelectorAll('*')];
    return {
      fixed: all.filter((element) => !element.closest(changing)).map((element) => element.tagName).join(','),
      strangers: all.filter((element) => !allowed.includes(element.tagName)).map((element) => element.outerHTML.slice(0, 80)),
      childrenOfTextBlocks: [...root.querySelectorAll('p.bo-hint, p.bo-notice, .dh-error, .dh-notice, option')].reduce(
        (sum, element) => sum + element.children.length,
        0,
      ),
      findings: [...root.querySelectorAll('.bo-findings > li')].map((item) => [...item.children].map((child) => child.tagName).join(',')),
    };
  }, [...ISLAND_TAGS]);
}

/** What must never appear anywhere in the document, whatever was typed. */
function pageDangers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        if (/^\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
    }
    for (const element of document.querySelectorAll('iframe, frame, object, embed, base, img[src="x"], script:not([src]):not([type="application/ld+json"])')) {
      if (element.tagName === 'SCRIPT' && !element.closest('astro-island')) continue; // the site's own inline scripts, hashed in the CSP
      found.push(element.outerHTML.slice(0, 80));
    }
    return found;
  });
}

/** Wider than a phone's screen means a person has to scroll sideways to read. */
function overflow(tool: Locator): Promise<{ page: number; tool: number; viewport: number }> {
  return tool.evaluate((root) => ({
    page: document.documentElement.scrollWidth,
    tool: Math.ceil(root.getBoundingClientRect().right),
    viewport: window.innerWidth,
  }));
}

/** Every mailto link in the tool, checked as a mail app would read it. */
async function expectSafeMailto(tool: Locator): Promise<void> {
  const hrefs = await tool.locator('a[href^="mailto:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    const queryAt = href.indexOf('?');
    expect(queryAt).toBeGreaterThan(0);
    const to = decodeURIComponent(href.slice('mailto:'.length, queryAt));
    // Either no address or one plain address: no list, no second query hidden in the path.
    expect(to).toMatch(/^(?:[^\s,;<>?&@]+@[^\s,;<>?&@]+)?$/u);
    const pairs = href.slice(queryAt + 1).split('&').map((pair) => pair.split('='));
    expect(pairs.map(([key]) => decodeURIComponent(key ?? '').toLowerCase()).sort()).toEqual(['body', 'subject']);
    expect(pairs.every((pair) => pair.length === 2)).toBe(true);
    const subject = decodeURIComponent(pairs.find(([key]) => key === 'subject')?.[1] ?? '');
    expect(subject).not.toMatch(/[\r\n\u0085\u2028\u2029]/u);
  }
}

/** Words that only ever appear when code prints a missing or wrong value. */
function expectNoLeakedValues(output: string, typed: string): void {
  for (const word of [/undefined/, /NaN/, /\[object/, /\bnull\b/]) {
    if (!word.test(typed)) expect(output).not.toMatch(word);
  }
}

describe('the message builder with hostile input', () => {
  let tab: Session;
  let tool: Locator;
  let baseline: Shape;

  beforeAll(async () => {
    tab = await session();
    await tab.page.goto('/tools/message-builder/');
    await hydrated(tab.page);
    tool = tab.page.getByRole('region', { name: 'Message builder' });
    await tab.page.getByLabel('Your name').waitFor();
    // The person scrolls to the messages, which load as they near them: the shape to keep holds them.
    await tool.getByText('Writing your messages…').scrollIntoViewIfNeeded();
    await tool.getByRole('article').first().waitFor();
    baseline = await shapeOf(tool);
  });
  afterAll(async () => {
    await tab?.context.close();
  });

  test.each(HOSTILE)('$name is shown as text in every field and its messages', async ({ value }) => {
    const { page } = tab;
    // The person types the same thing into every text field.
    for (const field of BUILDER_FIELDS) {
      await page.getByLabel(field.label, { exact: true }).fill(value);
    }
    await settle(page);

    // What each field now holds, after the browser's own rules (inputs drop line breaks).
    const typed = await Promise.all(BUILDER_FIELDS.map((field) => page.getByLabel(field.label, { exact: true }).inputValue()));
    const [name = '', company = ''] = typed.map((text, index) => cleanField(text, BUILDER_FIELDS[index]?.cap ?? 0).value);

    // The cancellation email shows the name and company exactly as cleaned, as text.
    const cancel = page.getByRole('article', { name: MESSAGE_TITLES.cancel });
    const body = cancel.getByLabel('Message (you can edit it here)');
    const sender = present(name);
    if (sender) await expect.poll(() => body.inputValue()).toContain(sender);
    else await expect.poll(() => tool.getByText('Add your name so they know who the message is from.').count()).toBeGreaterThan(0);
    const companyShown = present(company);
    if (companyShown) expect(await body.inputValue()).toContain(companyShown);

    // No new element, no handler, no dialog.
    const shape = await shapeOf(tool);
    expect(shape.fixed).toBe(baseline.fixed);
    expect(shape.strangers).toEqual([]);
    expect(shape.childrenOfTextBlocks).toBe(0);
    expect(await pageDangers(page)).toEqual([]);
    expect(tab.dialogs).toEqual([]);

    // A value over a field's cap is cut with a visible message tied to the field.
    for (const [index, field] of BUILDER_FIELDS.entries()) {
      const isCapped = cleanField(typed[index], field.cap).capped;
      const input = page.getByLabel(field.label, { exact: true });
      const notes = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      const said = (await Promise.all(notes.map((id) => page.locator(`[id="${id}"]`).innerText()))).join(' ');
      // A look-alike placeholder is left out of the messages, and the field says so.
      if (isPlaceholder(cleanField(typed[index], field.cap).value)) expect(said, field.label).toContain('looks like a template placeholder');
      else expect(said, field.label).not.toContain('placeholder');
      if (isCapped) {
        expect(said, field.label).toContain(`limited to ${field.cap} characters`);
        expect(await page.locator(`[id="${notes.at(-1)}"]`).isVisible()).toBe(true);
      } else expect(said, field.label).not.toContain('limited to');
    }

    // Email links carry a one-line subject and a body, nothing else.
    await expectSafeMailto(tool);

    // No stray "undefined" or "NaN" in any message or notice.
    const output = await tool.evaluate((root) =>
      [(root as HTMLElement).innerText, ...[...root.querySelectorAll('article input, article textarea')].map((field) => (field as HTMLInputElement).value)].join('\n'),
    );
    expectNoLeakedValues(output, value);

    // The page still fits a phone's screen.
    const width = await overflow(tool);
    expect(width.page).toBeLessThanOrEqual(width.viewport);
    expect(width.tool).toBeLessThanOrEqual(width.viewport);

    expect(tab.seen.consoleErrors).toEqual([]);
    expect(await tab.seen.cspViolations()).toEqual([]);
    expect(tab.seen.foreignRequests).toEqual([]);
  });

  test('100,000 pasted characters in every field leave the others working', async () => {
    const { page } = tab;
    // Pasted at once, as a person would paste it.
    for (const field of BUILDER_FIELDS) {
      await page.getByLabel(field.label, { exact: true }).evaluate((input, text) => {
        (input as HTMLInputElement).value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, '🙂 word '.repeat(12_500));
    }
    await settle(page);
    // One keystroke in another field still reaches the message. How long it takes is not asserted:
    // a wall-clock limit fails on a busy machine, not on a slow page. That cleaning stops at the cap
    // is the unit test "a huge paste keeps the same first characters" in fields.test.ts.
    await page.getByLabel('Your phone number').fill('+1 555 0100');
    await expect
      .poll(() => page.getByRole('article', { name: MESSAGE_TITLES.cancel }).getByLabel('Message (you can edit it here)').inputValue())
      .toContain('+1 555 0100');
    for (const field of [...BUILDER_FIELDS, { label: 'Your phone number' }]) await page.getByLabel(field.label, { exact: true }).fill('');
  });

  test('a saved form holding line breaks still cannot add a header to an email', async () => {
    // Inputs drop line breaks, but storage and old versions may not have; the link must still hold.
    const { page } = tab;
    const hostile = 'Acme\r\nBcc: evil@example.com\nCc: x@example.com\u2028To: y@example.com';
    // Let the island finish saving what was typed before, so it cannot overwrite this entry.
    await settle(page);
    await page.waitForTimeout(100);
    await page.evaluate((text) => {
      const data = { who: 'candidate', kinds: ['cancel', 'follow-up'], yourName: text, company: text, position: text, recipientEmail: `a@b.co\r\nBcc: evil@example.com`, reasonLine: text };
      localStorage.setItem('bowout:message-builder', JSON.stringify({ v: 2, savedAt: Date.now(), data }));
    }, hostile);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.getByLabel('Your name').inputValue()).not.toBe('');
    await expectSafeMailto(tool);
    expect(tab.dialogs).toEqual([]);
    expect(tab.seen.consoleErrors).toEqual([]);
  });
});

describe('the draft checker with hostile input', () => {
  let tab: Session;
  let tool: Locator;
  let baseline: Shape;

  beforeAll(async () => {
    tab = await session();
    await tab.page.goto('/tools/draft-checker/');
    await hydrated(tab.page);
    tool = tab.page.getByRole('region', { name: 'Check a draft' });
    await tab.page.getByLabel('Your draft').waitFor();
    baseline = await shapeOf(tool);
  });
  afterAll(async () => {
    await tab?.context.close();
  });

  test.each(HOSTILE)('$name is checked and quoted as text', async ({ value }) => {
    const { page } = tab;
    const draft = page.getByLabel('Your draft');
    // The hostile text sits inside an otherwise ordinary message.
    await draft.fill(`Hi Morgan,\n\nI need to cancel our interview. ${value}\n\nThank you,\nJamie`);
    await settle(page);

    // Exactly the findings the checker makes for this text, quoted as text.
    const text = await draft.inputValue();
    const expected = checkDraft(text, { channel: 'email' }).map(
      (finding) => `${finding.label}${finding.trigger ? ` — “${finding.trigger}”` : ''}${finding.fix}`,
    );
    await expect.poll(() => tool.locator('.bo-findings > li').evaluateAll((items) => items.map((item) => item.textContent ?? ''))).toEqual(expected);
    const summary = page.getByRole('status').filter({ hasText: /suggestion|Nothing to flag/ });
    expect(await summary.innerText()).toMatch(expected.length === 0 ? /Nothing to flag/ : new RegExp(`^${expected.length} suggestions?`));
    if (text.split(/\s+/u).length > 260) expect(await tool.getByText('Too long for an email').isVisible()).toBe(true);

    const shape = await shapeOf(tool);
    expect(shape.fixed).toBe(baseline.fixed);
    expect(shape.strangers).toEqual([]);
    expect(shape.childrenOfTextBlocks).toBe(0);
    expect(new Set(shape.findings)).toEqual(new Set(expected.length ? ['STRONG,BR'] : []));
    expect(await pageDangers(page)).toEqual([]);
    expect(tab.dialogs).toEqual([]);

    expectNoLeakedValues(await tool.innerText(), value);

    const width = await overflow(tool);
    expect(width.page).toBeLessThanOrEqual(width.viewport);
    expect(width.tool).toBeLessThanOrEqual(width.viewport);

    expect(tab.seen.consoleErrors).toEqual([]);
    expect(await tab.seen.cspViolations()).toEqual([]);
    expect(tab.seen.foreignRequests).toEqual([]);
  });
});

/** A link's query value: long values are cut as a link would be, and half an emoji is replaced. */
function inLink(value: string): string {
  const short = Array.from(value).slice(0, 600).join('');
  return encodeURIComponent(short.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD'));
}

describe('the decision helper with hostile input', () => {
  let tab: Session;
  let tool: Locator;
  let baseline: Shape;

  beforeAll(async () => {
    tab = await session();
    await tab.page.goto('/tools/decision-helper/');
    await hydrated(tab.page);
    tool = tab.page.locator('astro-island', { has: tab.page.getByRole('form', { name: 'Your situation' }) });
    await tab.page.getByLabel('Interview date').waitFor();
    baseline = await shapeOf(tool.getByRole('form', { name: 'Your situation' }));
  });
  afterAll(async () => {
    await tab?.context.close();
  });

  test('it takes no free text, so a link is the only way text reaches it', async () => {
    // If a text field is ever added, this fails: add it to the typed tables above.
    const textFields = await tool.evaluate(
      (root) => root.querySelectorAll('textarea, [contenteditable], input:not([type="radio"]):not([type="checkbox"]):not([type="date"]):not([type="time"])').length,
    );
    expect(textFields).toBe(0);
  });

  test.each(HOSTILE)('$name in a prefill link is shown as text and breaks nothing', async ({ value }) => {
    const { page } = tab;
    const hostile = inLink(value);
    // Someone sends the person a link with hostile values in every field a link can fill.
    await page.goto(
      `/tools/decision-helper/?date=${hostile}&time=${hostile}&zone=${hostile}&personZone=${hostile}&reason=${hostile}&channels=${hostile}`,
    );
    await hydrated(page);
    await page.getByLabel('Interview date').waitFor();
    await settle(page);

    const form = tool.getByRole('form', { name: 'Your situation' });
    const shape = await shapeOf(form);
    expect(shape.fixed).toBe(baseline.fixed);
    expect(shape.childrenOfTextBlocks).toBe(0);
    expect((await shapeOf(tool)).strangers).toEqual([]);
    expect(await pageDangers(page)).toEqual([]);
    expect(tab.dialogs).toEqual([]);

    // A link's text is never shown as a time zone: a zone that is not a real one is refused, with a notice.
    const zone = new URLSearchParams(`zone=${hostile}`).get('zone')?.trim() ?? '';
    for (const label of ['Interviewer’s time zone', 'Your time zone']) {
      const options = await page.getByLabel(label).evaluate((select) => Array.from((select as HTMLSelectElement).options, (option) => option.textContent ?? ''));
      if (zone !== '') expect(options).not.toContain(zone);
      expect(options.every((option) => !option.includes('<') && option.length < 80)).toBe(true);
    }
    if (zone !== '') expect(await page.getByText(/^We could not use some parts of the link you followed, so we left them out: .*the time zone/).isVisible()).toBe(true);

    // Links the advice offers stay on this site.
    const hrefs = await tool.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^\/(?!\/)/);

    expectNoLeakedValues(await tool.innerText(), value);

    const width = await overflow(tool);
    expect(width.page).toBeLessThanOrEqual(width.viewport);
    expect(width.tool).toBeLessThanOrEqual(width.viewport);

    expect(tab.seen.consoleErrors).toEqual([]);
    expect(await tab.seen.cspViolations()).toEqual([]);
    expect(tab.seen.foreignRequests).toEqual([]);
  });
});
