// The annotator's decisions as pure operations: each takes the current decisions and annotated
// view and returns new decisions (or a reason why not). A suggestion gets a stored record the first
// time the annotator decides something about it; every change is appended to its history.
import { ENTITY_TYPES, type ClaimKind, type EntityType, type Span } from '../types';
import type { AnnotatedDocument, Annotation, ClaimAnnotation, EntityAnnotation, Status } from './model';
import { anchorOf, trimSpan } from './quote';
import type { AnnotationRecord, ClaimRecord, Decisions, EntityRecord } from './record';

export interface Actor {
  author: string;
  time: string;
  newId(kind: 'entity' | 'claim'): string;
}

export interface Decided {
  decisions: Decisions;
  id?: string;
}

/**
 * Why a decision is refused, as data: the server words it in the display language (each id is a
 * `refusal.<id>` row of server/src/messages.ts, which the compiler checks).
 */
export interface Refusal {
  error: 'noEntity' | 'noClaim' | 'noClaimSelect' | 'unknownType' | 'outside' | 'empty' | 'speakerOutside' | 'speakerEmpty' | 'noStance' | 'noSuggestedEntities' | 'noSuggestedClaims';
  args?: string[];
}

export type Outcome = Decided | Refusal;

const unknownType = (type: string): Refusal => ({ error: 'unknownType', args: [type, ENTITY_TYPES.join(', ')] });

