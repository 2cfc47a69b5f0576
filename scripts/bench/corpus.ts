// Made-up articles for the bench: the samples' sentences reshuffled (seeded, so every run is the same).
import * as fs from 'fs';
import * as path from 'path';
import { analyzeBase } from '../../server/src/core/analyze';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
