// Hands the main thread back to the browser for a moment (input, a frame) and resumes in a task of
// its own. The helper starts in three parts: evaluating its modules, hydrating the form, and the
// first render with the clock (the advice, the zone menus, the messages). In one task they kept a
// phone's main thread busy in one long stretch (Lighthouse's Total Blocking Time on the flow
// guide); the directives and the helper yield between them. scheduler.yield resumes ahead of other
// queued tasks, so the wait is as short as the browser allows.
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
