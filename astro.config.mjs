// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { securityHeaders } from './scripts/headers.mjs';
import { OTHER_DIRECTIVES, SCRIPT_RESOURCES, starlightInlineScriptHashes } from './scripts/csp.mjs';

// Search: Pagefind cuts its word index into chunks of about this many word positions. With its
// default (20,000) this site has two 29 KB chunks and most queries need both; a query fetches only
// the chunks holding its words, so at 500 the first search downloads about 2.5 KB of index instead
// of 58 KB (bench/search.mjs prints it). The Pagefind binary Starlight runs after the build reads
// it from the environment; Pagefind calls the setting unstable, so search.spec.ts checks its effect.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '500';

/**
 * `client:touch`: an island that hydrates on the first touch inside it (the home page's helper,
 * held to a byte budget until then), or at once when there is something to restore; the file says why.
 * `client:saved`: when visible, or at once when there is something to restore (the helper on a guide,
 * so a reload far down the page lands on the plan, not on an empty form).
 * @type {import('astro').AstroIntegration}
 */
const clientTouch = {
  name: 'bow-out:client-touch',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'touch', entrypoint: './src/components/decision-helper/client-touch.ts' });
      addClientDirective({ name: 'saved', entrypoint: './src/components/decision-helper/client-saved.ts' });
    },
  },
};

export default defineConfig({
  site: 'https://bowout.example',
  trailingSlash: 'always',
  // Writes JSON schemas of the front matter to .astro/ so the Astro VS Code extension completes and
  // checks it in every page (.vscode/settings.json turns it on there).
  experimental: { contentIntellisense: true },
  vite: {
    environments: {
      client: {
        build: {
          // BOW_OUT_SOURCEMAP=1 npm run build writes source maps beside the client chunks, for
          // bench/chunks.mjs to weigh each chunk by the source modules in it; off by default.
          sourcemap: Boolean(process.env['BOW_OUT_SOURCEMAP']),
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // Vite's preload helper stays a file of its own: the search script on every page needs
                  // it, and the group below would otherwise take it in with the renderer.
                  { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 1 },
                  // What every island loads (Preact, its hooks and JSX runtime, Astro's Preact renderer,
                  // the storage helpers) in one file rather than five: gzip packs one file better and
                  // each split costs imports (decline page −0.9 KB gz, every tool page −0.6 to −1 KB).
                  {
                    name: 'preact',
                    test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]components[\\/](storage\.ts|decision-helper[\\/](storage-keys|flow-details)\.ts)/,
                  },
                  // What the helper's form needs as it starts, shared with the builder, the engine and the
                  // schema's reader, in one file, not one each; with the links' channel names, which the
                  // builder's form reads as it starts (in the schema's file, they would bring it along), and
                  // how both read their date and time fields as they are typed.
                  {
                    name: 'form',
                    test: /src[\\/](lib[\\/](situation-defaults|zones|types|saved-zone|time-units|link-channels|advice[\\/]check-read)\.ts|components[\\/](zone-menus\.tsx|labels\.ts|shared[\\/]LinkChangedNote\.tsx|shared[\\/](use-near|load-once|use-chunk|follow-through-reader|use-when-typing)\.ts))/,
                  },
                  // The situation's schema (zod) and the links read through it, in one file: the helper
                  // loads it only with something to read, the builder, the engine and the messages with them.
                  { name: 'schema', test: /node_modules[\\/]zod[\\/]|src[\\/]lib[\\/](situation|links|zod)\.ts/ },
                  // A link laid over a form, what it left out and the notes that say so: only the two
                  // islands' readers need it (with a link or saved details), so neither the engine nor
                  // the builder's messages carry it; one file for both readers rather than a copy each.
                  { name: 'link-prefill', test: /src[\\/]lib[\\/](link-prefill|link-changes)\.ts/ },
                  // Three small files every text field needs (their caps, their character count, how
                  // saved text is read back), in one: the builder's guides load all three as they load,
                  // and each file of its own cost its own gzip overhead.
                  { name: 'field-text', test: /src[\\/]lib[\\/](field-caps|saved-text|messages[\\/]characters)\.ts/ },
                ],
              },
            },
          },
        },
      },
    },
  },
  // Inlined <style> blocks from MDX-propagated components escape Astro's CSP hashing; as files
  // they fall under style-src 'self'.
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: /** @type {any} */ (OTHER_DIRECTIVES),
      scriptDirective: {
        resources: SCRIPT_RESOURCES,
        hashes: /** @type {any} */ (starlightInlineScriptHashes()),
      },
      styleDirective: {
        // Starlight and Expressive Code size icons and dialogs with style="" attributes; allowing
        // inline *attribute* styles only keeps <style> and every script strict.
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  integrations: [
    starlight({
      title: 'Bow Out',
      // Every internal link and #anchor in the pages is checked at build time; a broken one fails it.
      plugins: [starlightLinksValidator()],
      description:
        'How to cancel, reschedule, decline or withdraw from a job interview without burning a bridge, with a deadline helper and ready-to-send messages.',
      logo: { src: './src/assets/logo.svg', alt: '' , replacesTitle: false },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/custom.css'],
      lastUpdated: false,
      pagination: true,
      pagefind: {
        // Tuned against tests/browser/search-relevance.spec.ts; every page is about interviews, so
        // common words rank nothing and the page whose title, heading or keywords match must win.
        ranking: {
          // Starlight's 0.1 ranks by raw word counts, which saturate on these pages and tie them;
          // 0.5 lets density count, so the page whose heading asks the question comes first.
          termFrequency: 0.5,
          // A match in the title counts five times a body match (Pagefind's default, kept explicit);
          // one in the front matter's searchTerms (`keywords`, from PageTitle.astro) three times.
          metaWeights: { title: 5, keywords: 3 },
        },
      },
      sidebar: [
        { label: 'Candidates', items: [{ autogenerate: { directory: 'candidates' } }] },
        { label: 'Employers', items: [{ autogenerate: { directory: 'employers' } }] },
        { label: 'FAQ', items: [{ autogenerate: { directory: 'faq' } }] },
        { label: 'Tools', items: [{ autogenerate: { directory: 'tools' } }, { label: 'Example messages', link: '/examples/' }] },
      ],
      components: {
        Search: './src/components/overrides/Search.astro',
        Head: './src/components/overrides/Head.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
    }),
    preact(),
    clientTouch,
    securityHeaders(),
  ],
});
