// @ts-check
// Numbers as people read them, and plain-text tables for the terminal.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Raw, gzip and brotli sizes of one body, at node:zlib's defaults (gzip level 6, brotli quality 11). */
export function sizes(/** @type {Buffer} */ body) {
  return { raw: body.length, gzip: gzipSync(body).length, brotli: brotliCompressSync(body).length };
}

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

/** @returns {Sizes} */
export const noSizes = () => ({ raw: 0, gzip: 0, brotli: 0 });

/** @param {Sizes} total @param {Sizes} more */
export function addSizes(total, more) {
  total.raw += more.raw;
  total.gzip += more.gzip;
  total.brotli += more.brotli;
  return total;
}

/** Every file under a folder, in bytes. */
export function folderBytes(/** @type {string} */ folder) {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

/** Bytes as KB with one decimal (1 KB = 1,000 bytes, as browsers' devtools count). */
export const kb = (/** @type {number | undefined} */ bytes) => (bytes === undefined ? '–' : (bytes / 1000).toFixed(1));

export const ms = (/** @type {number | undefined} */ value) => (value === undefined ? '–' : `${Math.round(value)} ms`);

export const seconds = (/** @type {number | undefined} */ value) => (value === undefined ? '–' : `${value.toFixed(1)} s`);

export const times = (/** @type {number | undefined} */ value) => (value === undefined || !Number.isFinite(value) ? '–' : `×${value.toFixed(2)}`);

/** The middle value (mean of the two middle ones for an even count); undefined for none. */
export function median(/** @type {number[]} */ values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * A table with a header row; numbers (and cells starting with a digit, ×, ≤ or –) align right.
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
export function table(header, rows) {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const isNumeric = header.map((_, column) => rows.length > 0 && rows.every((row) => /^[\d×≤–<>-]/.test(String(row[column] ?? ''))));
  const line = (/** @type {string[]} */ row) =>
    row.map((cell, column) => (isNumeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function heading(/** @type {string} */ title) {
  console.log(`\n${title}\n${'═'.repeat(title.length)}`);
}

/** "12.3 ≤ 120 ✓" — a figure beside its target. */
export function againstTarget(/** @type {number | undefined} */ value, /** @type {number} */ target, /** @type {(n: number) => string} */ format) {
  if (value === undefined) return `–  (target ≤ ${format(target)})`;
  return `${format(value)}  (target ≤ ${format(target)}) ${value <= target ? 'ok' : 'OVER'}`;
}
