// The command line's figures: full analysis of news text on one core (the CLI as a user runs it,
// and the split of its time between tokens, entities, claims and output), every core (--jobs),
// the --jsonl stream's memory, and a 20 MB article against a 1 MB one. Each is printed beside a
// plain whitespace split of the same text in the same run.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeBase } from '../../server/src/core/analyze';
import { loadEngine } from '../../server/src/engine';
import { jsonResult } from '../../server/src/cli/tasks';
import { REPO } from '../../test/support/samples';
import { article } from './corpus';

const CLI = path.join(REPO, 'dist', 'cli.js');
const MB = 1024 * 1024;
const now = () => performance.now();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export type Report = (name: string, value: number, target: number | undefined, base: number | undefined, unit?: string, better?: 'lower' | 'higher') => void;

/** Runs the CLI; returns wall milliseconds and the peak resident memory seen (polled every 20 ms). */
function runCli(args: string[], input?: string): Promise<{ ms: number; peakMb: number; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const t0 = now();
    const child = spawn(process.execPath, [CLI, ...args, '--no-progress'], { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        /* exited */
      }
    }, 20);
    if (input !== undefined) child.stdin!.end(input);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: now() - t0, peakMb: peak, code, stderr });
    });
  });
}

/** The plain baseline: a node process that reads the file and splits it at whitespace (start-up included, as the CLI's). */
function plainSplit(file: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    spawnSync(process.execPath, ['-e', `require('fs').readFileSync(${JSON.stringify(file)}, 'utf8').split(/\\s+/).length`]);
    runs.push(now() - t0);
  }
  return median(runs);
}

/** In-process split of a whitespace split. */
function inProcessSplit(text: string): number {
  text.split(/\s+/);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = now();
    text.split(/\s+/);
    runs.push(now() - t);
  }
  return median(runs);
}

/** About `bytes` bytes of UTF-8 news text in paragraphs (the sentences reshuffled). */
function newsText(sentences: string[], bytes: number, random: () => number): string {
  // Arabic letters are two bytes: about 1.8 bytes a character in this text.
  let text = article(sentences, Math.round(bytes / 1.8), random);
  while (Buffer.byteLength(text) < bytes) text += '\n' + article(sentences, Math.round((bytes - Buffer.byteLength(text)) / 1.8) + 100, random);
  return text;
}

