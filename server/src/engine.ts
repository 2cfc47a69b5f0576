// Loads the data the core's entity and claim layers need (model file, lexicons) and builds the
// Engine that analyze() takes. The only place in the server that reads engine data from disk.
import type { Engine } from './core/analyze';

export interface EngineOptions {
  /** Workspace folder, for the user's own lists (.mizan/…). */
  workspaceFolder?: string;
}

export function loadEngine(_options: EngineOptions = {}): Engine {
  return {};
}
