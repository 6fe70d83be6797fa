// The advice engine, loaded the first time it is wanted (see ./advice-engine.ts) and kept for the
// page's life: a second helper on the page, or the next change, finds it at once. The helper wants
// it from the person's first change, so it has come by the time a date and time are filled in.
import { loadOnce } from '../shared/load-once';
import { useChunk } from '../shared/use-chunk';

export type AdviceEngine = typeof import('./advice-engine');

const engineChunk = loadOnce<AdviceEngine>(() => import('./advice-engine'));

export interface EngineState {
  engine: AdviceEngine | undefined;
  /** The chunk could not load (offline after an update, say): said, never a blank. */
  failed: boolean;
}

export function useAdviceEngine(isWanted: boolean): EngineState {
  const { value, failed } = useChunk(engineChunk, isWanted);
  return { engine: value, failed };
}
