// A chunk a page loads when first wanted, then keeps: every later ask finds it at once, and a
// failed load (offline for a moment, say) is tried again by the next ask rather than remembered.

export interface LoadOnce<T> {
  /** What has loaded, if it has. */
  loaded: () => T | undefined;
  /** Starts the load, or joins the one under way. */
  load: () => Promise<T>;
}

export function loadOnce<T>(importer: () => Promise<T>): LoadOnce<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    loaded: () => value,
    load: () => {
      loading ??= importer().then(
        (result) => (value = result),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}