/** The smallest annotation of a kind under an offset (an offset just after a span counts too). */
export function annotationAt<T extends Annotation>(list: T[], offset: number): T | undefined {
  const live = list.filter((a) => !a.orphaned);
  const inside = live.filter((a) => a.start <= offset && offset < a.end);
  const touching = inside.length ? inside : live.filter((a) => a.end === offset);
  return touching.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

function recordFor(d: Decisions, a: Annotation, text: string): AnnotationRecord {
  const existing = d.records.find((r) => r.id === a.id);
  if (existing) return existing;
  const base = { id: a.id, ...anchorOf(text, a), status: a.status, source: a.source, history: [] };
  if (a.kind === 'entity') return { ...base, kind: 'entity', type: a.type };
  const claim: ClaimRecord = { ...base, kind: 'claim', claimKind: a.claimKind };
  if (a.speaker) claim.speaker = anchorOf(text, a.speaker);
  if (a.cue) claim.cue = anchorOf(text, a.cue);
  return claim;
}

/** Applies `change` to the record of annotation `a` (creating it with a stable id first). */
function update<R extends AnnotationRecord>(d: Decisions, a: Annotation, text: string, actor: Actor, action: string, change: (r: R) => string | void): Decided {
  const old = recordFor(d, a, text);
  const r = structuredClone(old) as R;
  if (!d.records.includes(old)) r.id = actor.newId(r.kind);
  const from = change(r);
  r.history.push({ action, author: actor.author, time: actor.time, ...(from !== undefined ? { from } : {}) });
  return { decisions: { ...d, records: [...d.records.filter((x) => x !== old), r] }, id: r.id };
}

export function setStatus(d: Decisions, view: AnnotatedDocument, text: string, kind: 'entity' | 'claim', offset: number, status: Status, actor: Actor): Outcome {
  const a = annotationAt<Annotation>(kind === 'entity' ? view.entities : view.claims, offset);
  if (!a) return { error: kind === 'entity' ? 'noEntity' : 'noClaim' };
  return update(d, a, text, actor, status === 'accepted' ? 'accept' : status === 'rejected' ? 'reject' : 'reset', (r) => {
    r.status = status;
  });
}

export function relabelEntity(d: Decisions, view: AnnotatedDocument, text: string, offset: number, type: string, actor: Actor): Outcome {
  if (!ENTITY_TYPES.includes(type as EntityType)) return unknownType(type);
  const a = annotationAt(view.entities, offset);
  if (!a) return { error: 'noEntity' };
  return update<EntityRecord>(d, a, text, actor, 'relabel', (r) => {
    const from = r.type;
    r.type = type as EntityType;
    r.status = 'accepted';
    return from;
  });
}

function selection(text: string, range: Span): Span | 'outside' | 'empty' {
  if (range.start < 0 || range.end > text.length || range.start > range.end) return 'outside';
  const span = trimSpan(text, range);
  return span.end > span.start ? span : 'empty';
}

function added(d: Decisions, record: AnnotationRecord, actor: Actor): Decided {
  record.history.push({ action: 'add', author: actor.author, time: actor.time });
  return { decisions: { ...d, records: [...d.records, record] }, id: record.id };
}

export function addEntity(d: Decisions, view: AnnotatedDocument, text: string, range: Span, type: string, actor: Actor): Outcome {
  if (!ENTITY_TYPES.includes(type as EntityType)) return unknownType(type);
  const span = selection(text, range);
  if (typeof span === 'string') return { error: span };
  const same = [...view.entities, ...(view.rejected ?? [])].find((a): a is EntityAnnotation => a.kind === 'entity' && a.start === span.start && a.end === span.end);
  if (same) {
    return update<EntityRecord>(d, same, text, actor, 'relabel', (r) => {
      const from = r.type;
      r.type = type as EntityType;
      r.status = 'accepted';
      return from === type ? undefined : from;
    });
  }
  return added(d, { kind: 'entity', id: actor.newId('entity'), ...anchorOf(text, span), type: type as EntityType, status: 'accepted', source: 'human', history: [] }, actor);
}

export function addClaim(d: Decisions, view: AnnotatedDocument, text: string, range: Span, claimKind: ClaimKind, actor: Actor): Outcome {
  const span = selection(text, range);
  if (typeof span === 'string') return { error: span };
  const same = [...view.claims, ...(view.rejected ?? [])].find((a): a is ClaimAnnotation => a.kind === 'claim' && a.start === span.start && a.end === span.end);
  if (same)
    return update(d, same, text, actor, 'accept', (r) => {
      r.status = 'accepted';
    });
  return added(d, { kind: 'claim', id: actor.newId('claim'), ...anchorOf(text, span), claimKind, status: 'accepted', source: 'human', history: [] }, actor);
}

/** The claim a stance command means: the one under an empty range, or the selection as a new claim. */
function claimFor(d: Decisions, view: AnnotatedDocument, text: string, range: Span, claimKind: ClaimKind, actor: Actor): { d: Decisions; claim: ClaimAnnotation } | Refusal {
  if (range.start === range.end) {
    const claim = annotationAt(view.claims, range.start);
    return claim ? { d, claim } : { error: 'noClaimSelect' };
  }
  const span = trimSpan(text, range);
  const same = view.claims.find((c) => {
    const t = trimSpan(text, c);
    return t.start === span.start && t.end === span.end;
  });
  if (same) return { d, claim: same };
  const made = addClaim(d, view, text, range, claimKind, actor);
  if ('error' in made) return made;
  const r = made.decisions.records.find((x) => x.id === made.id) as ClaimRecord;
  return { d: made.decisions, claim: { kind: 'claim', id: r.id, start: r.start, end: r.end, text: r.exact, claimKind, status: r.status, source: r.source } };
}

export function tagStance(d: Decisions, view: AnnotatedDocument, text: string, range: Span, stance: string, target: string | undefined, claimKind: ClaimKind, actor: Actor): Outcome {
  if (!stance) return { error: 'noStance' };
  const found = claimFor(d, view, text, range, claimKind, actor);
  if ('error' in found) return found;
  return update<ClaimRecord>(found.d, found.claim, text, actor, 'stance', (r) => {
    const from = r.stance;
    r.stance = stance;
    if (target) r.target = target;
    else delete r.target;
    r.status = 'accepted';
    return from;
  });
}

export function setSpeaker(d: Decisions, view: AnnotatedDocument, text: string, offset: number, speakerRange: Span, actor: Actor): Outcome {
  const claim = annotationAt(view.claims, offset);
  if (!claim) return { error: 'noClaim' };
  const speaker = selection(text, speakerRange);
  if (typeof speaker === 'string') return { error: speaker === 'outside' ? 'speakerOutside' : 'speakerEmpty' };
  return update<ClaimRecord>(d, claim, text, actor, 'speaker', (r) => {
    const from = r.speaker?.exact;
    r.speaker = anchorOf(text, speaker);
    r.status = 'accepted';
    return from;
  });
}

export function acceptAll(d: Decisions, view: AnnotatedDocument, text: string, kind: 'entity' | 'claim', actor: Actor): Outcome {
  const pending = (kind === 'entity' ? view.entities : view.claims).filter((a) => a.status === 'suggested' && !a.orphaned);
  if (!pending.length) return { error: kind === 'entity' ? 'noSuggestedEntities' : 'noSuggestedClaims' };
  // What accepting them one by one gives (each record moved to the end, new ones numbered in
  // order), made in one pass: one at a time copies every record per annotation, which takes
  // seconds on a long article with thousands of suggestions.
  const byId = new Map(d.records.map((r) => [r.id, r]));
  const replaced = new Set<AnnotationRecord>();
  const accepted: AnnotationRecord[] = [];
  for (const a of pending) {
    const old = byId.get(a.id);
    const r = structuredClone(old ?? recordFor({ records: [] }, a, text));
    if (old) replaced.add(old);
    else r.id = actor.newId(r.kind);
    r.status = 'accepted';
    r.history.push({ action: 'accept', author: actor.author, time: actor.time });
    accepted.push(r);
  }
  return { decisions: { ...d, records: [...d.records.filter((r) => !replaced.has(r)), ...accepted] } };
}

export function tagArticle(d: Decisions, stance: string | undefined, target: string | undefined, actor: Actor): Outcome {
  const out: Decisions = { ...d };
  if (stance) out.article = { stance, ...(target ? { target } : {}), author: actor.author, time: actor.time };
  else delete out.article;
  return { decisions: out };
}
