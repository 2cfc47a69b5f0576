// Runs claim detection on a text with the shipped cue lexicon and, optionally, an entity layer
// built from given names (every occurrence of each name becomes a mention of its cluster).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeBase, type EntityLayer } from '../../server/src/core/analyze';
import { detectClaims } from '../../server/src/core/claims/detect';
import { buildLexicon, validateCueData, type CueLexicon } from '../../server/src/core/claims/lexicon';
import type { Claim, EntityType } from '../../server/src/core/types';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export { GOLD_DIR as GOLD } from '../support/samples';

let shipped: CueLexicon | undefined;
export function shippedLexicon(): CueLexicon {
  shipped ??= buildLexicon(validateCueData(JSON.parse(fs.readFileSync(path.join(REPO, 'server', 'data', 'cues.json'), 'utf8')), 'cues.json'));
  return shipped;
}

export interface NameGiven {
  text: string;
  type: EntityType;
}

export function layerOf(text: string, names: NameGiven[]): EntityLayer {
  const layer: EntityLayer = { entities: [], clusters: [] };
  names.forEach((n, id) => {
    layer.clusters.push({ id, type: n.type, canonical: n.text, forms: [n.text], mentions: [] });
    for (let at = text.indexOf(n.text); at >= 0; at = text.indexOf(n.text, at + n.text.length)) {
      layer.clusters[id].mentions.push(layer.entities.length);
      layer.entities.push({ start: at, end: at + n.text.length, text: n.text, type: n.type, cluster: id, source: 'user' });
    }
  });
  layer.entities.sort((a, b) => a.start - b.start);
  return layer;
}

export interface ClaimText {
  kind: string;
  speaker?: string;
  cue?: string;
  content: string;
  carried?: boolean;
  cluster?: number;
}

export function claimsOf(text: string, names: NameGiven[] = [], lexicon = shippedLexicon()): ClaimText[] {
  const claims: Claim[] = detectClaims(analyzeBase(text), layerOf(text, names), lexicon);
  return claims.map((c) => ({
    kind: c.kind,
    speaker: c.speaker && text.slice(c.speaker.start, c.speaker.end),
    cue: c.cue && text.slice(c.cue.start, c.cue.end),
    content: text.slice(c.content.start, c.content.end),
    carried: !!c.speakerCarried,
    cluster: c.speakerCluster,
  }));
}

export interface Expected {
  kind?: 'direct' | 'indirect';
  /** The found speaker's text must contain this; null when no speaker is expected. */
  speaker?: string | null;
  /** The found speaker's exact text, when containing it is not enough (مسؤول أمريكي, not … الصحفيين). */
  speakerIs?: string;
  cue?: string;
  content: string;
  carried?: boolean;
  cluster?: number;
}

export interface Case {
  name: string;
  text: string;
  names?: NameGiven[];
  claims: Expected[];
}

/** Found claims against expected ones, in document order; a speaker matches when it contains the expected text. */
export function check(found: ClaimText[], expected: Expected[], label: string): void {
  assert.strictEqual(found.length, expected.length, `${label}: found ${JSON.stringify(found, null, 1)}`);
  expected.forEach((e, i) => {
    const f = found[i];
    const where = `${label} #${i}: ${JSON.stringify(f)}`;
    assert.strictEqual(f.content, e.content, where);
    if (e.kind) assert.strictEqual(f.kind, e.kind, where);
    if (e.cue) assert.strictEqual(f.cue, e.cue, where);
    if (e.speaker === null) assert.strictEqual(f.speaker, undefined, where);
    else if (e.speaker !== undefined) assert.ok(f.speaker?.includes(e.speaker), where);
    if (e.speakerIs !== undefined) assert.strictEqual(f.speaker, e.speakerIs, where);
    if (e.carried !== undefined) assert.strictEqual(f.carried, e.carried, where);
    if ('cluster' in e) assert.strictEqual(f.cluster, e.cluster, where);
  });
}
