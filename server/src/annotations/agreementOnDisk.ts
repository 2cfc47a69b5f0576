// Agreement between annotators whose copies of the same articles are in folders on disk: read
// each copy (articleOnDisk), compare what each accepted or added (core/agreement), and the
// report as `mizan agree` prints it. Shared by the CLI and the editor's Compare Annotators.
import * as path from 'path';
import { compareArticle, compareCorpus, type AnnotatorSpans, type ArticleAgreement, type ArticleInput } from '../core/agreement/compare';
import type { ExportInput } from '../core/formats/exportInput';
import { ENTITY_TYPES } from '../core/types';
import { loadEngine } from '../engine';
import { expandInputs } from '../articles/articleFiles';
import { exportInputOf } from './articleOnDisk';

function spansOf(input: ExportInput): AnnotatorSpans {
  return {
    entities: input.view.entities.filter((e) => e.status === 'accepted' && !e.orphaned).map((e) => ({ start: e.start, end: e.end, type: e.type })),
    claims: input.view.claims.filter((c) => c.status === 'accepted' && !c.orphaned).map((c) => ({ start: c.start, end: c.end, ...(c.stance ? { stance: c.stance } : {}) })),
  };
}

export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

const num = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '—');

function row(name: string, r: ArticleAgreement): string {
  const p = r.pairs;
  const cells = p.map((q) => [num(q.entitiesExact.f), num(q.entitiesOverlap.f), num(q.tokenKappa.kappa), num(q.claimsExact.f), num(q.claimsOverlap.f), num(q.stanceKappa.kappa)].join('  ')).join(' | ');
  return `${name}  ${cells}  ${num(r.stanceAlpha.alpha)}`;
}

export interface AgreementReport {
  articles: (ArticleInput & { name: string; text: string; result: ArticleAgreement })[];
  total: ArticleAgreement;
  missing: string[];
}

/** The agreement of the annotators whose copies are in these folders (throws, naming the file, on differing texts). */
export function agreementOf(folders: string[], engine = loadEngine()): AgreementReport {
  const lists = folders.map((f) => new Set(expandInputs([f]).map((file) => path.relative(f, file))));
  const names = [...lists[0]].filter((n) => lists.every((l) => l.has(n))).sort();
  const missing = [...new Set(lists.flatMap((l) => [...l]))].filter((n) => !names.includes(n));
  if (!names.length) throw new Error('no article is in every folder');
  const articles: AgreementReport['articles'] = [];
  for (const name of names) {
    const inputs = folders.map((f) => exportInputOf(path.join(f, name), engine));
    const changed = inputs.findIndex((i) => i.text !== inputs[0].text);
    if (changed > 0) throw new Error(`${path.join(folders[changed], name)}: the text differs from ${path.join(folders[0], name)}; agreement needs the same text`);
    const annotators = inputs.map(spansOf);
    articles.push({ name, text: inputs[0].text, tokens: inputs[0].tokens, length: inputs[0].text.length, annotators, result: compareArticle(inputs[0].tokens, ENTITY_TYPES, annotators) });
  }
  return { articles, total: compareCorpus(articles, ENTITY_TYPES), missing };
}

/** The report as text: a table per article and in total, then each disagreement as path:line:column. */
export function formatAgreement(folders: string[], r: AgreementReport): string {
  const out: string[] = [];
  out.push(
    `annotator 1: ${folders[0]}; against ${folders
      .slice(1)
      .map((f, i) => `annotator ${i + 2}: ${f}`)
      .join(', ')}`,
  );
  out.push('article  entity F1 exact  overlap  token κ  claim F1 exact  overlap  stance κ [| next pair]  stance α');
  for (const a of r.articles) out.push(row(a.name, a.result));
  out.push(row('total', r.total));
  out.push('', 'token κ by type (total): ' + r.total.pairs.map((p) => ENTITY_TYPES.map((t) => `${t} ${num(p.tokenKappaByType[t].kappa)}`).join(', ')).join(' | '));
  const lines = r.articles.flatMap((a) => a.result.disagreements.map((d) => `${path.join(folders[d.between[1]], a.name)}:${lineColumn(a.text, d.start)}: ${d.what} «${a.text.slice(d.start, d.end).replace(/\s+/g, ' ')}»`));
  out.push('', `${lines.length} disagreement(s):`, ...lines);
  if (r.missing.length) out.push('', `not in every folder (left out): ${r.missing.join(', ')}`);
  return out.join('\n') + '\n';
}
