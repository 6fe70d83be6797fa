import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROME_PATH); Playwright's own browser download cannot work on these machines. */
export function chromiumPath(): string {
  const path = process.env['CHROME_PATH'] || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with "apt-get update && apt-get install -y chromium", ` +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

// Flags for a closed network: without the background-networking ones Chromium keeps trying to
// reach Google's services and floods the log with refused connections.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The built site under test: dist/, or SITE_DIR when a second build must not disturb a first. */
export const SITE_DIR = process.env['SITE_DIR'] || 'dist';
