// `mizan analyze <files or folders> [--json]`: runs the core over articles and prints what it found.
import type { Analysis } from '../core/types';
import { analyze } from '../core/analyze';
import { loadEngine } from '../engine';
import { expandInputs, readArticle } from './readArticle';

function oneLine(s: string, max = 100): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function formatAnalysis(file: string, a: Analysis): string {
  const t = a.text;
  const lines = [`== ${file}`, `tokens ${a.tokens.length}, sentences ${a.sentences.length}, quotations ${a.quotations.length}, entities ${a.entities.length}, claims ${a.claims.length}`];
  for (const q of a.quotations) lines.push(`  quote ${q.start}-${q.end}${q.unbalanced ? ' (unbalanced)' : ''}: ${oneLine(t.slice(q.start, q.end))}`);
  for (const e of a.entities) lines.push(`  ${e.type.padEnd(4)} ${e.start}-${e.end} ${e.text}${a.clusters[e.cluster] && a.clusters[e.cluster].canonical !== e.text ? ` → ${a.clusters[e.cluster].canonical}` : ''}`);
  for (const c of a.claims) {
    const speaker = c.speaker ? t.slice(c.speaker.start, c.speaker.end) : '?';
    const cue = c.cue ? t.slice(c.cue.start, c.cue.end) : '—';
    lines.push(`  claim (${c.kind}) ${speaker} → ${cue} → ${oneLine(t.slice(c.content.start, c.content.end))}`);
  }
  return lines.join('\n');
}

export function runAnalyze(args: string[]): number {
  const json = args.includes('--json');
  const inputs = args.filter((a) => !a.startsWith('--'));
  if (inputs.length === 0) {
    process.stderr.write('usage: mizan analyze <files or folders> [--json]\n');
    return 2;
  }
  const engine = loadEngine();
  let failed = 0;
  const results: unknown[] = [];
  for (const file of expandInputs(inputs)) {
    try {
      const a = analyze(readArticle(file), engine);
      if (json) results.push({ file, tokens: a.tokens, sentences: a.sentences, quotations: a.quotations, entities: a.entities, clusters: a.clusters, claims: a.claims });
      else process.stdout.write(formatAnalysis(file, a) + '\n');
    } catch (err) {
      failed++;
      process.stderr.write(`mizan: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  if (json) process.stdout.write(JSON.stringify(results, null, 1) + '\n');
  if (failed) process.stderr.write(`mizan: ${failed} file(s) could not be analysed\n`);
  return failed ? 1 : 0;
}
