// Loads the data the core's entity and claim layers need (model file, lexicons) and builds the
// Engine that analyze() takes. The only place that reads engine data from disk.
import type { Engine } from './core/analyze';
import { loadEntityLayer } from './engineEntities';
import { loadClaimLayer } from './engineClaims';

export interface EngineOptions {
  /** Workspace folder, for the user's own lists (.mizan/…). */
  workspaceFolder?: string;
  /** Extra claim cues, same shape as server/data/cues.json (e.g. from the user's settings). */
  cues?: unknown;
}

export function loadEngine(options: EngineOptions = {}): Engine {
  return { entities: loadEntityLayer(options), claims: loadClaimLayer(options) };
}
