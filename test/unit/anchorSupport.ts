// Records built from the gold annotations of the real samples, for the re-anchoring tests.
import * as fs from 'fs';
import * as path from 'path';
import { anchorOf } from '../../server/src/core/annotate/quote';
import type { AnnotationRecord } from '../../server/src/core/annotate/record';
import type { EntityType } from '../../server/src/core/types';
import { GOLD_DIR, readSample, sampleNames } from '../support/samples';

interface GoldSpan {
  start: number;
  end: number;
  text: string;
  type?: string;
}
interface Gold {
  entities: GoldSpan[];
  claims: (GoldSpan & { kind: 'direct' | 'indirect'; speaker?: GoldSpan })[];
}

export function goldOf(name: string): Gold {
  return JSON.parse(fs.readFileSync(path.join(GOLD_DIR, name.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
}

export function recordsOf(name: string, text = readSample(name)): AnnotationRecord[] {
  const gold = goldOf(name);
  const history = [{ action: 'accept', author: 'test', time: '2026-01-01T00:00:00.000Z' }];
  const entities = gold.entities.map((e, i): AnnotationRecord => ({
    kind: 'entity',
    id: `e${i}`,
    ...anchorOf(text, e),
    type: e.type as EntityType,
    status: 'accepted',
    source: 'human',
    history,
  }));
  const claims = gold.claims.map((c, i): AnnotationRecord => ({
    kind: 'claim',
    id: `c${i}`,
    ...anchorOf(text, c),
    claimKind: c.kind,
    status: 'accepted',
    source: 'human',
    history,
    ...(c.speaker ? { speaker: anchorOf(text, c.speaker) } : {}),
  }));
  return [...entities, ...claims];
}

export { readSample, sampleNames };

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
