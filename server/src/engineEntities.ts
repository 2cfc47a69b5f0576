// Placeholder until the NER model lands (issue 3): no entities.
import type { Engine } from './core/analyze';
import type { EngineOptions } from './engine';

export function loadEntityLayer(_options: EngineOptions): Engine['entities'] {
  return undefined;
}
