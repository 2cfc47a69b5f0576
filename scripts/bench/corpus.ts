// Made-up articles for the bench: the samples' sentences reshuffled (seeded, so every run is the same).
import * as fs from 'fs';
import * as path from 'path';
import { analyzeBase } from '../../server/src/core/analyze';
import { mulberry32 } from '../../server/src/core/random';

/** The seeded random source of the bench corpus. */
export const rng = mulberry32;

export function sampleSentences(samplesDir: string): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(samplesDir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(samplesDir, f), 'utf8');
    for (const s of analyzeBase(text).sentences) out.push(text.slice(s.start, s.end).replace(/\s*\n\s*/g, ' '));
  }
  return out;
}

/** An article of about `chars` characters: paragraphs of two to four shuffled sentences. */
export function article(sentences: string[], chars: number, random: () => number): string {
  const paras: string[] = [];
  let size = 0;
  while (size < chars) {
    const n = 2 + Math.floor(random() * 3);
    const p = Array.from({ length: n }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    paras.push(p);
    size += p.length + 1;
  }
  return paras.join('\n').slice(0, chars);
}
