// The CSP of built pages: where its meta tag sits, and which inline scripts it does not allow
// (run as a script, it lists those; a mismatch means Starlight changed a script's text).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

export function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

/** The policy a built page carries in its meta tag ('' when it has none). */
export function metaPolicy(html) {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
}

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;
const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * Moves a page's CSP meta tag to just after `<meta charset>`. Astro writes it where the page's
 * head content goes, at the end of Starlight's `<head>`, after the theme script and JSON-LD; a
 * meta policy covers only what follows it, so on a host that ignores _headers those would run
 * unchecked. The charset stays first, within the 1,024 bytes browsers look in.
 * @param {string} html
 */
export function cspMetaFirst(html) {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const rest = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const charset = CHARSET_META.exec(rest);
  const head = /<head(?:\s[^>]*)?>/i.exec(rest);
  const at = charset ? charset.index + charset[0].length : head ? head.index + head[0].length : -1;
  if (at < 0) throw new Error('a built page has a CSP meta tag but no <head>');
  return rest.slice(0, at) + meta[0] + rest.slice(at);
}

/** Each inline script a page runs (JSON data blocks are never executed), with its CSP hash. */
function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/type="application\/(ld\+)?json"/i.test(attributes)) continue; // data, never executed
    const hash = `sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}`;
    scripts.push({ hash, start: (match[2] ?? '').trim().slice(0, 60) });
  }
  return scripts;
}

export function unhashedInlineScripts(html) {
  const csp = metaPolicy(html);
  return inlineScripts(html).filter((script) => !csp.includes(script.hash));
}

/**
 * Keeps in a page's script-src only the hashes of inline scripts that page has. Astro and our
 * config list every script the site might inline (each client directive, Starlight's Tabs...) on
 * every page; a hash is ~34 bytes that gzip cannot shrink, and the page's policy grows stricter.
 * _headers still allows the union of the pages' scripts (headersFileFor).
 * @param {string} html
 */
export function ownScriptHashesOnly(html) {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const used = new Set(inlineScripts(html).map((script) => script.hash));
  const policy = metaPolicy(meta[0])
    .split(';')
    .map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name !== 'script-src') return part;
      const kept = values.filter((value) => !/^'sha256-/.test(value) || used.has(value.slice(1, -1)));
      return `${part.match(/^\s*/)?.[0] ?? ''}${[name, ...kept].join(' ')}`;
    })
    .join(';');
  return html.slice(0, meta.index) + meta[0].replace(/content="[^"]*"/, `content="${policy}"`) + html.slice(meta.index + meta[0].length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  let bad = 0;
  for (const file of htmlFiles(dir)) {
    for (const miss of unhashedInlineScripts(readFileSync(file, 'utf8'))) {
      bad++;
      console.log(`${file}: ${miss.hash} ${miss.start}`);
    }
  }
  console.log(bad ? `${bad} inline script(s) not allowed by the CSP` : 'every inline script is hashed in the CSP');
  process.exit(bad ? 1 : 0);
}
