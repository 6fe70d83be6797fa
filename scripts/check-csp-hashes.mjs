// Lists inline scripts in built pages whose hash the page's CSP does not allow.
// Used by the browser suite's preflight; a mismatch means Starlight changed a script's text.
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

export function unhashedInlineScripts(html) {
  const csp = metaPolicy(html);
  const missing = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/type="application\/(ld\+)?json"/i.test(attributes)) continue; // data, never executed
    const hash = `sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}`;
    if (!csp.includes(hash)) missing.push({ hash, start: (match[2] ?? '').trim().slice(0, 60) });
  }
  return missing;
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