export async function cliFigures(dir: string, sentences: string[], random: () => number, report: Report, options: { bigMb: number; jobsArticles: number }): Promise<void> {
  const text1 = newsText(sentences, MB, random);
  const file1 = path.join(dir, 'news-1mb.txt');
  fs.writeFileSync(file1, text1);
  const mb1 = Buffer.byteLength(text1) / MB;
  const split1 = plainSplit(file1);

  // The CLI on one core, as run (start-up, reading, analysis, JSON written to /dev/null).
  const single: number[] = [];
  let peak1 = 0;
  for (let k = 0; k < 3; k++) {
    const r = await runCli(['analyze', '--json', '--jobs', '1', file1]);
    if (r.code !== 0) throw new Error(`mizan analyze failed: ${r.stderr}`);
    single.push(r.ms);
    peak1 = Math.max(peak1, r.peakMb);
  }
  const ms1 = median(single);
  report(`CLI analyze --json, 1 MB of news text, one core (median of 3, start-up included)`, ms1, undefined, split1);
  report(`  the same as a rate (MB of UTF-8 a second)`, mb1 / (ms1 / 1000), 2, mb1 / (split1 / 1000), 'MB/s', 'higher');

  // Where the time goes: each step in this process, the engine loaded and compiled first on other text.
  const engine = loadEngine();
  const t0 = now();
  loadEngine();
  const startup = now() - t0;
  const warm = newsText(sentences, MB / 4, random);
  const wb = analyzeBase(warm);
  engine.claims!(wb, engine.entities!(wb));
  const steps = { tokens: [] as number[], entities: [] as number[], claims: [] as number[], output: [] as number[] };
  for (let k = 0; k < 3; k++) {
    const text = k === 0 ? text1 : newsText(sentences, MB, random);
    const a = now();
    const base = analyzeBase(text);
    const b = now();
    const layer = engine.entities!(base);
    const c = now();
    const claims = engine.claims!(base, layer);
    const d = now();
    JSON.stringify(jsonResult('file', 'x', { text, tokens: base.tokens, sentences: base.sentences, quotations: base.quotations, ...layer, claims }));
    const e = now();
    steps.tokens.push(b - a);
    steps.entities.push(c - b);
    steps.claims.push(d - c);
    steps.output.push(e - d);
  }
  const splitIn = inProcessSplit(text1);
  report(`  engine start-up (model, lists; once per process or worker)`, startup, undefined, undefined);
  report(`  per MB: tokens, paragraphs, quotations, sentences`, median(steps.tokens) / mb1, undefined, splitIn / mb1);
  report(`  per MB: entities`, median(steps.entities) / mb1, undefined, splitIn / mb1);
  report(`  per MB: claims`, median(steps.claims) / mb1, undefined, splitIn / mb1);
  report(`  per MB: output (JSON of the result)`, median(steps.output) / mb1, undefined, splitIn / mb1);
  const inProcess = median(steps.tokens) + median(steps.entities) + median(steps.claims) + median(steps.output);
  report(`  analysis in a running process, all steps (MB/s)`, mb1 / (inProcess / 1000), 2, mb1 / (splitIn / 1000), 'MB/s', 'higher');

  // Every core: a folder of articles, --jobs 1 against --jobs N.
  const corpus = path.join(dir, 'cli-corpus');
  fs.mkdirSync(corpus);
  const arts = Array.from({ length: options.jobsArticles }, () => article(sentences, 3000 + Math.floor(random() * 5000), random));
  arts.forEach((t, i) => fs.writeFileSync(path.join(corpus, `a${String(i).padStart(5, '0')}.txt`), t));
  const corpusMb = arts.reduce((n, t) => n + Buffer.byteLength(t), 0) / MB;
  const jobs = Math.max(2, (await import('os')).availableParallelism?.() ?? 2);
  const oneCore: number[] = [];
  const allCores: number[] = [];
  for (let k = 0; k < 2; k++) {
    oneCore.push((await runCli(['analyze', '--jsonl', '--jobs', '1', corpus])).ms);
    allCores.push((await runCli(['analyze', '--jsonl', '--jobs', String(jobs), corpus])).ms);
  }
  const all = path.join(dir, 'cli-corpus.txt');
  fs.writeFileSync(all, arts.join('\n'));
  const corpusSplit = plainSplit(all);
  report(`CLI analyze --jsonl, ${arts.length} articles (${corpusMb.toFixed(1)} MB), --jobs 1 (best of 2)`, Math.min(...oneCore), undefined, corpusSplit);
  report(`CLI analyze --jsonl, the same, --jobs ${jobs} (best of 2)`, Math.min(...allCores), undefined, corpusSplit);
  report(`  speed-up of --jobs ${jobs} over --jobs 1`, Math.min(...oneCore) / Math.min(...allCores), 1.8, undefined, '×', 'higher');

  // The stream: the same articles as JSON lines on standard input; memory stays flat.
  const jsonl = arts.map((t, i) => JSON.stringify({ id: i, text: t })).join('\n') + '\n';
  const stream = await runCli(['analyze', '--jsonl', '--jobs', String(jobs)], jsonl);
  report(`CLI analyze --jsonl from standard input, ${arts.length} articles: peak memory`, stream.peakMb, 500, undefined, 'MB');

  // A big article: time per MB against the 1 MB one, and memory.
  const big = path.join(dir, `news-${options.bigMb}mb.txt`);
  const fd = fs.openSync(big, 'w');
  for (let k = 0; k < options.bigMb; k++) fs.writeSync(fd, (k ? '\n' : '') + newsText(sentences, MB, random));
  fs.closeSync(fd);
  const bigMb = fs.statSync(big).size / MB;
  const r = await runCli(['analyze', '--json', '--jobs', '1', big]);
  if (r.code !== 0) throw new Error(`mizan analyze of the ${options.bigMb} MB article failed: ${r.stderr.slice(0, 500)}`);
  report(`CLI analyze --json, one ${bigMb.toFixed(0)} MB article: time per MB ÷ that of the 1 MB article`, r.ms / bigMb / (ms1 / mb1), 2, undefined, '×');
  report(`CLI analyze --json, one ${bigMb.toFixed(0)} MB article: peak memory (1 MB article: ${peak1.toFixed(0)} MB)`, r.peakMb, 500, undefined, 'MB');
  report(`CLI analyze --json, one ${bigMb.toFixed(0)} MB article: time`, r.ms, undefined, plainSplit(big));
}
