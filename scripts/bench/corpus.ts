// Made-up articles for the bench: sentences reshuffled (seeded, so every run is the same).
import * as fs from 'fs';
import * as path from 'path';
import { analyzeBase } from '../../server/src/core/analyze';
import { mulberry32 } from '../../server/src/core/random';
import { parseConll } from '../../server/src/core/entities/conll';
import { shuffled } from '../../server/src/core/entities/train';

/** The seeded random source of the bench corpus. */
export const rng = mulberry32;

export function sampleSentences(samplesDir: string): string[] {
  const out: string[] = [];
  for (const f of fs
    .readdirSync(samplesDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(path.join(samplesDir, f), 'utf8');
    for (const s of analyzeBase(text).sentences) out.push(text.slice(s.start, s.end).replace(/\s*\n\s*/g, ' '));
  }
  return out;
}

/**
 * Real news sentences outside the samples (the NER training file's, tokens joined by spaces), so
 * that an article made of them is new to the server's word and sentence caches.
 */
export function newsSentences(file: string): string[] {
  return parseConll(fs.readFileSync(file, 'utf8'), file).map((s) => s.tokens.join(' '));
}

/** About `chars` characters of paragraphs of two to four sentences, each paragraph's taken by `take` (none left: the article ends). */
function paragraphs(chars: number, random: () => number, take: (n: number) => string[]): string {
  const paras: string[] = [];
  let size = 0;
  while (size < chars) {
    const sentences = take(2 + Math.floor(random() * 3));
    if (!sentences.length) break;
    const p = sentences.join(' ');
    paras.push(p);
    size += p.length + 1;
  }
  return paras.join('\n').slice(0, chars);
}

/** An article of about `chars` characters: paragraphs of two to four shuffled sentences. */
export function article(sentences: string[], chars: number, random: () => number): string {
  return paragraphs(chars, random, (n) => Array.from({ length: n }, () => sentences[Math.floor(random() * sentences.length)]));
}

/** `count` articles of about `chars` characters that share no sentence: the sentences shuffled, then dealt out in paragraphs. */
export function distinctArticles(sentences: string[], count: number, chars: number, random: () => number): string[] {
  const pool = shuffled(sentences.length, random).map((i) => sentences[i]);
  let at = 0;
  return Array.from({ length: count }, () => paragraphs(chars, random, (n) => pool.slice(at, (at += n))));
}
