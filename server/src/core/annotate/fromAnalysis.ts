// Machine suggestions only: the annotated view before the annotator has decided anything.
import type { Analysis } from '../types';
import type { AnnotatedDocument } from './model';

export function fromAnalysis(a: Analysis): AnnotatedDocument {
  return {
    entities: a.entities.map((e, i) => ({
      kind: 'entity',
      id: `m-e${i}`,
      start: e.start,
      end: e.end,
      text: e.text,
      type: e.type,
      status: 'suggested',
      source: 'machine',
      cluster: e.cluster,
    })),
    claims: a.claims.map((c, i) => ({
      kind: 'claim',
      id: `m-c${i}`,
      start: c.content.start,
      end: c.content.end,
      text: a.text.slice(c.content.start, c.content.end),
      claimKind: c.kind,
      cue: c.cue,
      speaker: c.speaker,
      speakerCluster: c.speakerCluster,
      speakerCarried: c.speakerCarried,
      status: 'suggested',
      source: 'machine',
    })),
  };
}
