// @ts-check
// Building a site (`npm run build`: astro build, then Starlight's Pagefind step) and timing it.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { folderBytes } from './report.mjs';
import { htmlPaths } from './weight.mjs';

// As the bench was started: Vite's createServer (section 5) sets NODE_ENV=development in this
// process, and a build that inherited it would come out as a development build.
const STARTING_NODE_ENV = process.env['NODE_ENV'];

/**
 * Runs `npm run build` in a folder; resolves with the wall time, or rejects with the log's tail.
 * @param {string} folder
 * @returns {Promise<{ seconds: number, pages: number, indexBytes: number, indexFiles: number }>}
 */
export function buildSite(folder) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    /** @type {NodeJS.ProcessEnv} */
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
    if (STARTING_NODE_ENV === undefined) delete env['NODE_ENV'];
    else env['NODE_ENV'] = STARTING_NODE_ENV;
    const child = spawn('npm', ['run', 'build'], {
      cwd: folder,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`npm run build failed in ${folder} (exit ${code}):\n${log.split('\n').slice(-25).join('\n')}`));
        return;
      }
      const dist = join(folder, 'dist');
      const index = join(dist, 'pagefind');
      if (!existsSync(index)) {
        reject(new Error(`the build in ${folder} wrote no Pagefind index (dist/pagefind)`));
        return;
      }
      resolve({ seconds, pages: htmlPaths(dist).length, indexBytes: folderBytes(index), indexFiles: countFiles(index) });
    });
  });
}

function countFiles(/** @type {string} */ folder) {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    count += entry.isDirectory() ? countFiles(join(folder, entry.name)) : 1;
  }
  return count;
}

/**
 * Gives a scratch project this project's packages without installing: a copy of node_modules made
 * of hard links (about a second; a plain copy where links cannot be made). Not a symlink, because
 * Astro 7 misreads module paths that share no folder with the project root (a /tmp project whose
 * node_modules resolves into /work: "No cached compile metadata found for …Page.astro?astro&type=style").
 * Astro's and Vite's caches are left out, so a scratch build never touches the real project's.
 */
export function shareNodeModules(/** @type {string} */ given, /** @type {string} */ to) {
  // A node_modules that is itself a symlink (a git worktree sharing another's) is copied as what it
  // points to: `cp -a` would copy the link, and the scratch project would resolve into /work again.
  const from = realpathSync(given);
  const linked = spawnSync('cp', ['-al', from, to], { stdio: 'ignore' });
  if (linked.status !== 0) {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
  for (const cache of ['.astro', '.vite', '.cache']) rmSync(join(to, cache), { recursive: true, force: true });
}
