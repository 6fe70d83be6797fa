// @ts-check
// Completes dist/_headers after each build: the format Netlify, Cloudflare Pages and others read.
// public/_headers holds the headers we choose; only the Content-Security-Policy is computed,
// because Astro hashes each page's scripts at build time: it is the union of what the built
// pages' meta tags allow, plus frame-ancestors, which only a header can carry. First it trims each
// page's CSP meta tag to the hashes of its own inline scripts and moves it to the top of its <head>
// (ownScriptHashesOnly and cspMetaFirst in check-csp-hashes.mjs), ahead of every script.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { cspMetaFirst, htmlFiles, metaPolicy, ownScriptHashesOnly } from './check-csp-hashes.mjs';

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

const POLICY_LINE = /^(\s+Content-Security-Policy:).*$/m;

/**
 * Fills the Content-Security-Policy line of public/_headers (copied into dist/ by the build)
 * with the union of the built pages' policies. The other headers are kept as written there.
 * @param {string} distDir
 * @param {string} template the text of public/_headers
 */
export function headersFileFor(distDir, template) {
  if (!POLICY_LINE.test(template)) {
    throw new Error('public/_headers has no Content-Security-Policy line for the build to fill in');
  }
  /** @type {string[]} */
  const policies = [];
  for (const file of htmlFiles(distDir)) {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    if (policy) policies.push(policy);
  }
  return template.replace(POLICY_LINE, (_line, name) => `${name} ${mergePolicies(policies)}`);
}

/** @returns {import('astro').AstroIntegration} */
export function securityHeaders() {
  return {
    name: 'bow-out:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        for (const page of htmlFiles(distDir)) {
          const html = readFileSync(page, 'utf8');
          const moved = cspMetaFirst(ownScriptHashesOnly(html));
          if (moved !== html) writeFileSync(page, moved);
        }
        logger.info('moved each page\'s CSP meta tag to the top of its <head>, allowing only its own inline scripts');
        const file = join(distDir, '_headers');
        writeFileSync(file, headersFileFor(distDir, readFileSync(file, 'utf8')));
        logger.info('filled in the Content-Security-Policy of _headers');
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
