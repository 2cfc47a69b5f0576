// Placeholder until claim detection lands (issue 4): no claims.
import type { Engine } from './core/analyze';
import type { EngineOptions } from './engine';

export function loadClaimLayer(_options: EngineOptions): Engine['claims'] {
  return undefined;
}
