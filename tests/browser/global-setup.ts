import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';
import { chromiumPath, SITE_DIR } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

// Serves dist/ once for every spec, on a port the OS picks.
export default async function setup(project: TestProject) {
  chromiumPath(); // fail early, with the install command, when Chromium is missing
  if (!existsSync(`${SITE_DIR}/index.html`) || !existsSync(`${SITE_DIR}/pagefind/pagefind.js`)) {
    throw new Error('The browser suite needs the built, indexed site: run "npm run build" first.');
  }
  const server = await serve({ root: SITE_DIR, port: 0 });
  project.provide('baseURL', server.url);
  return async () => {
    await server.close();
  };
}
