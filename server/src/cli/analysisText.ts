// The human-readable report of one analysis that `mizan analyze` prints without --json.
import type { Analysis } from '../core/types';

function oneLine(s: string, max = 100): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The report; only the number of tokens is read, so a caller that no longer holds them passes their count. */
export function formatAnalysis(file: string, a: Omit<Analysis, 'tokens'> & { tokens: { length: number } }): string {
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
