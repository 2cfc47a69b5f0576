// `mizan eval claims <gold folder> [--errors] [--json]`: runs the engine over every NAME.txt that
// has a NAME.json gold file beside it and prints claim precision / recall / F1 and speaker and cue
// accuracy, over all gold claims and over those not marked borderline, in total and per file.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../core/analyze';
import type { Claim } from '../core/types';
import { type ClaimScores, type GoldClaim, addScores, emptyScores, evaluateClaims, finishScores } from '../core/claims/evaluate';
import { loadEngine } from '../engine';
import { readArticle } from '../articles/articleFiles';

export interface FileResult {
  file: string;
  all: ClaimScores;
  nonBorderline: ClaimScores;
  errors: string[];
}

export interface ClaimsReport {
  files: FileResult[];
  all: ClaimScores;
  nonBorderline: ClaimScores;
}

function isSpan(v: unknown): boolean {
  return typeof v === 'object' && v !== null && Number.isInteger((v as GoldClaim).start) && Number.isInteger((v as GoldClaim).end);
}

export function readGold(file: string): GoldClaim[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const claims = (raw as { claims?: unknown }).claims;
  if (!Array.isArray(claims)) throw new Error(`${file}: no "claims" list`);
  claims.forEach((c, i) => {
    if (!isSpan(c)) throw new Error(`${file}: claims[${i}] needs integer "start" and "end"`);
    for (const k of ['cue', 'speaker'] as const) {
      const v = (c as Record<string, unknown>)[k];
      if (v !== undefined && v !== null && !isSpan(v)) throw new Error(`${file}: claims[${i}].${k} must be null or have integer "start" and "end"`);
    }
  });
  return claims as GoldClaim[];
}

function flat(text: string, s: { start: number; end: number } | null | undefined, max = 60): string {
  if (!s) return '—';
  const t = text.slice(s.start, s.end).replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

function describeErrors(text: string, found: Claim[], gold: GoldClaim[], goldMatch: number[]): string[] {
  const out: string[] = [];
  const used = new Set(goldMatch.filter((m) => m >= 0));
  gold.forEach((g, i) => {
    const b = g.borderline ? ' [borderline]' : '';
    if (goldMatch[i] < 0) {
      out.push(`missed${b} ${g.start}-${g.end} ${flat(text, g.speaker)} → ${flat(text, g.cue)} → ${flat(text, g)}`);
      return;
    }
    const f = found[goldMatch[i]];
    const ov = (a?: { start: number; end: number } | null, c?: { start: number; end: number } | null) => (!a || !c ? !a && !c : Math.min(a.end, c.end) > Math.max(a.start, c.start));
    if (!ov(g.speaker, f.speaker)) out.push(`speaker${b} ${g.start}: gold ${flat(text, g.speaker)} / found ${flat(text, f.speaker)}`);
    if (!ov(g.cue, f.cue)) out.push(`cue${b} ${g.start}: gold ${flat(text, g.cue)} / found ${flat(text, f.cue)}`);
  });
  found.forEach((f, i) => {
    if (!used.has(i)) out.push(`extra ${f.content.start}-${f.content.end} ${flat(text, f.speaker)} → ${flat(text, f.cue)} → ${flat(text, f.content)}`);
  });
  return out;
}

/** Evaluates every gold pair in `folder` with the engine as loadEngine() builds it. */
export function evaluateFolder(folder: string): ClaimsReport {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error(`${folder}: not a folder`);
  const names = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json') && fs.existsSync(path.join(folder, f.replace(/\.json$/, '.txt'))))
    .sort();
  if (names.length === 0) throw new Error(`${folder}: no NAME.txt + NAME.json gold pairs`);
  const engine = loadEngine();
  const all = emptyScores();
  const nb = emptyScores();
  const files = names.map((name): FileResult => {
    const text = readArticle(path.join(folder, name.replace(/\.json$/, '.txt')));
    const gold = readGold(path.join(folder, name));
    const found = analyze(text, engine).claims;
    const ev = evaluateClaims(found, gold);
    addScores(all, ev.all);
    addScores(nb, ev.nonBorderline);
    return { file: name.replace(/\.json$/, '.txt'), all: ev.all, nonBorderline: ev.nonBorderline, errors: describeErrors(text, found, gold, ev.goldMatch) };
  });
  return { files, all: finishScores(all), nonBorderline: finishScores(nb) };
}

const pct = (x: number) => x.toFixed(3);

function row(label: string, s: ClaimScores): string {
  return `${label.padEnd(34)} ${String(s.gold).padStart(4)} ${String(s.found).padStart(5)} ${String(s.matched).padStart(7)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${pct(s.speakerAccuracy)}    ${pct(s.cueAccuracy)}`;
}

export function formatReport(r: ClaimsReport, errors: boolean): string {
  const lines = [`${'claims'.padEnd(34)} gold found matched  P      R      F1     speaker  cue`];
  lines.push(row('ALL files, all claims', r.all), row('ALL files, non-borderline', r.nonBorderline));
  for (const f of r.files) {
    lines.push(row(`${f.file}`, f.all), row(`  non-borderline`, f.nonBorderline));
    if (errors) for (const e of f.errors) lines.push(`    ${e}`);
  }
  return lines.join('\n');
}

export function runEvalClaims(args: string[]): number {
  const folder = args.find((a) => !a.startsWith('--'));
  if (!folder) {
    process.stderr.write('usage: mizan eval claims <gold folder> [--errors] [--json]\n');
    return 2;
  }
  try {
    const report = evaluateFolder(folder);
    process.stdout.write((args.includes('--json') ? JSON.stringify(report, null, 1) : formatReport(report, args.includes('--errors'))) + '\n');
    return 0;
  } catch (err) {
    process.stderr.write(`mizan eval claims: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
