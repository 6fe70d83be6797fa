// Starlight's `pagefind` options from astro.config.mjs, as its own search component reads them.
declare module 'virtual:starlight/pagefind-config' {
  type StarlightConfig = import('@astrojs/starlight/types').StarlightConfig;
  export const pagefindUserConfig: Partial<Exclude<StarlightConfig['pagefind'], false>>;
}
