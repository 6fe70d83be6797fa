import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FLOW_KINDS } from '../../src/lib/types';

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
