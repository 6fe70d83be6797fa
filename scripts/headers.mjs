// @ts-check
// Writes dist/_headers after each build: the format Netlify, Cloudflare Pages and others read.
// The Content-Security-Policy is the union of what the built pages' meta tags allow (Astro
// hashes each page's scripts), plus frame-ancestors, which only a header can carry.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { htmlFiles } from './check-csp-hashes.mjs';

/** @param {string[]} policies */
export function mergePolicies(policies) {
  /** @type {Map<string, Set<string>>} */
  const directives = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set();
      values.forEach((value) => set.add(value));
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

export const SECURITY_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Nothing on the site uses these; clipboard-write stays allowed for the copy buttons.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()',
};

/** @param {string} distDir */
export function headersFileFor(distDir) {
  const policies = [];
  for (const file of htmlFiles(distDir)) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'));
    if (meta?.[1]) policies.push(meta[1]);
  }
  const lines = ['/*', `  Content-Security-Policy: ${mergePolicies(policies)}`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push('  Cache-Control: public, max-age=0, must-revalidate');
  // Only files whose names carry a content hash may be cached for a year.
  lines.push('', '/_astro/*', '  Cache-Control: public, max-age=31536000, immutable');
  lines.push('', '/pagefind/fragment/*', '  Cache-Control: public, max-age=31536000, immutable');
  lines.push('', '/pagefind/index/*', '  Cache-Control: public, max-age=31536000, immutable');
  return lines.join('\n') + '\n';
}

/** @returns {import('astro').AstroIntegration} */
export function securityHeaders() {
  return {
    name: 'bow-out:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        writeFileSync(join(distDir, '_headers'), headersFileFor(distDir));
        logger.info('wrote _headers');
      },
    },
  };
}

/**
 * Parses a _headers file into rules a server can apply.
 * @param {string} text
 * @returns {{ pattern: string, headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: Record<string, string> }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** @param {string} pattern @param {string} path */
export function matchesPattern(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}
