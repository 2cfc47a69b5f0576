// Claim evaluation against gold: a found claim matches a gold claim when their content spans
// overlap by at least half of the longer one (one-to-one, largest overlaps first). Of the matched
// claims, a speaker or cue is right when the two spans overlap or both are absent. Every figure is
// given for all gold claims and for those not marked borderline; found claims that match a
// borderline gold claim count neither for nor against the second figure.
import type { Claim, Span } from '../types';

export interface GoldClaim extends Span {
  kind?: string;
  cue?: Span | null;
  speaker?: Span | null;
  borderline?: boolean;
}

export interface ClaimScores {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerRight: number;
  cueRight: number;
  speakerAccuracy: number;
  cueAccuracy: number;
}

export interface ClaimEvaluation {
  all: ClaimScores;
  nonBorderline: ClaimScores;
  /** Index of the found claim matched to each gold claim, or -1. */
  goldMatch: number[];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function sameSpan(a: Span | null | undefined, b: Span | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return overlap(a, b) > 0;
}

export function matchClaims(found: Claim[], gold: GoldClaim[]): number[] {
  const pairs: { g: number; f: number; o: number }[] = [];
  gold.forEach((g, gi) =>
    found.forEach((f, fi) => {
      const o = overlap(g, f.content);
      const longer = Math.max(g.end - g.start, f.content.end - f.content.start);
      if (o > 0 && o * 2 >= longer) pairs.push({ g: gi, f: fi, o });
    }),
  );
  pairs.sort((a, b) => b.o - a.o);
  const goldMatch = new Array<number>(gold.length).fill(-1);
  const usedFound = new Set<number>();
  for (const p of pairs) {
    if (goldMatch[p.g] >= 0 || usedFound.has(p.f)) continue;
    goldMatch[p.g] = p.f;
    usedFound.add(p.f);
  }
  return goldMatch;
}

export function emptyScores(): ClaimScores {
  return { gold: 0, found: 0, matched: 0, precision: 0, recall: 0, f1: 0, speakerRight: 0, cueRight: 0, speakerAccuracy: 0, cueAccuracy: 0 };
}

/** Recomputes the ratios from the counts (after adding counts of several files). */
export function finishScores(s: ClaimScores): ClaimScores {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const precision = ratio(s.matched, s.found);
  const recall = ratio(s.matched, s.gold);
  return {
    ...s,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerAccuracy: ratio(s.speakerRight, s.matched),
    cueAccuracy: ratio(s.cueRight, s.matched),
  };
}

export function addScores(into: ClaimScores, s: ClaimScores): void {
  into.gold += s.gold;
  into.found += s.found;
  into.matched += s.matched;
  into.speakerRight += s.speakerRight;
  into.cueRight += s.cueRight;
}

export function evaluateClaims(found: Claim[], gold: GoldClaim[]): ClaimEvaluation {
  const goldMatch = matchClaims(found, gold);
  const all = emptyScores();
  const nb = emptyScores();
  all.gold = gold.length;
  all.found = found.length;
  nb.gold = gold.filter((g) => !g.borderline).length;
  nb.found = found.length - gold.filter((g, i) => g.borderline && goldMatch[i] >= 0).length;
  gold.forEach((g, i) => {
    if (goldMatch[i] < 0) return;
    const f = found[goldMatch[i]];
    const sp = sameSpan(g.speaker, f.speaker) ? 1 : 0;
    const cu = sameSpan(g.cue, f.cue) ? 1 : 0;
    for (const s of g.borderline ? [all] : [all, nb]) {
      s.matched++;
      s.speakerRight += sp;
      s.cueRight += cu;
    }
  });
  return { all: finishScores(all), nonBorderline: finishScores(nb), goldMatch };
}
