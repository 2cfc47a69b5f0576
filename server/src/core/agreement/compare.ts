// Agreement between annotators on one article: entity spans (exact and overlap F1, Cohen's κ over
// tokens per type), claim spans (exact and overlap F1), stance (κ on the claims both tagged, and
// Krippendorff's α over every annotator, an untagged or missing claim a missing value), and the
// list of disagreements, each with its place in the text.
import type { Span, Token } from '../types';
import { cohensKappa, krippendorffAlpha, type Alpha, type Kappa } from './coefficients';

export interface AnnotatorSpans {
  entities: (Span & { type: string })[];
  claims: (Span & { stance?: string })[];
}

export interface Prf {
  p: number;
  r: number;
  f: number;
  matched: number;
  a: number;
  b: number;
}

export interface Disagreement extends Span {
  kind: 'entity' | 'claim' | 'stance';
  /** Who disagrees with whom (indices of the annotators). */
  between: [number, number];
  what: string;
}

export interface ArticleAgreement {
  /** The first annotator against each other one, in order. */
  pairs: {
    entitiesExact: Prf;
    entitiesOverlap: Prf;
    tokenKappa: Kappa;
    tokenKappaByType: Record<string, Kappa>;
    claimsExact: Prf;
    claimsOverlap: Prf;
    stanceKappa: Kappa;
  }[];
  stanceAlpha: Alpha;
  disagreements: Disagreement[];
}

const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;

function prf(matched: number, a: number, b: number): Prf {
  const p = b ? matched / b : NaN;
  const r = a ? matched / a : NaN;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : a === 0 && b === 0 ? NaN : 0, matched, a, b };
}

/** One-to-one matches of b's spans to a's, exact or by overlap (greedy in text order). */
function match<T extends Span>(a: T[], b: T[], same: (x: T, y: T) => boolean): Map<T, T> {
  const out = new Map<T, T>();
  const taken = new Set<T>();
  for (const x of a) {
    const y = b.find((c) => !taken.has(c) && same(x, c));
    if (y) {
      out.set(x, y);
      taken.add(y);
    }
  }
  return out;
}

function labels(tokens: Token[], entities: (Span & { type: string })[]): string[] {
  return tokens.map((t) => entities.find((e) => overlaps(e, t))?.type ?? 'O');
}

function pair(tokens: Token[], types: readonly string[], a: AnnotatorSpans, b: AnnotatorSpans, ai: number, bi: number, out: Disagreement[]) {
  const exactE = match(a.entities, b.entities, (x, y) => x.start === y.start && x.end === y.end && x.type === y.type);
  const overlapE = match(a.entities, b.entities, (x, y) => overlaps(x, y) && x.type === y.type);
  const la = labels(tokens, a.entities);
  const lb = labels(tokens, b.entities);
  const tokenKappaByType: Record<string, Kappa> = {};
  for (const t of types) tokenKappaByType[t] = cohensKappa(la.map((x, i) => [x === t ? t : 'O', lb[i] === t ? t : 'O'] as const));
  const exactC = match(a.claims, b.claims, (x, y) => x.start === y.start && x.end === y.end);
  const overlapC = match(a.claims, b.claims, overlaps);
  const between: [number, number] = [ai, bi];
  // Disagreements: what one has and the other has not exactly, and stances that differ.
  const anyE = match(a.entities, b.entities, overlaps);
  for (const x of a.entities) {
    if (exactE.has(x)) continue;
    const y = anyE.get(x);
    out.push({
      kind: 'entity',
      start: x.start,
      end: x.end,
      between,
      what: !y ? `entity ${x.type} only in annotator ${ai + 1}` : y.type !== x.type ? `type ${x.type} (annotator ${ai + 1}) vs ${y.type} (annotator ${bi + 1})` : `${x.type} span differs (annotator ${bi + 1}: ${y.start}-${y.end})`,
    });
  }
  const matchedB = new Set(anyE.values());
  for (const y of b.entities) if (!matchedB.has(y)) out.push({ kind: 'entity', start: y.start, end: y.end, between, what: `entity ${y.type} only in annotator ${bi + 1}` });
  const bothTagged: (readonly [string, string])[] = [];
  for (const x of a.claims) {
    const y = overlapC.get(x);
    if (!y) {
      out.push({ kind: 'claim', start: x.start, end: x.end, between, what: `claim only in annotator ${ai + 1}` });
      continue;
    }
    if (x.stance && y.stance) {
      bothTagged.push([x.stance, y.stance]);
      if (x.stance !== y.stance) out.push({ kind: 'stance', start: x.start, end: x.end, between, what: `stance ${x.stance} (annotator ${ai + 1}) vs ${y.stance} (annotator ${bi + 1})` });
    }
  }
  const matchedC = new Set(overlapC.values());
  for (const y of b.claims) if (!matchedC.has(y)) out.push({ kind: 'claim', start: y.start, end: y.end, between, what: `claim only in annotator ${bi + 1}` });
  return {
    entitiesExact: prf(exactE.size, a.entities.length, b.entities.length),
    entitiesOverlap: prf(overlapE.size, a.entities.length, b.entities.length),
    tokenKappa: cohensKappa(la.map((x, i) => [x, lb[i]] as const)),
    tokenKappaByType,
    claimsExact: prf(exactC.size, a.claims.length, b.claims.length),
    claimsOverlap: prf(overlapC.size, a.claims.length, b.claims.length),
    stanceKappa: cohensKappa(bothTagged),
  };
}

/** Claims as units across annotators (a claim joins the first unit it overlaps that this annotator has not filled). */
export function stanceUnits(annotators: AnnotatorSpans[]): (string | undefined)[][] {
  const units: { spans: Span[]; values: (string | undefined)[] }[] = [];
  annotators.forEach((ann, c) => {
    for (const claim of ann.claims) {
      let unit = units.find((u) => !u.spans[c] && u.spans.some((s) => s && overlaps(s, claim)));
      if (!unit) {
        unit = { spans: [], values: [] };
        units.push(unit);
      }
      unit.spans[c] = claim;
      unit.values[c] = claim.stance;
    }
  });
  return units.map((u) => annotators.map((_, c) => u.values[c]));
}

export function compareArticle(tokens: Token[], types: readonly string[], annotators: AnnotatorSpans[]): ArticleAgreement {
  const disagreements: Disagreement[] = [];
  const pairs = annotators.slice(1).map((b, i) => pair(tokens, types, annotators[0], b, 0, i + 1, disagreements));
  disagreements.sort((x, y) => x.start - y.start || x.between[1] - y.between[1]);
  return { pairs, stanceAlpha: krippendorffAlpha(stanceUnits(annotators)), disagreements };
}

export interface ArticleInput {
  tokens: Token[];
  length: number;
  annotators: AnnotatorSpans[];
}

/** The corpus as one text (articles laid end to end): totals pool every token, span and claim. */
export function compareCorpus(articles: ArticleInput[], types: readonly string[]): ArticleAgreement {
  let at = 0;
  const tokens: Token[] = [];
  const annotators: AnnotatorSpans[] = (articles[0]?.annotators ?? []).map(() => ({ entities: [], claims: [] }));
  for (const a of articles) {
    const move = <T extends Span>(s: T): T => ({ ...s, start: s.start + at, end: s.end + at });
    tokens.push(...a.tokens.map(move));
    a.annotators.forEach((ann, c) => {
      annotators[c].entities.push(...ann.entities.map(move));
      annotators[c].claims.push(...ann.claims.map(move));
    });
    at += a.length + 1;
  }
  return compareArticle(tokens, types, annotators);
}
