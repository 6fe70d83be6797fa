// The theme choice in localStorage, under Starlight's own key so ThemeProvider's pre-paint
// script reads it. Every touch is guarded: private modes throw on access, full storage on write.

export type Theme = 'auto' | 'dark' | 'light';

const STORAGE_KEY = 'starlight-theme';

/** Any stored value that isn't a known theme means "follow the system". */
export function parseTheme(value: unknown): Theme {
  return value === 'dark' || value === 'light' || value === 'auto' ? value : 'auto';
}

export function readStoredTheme(): Theme {
  try {
    return parseTheme(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

/** Returns false when the browser would not keep the choice. */
export function writeStoredTheme(theme: Theme): boolean {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return false;
    // Starlight stores '' for "auto", so the pre-paint script falls back to the system theme.
    storage.setItem(STORAGE_KEY, theme === 'auto' ? '' : theme);
    return true;
  } catch {
    return false;
  }
}
