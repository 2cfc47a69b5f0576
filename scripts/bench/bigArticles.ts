// The server on long articles, up to the editor's ceiling: time and memory per MB of a 1 MB
// article against one just under the ceiling (issue 14: no super-linear step), a keystroke in each,
// and the same after every suggestion was accepted (thousands of decisions to move and store).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { SemanticTokens } from 'vscode-languageserver-protocol/node';
import { ServerCommands, type CommandResult } from '../../server/src/protocol';
import { EDITOR_MAX_CHARS } from '../../server/src/lsp/bigArticles';
import { TestClient } from '../../test/protocol/harness';
import { REPO } from '../../test/support/samples';
import { baseline, keystrokeTimes, median, now, rssMb, type Report } from './measure';

const KEYSTROKES = 10;

/** Peak resident memory of a process so far, in MB. */
function peakMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

interface Figures {
  mb: number;
  whole: number;
  rss: number;
  keystroke: number;
  acceptAll: number;
  decisions: number;
  keystrokeDecided: number;
  peak: number;
  exported: number;
}

/** `mizan export` of the folder the server left (the article and its sidecar of every decision), in ms. */
function exportMs(articleDir: string): number {
  const out = `${articleDir}-export`;
  const t = now();
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'export', articleDir, '--format', 'jsonl', '--out', out, '--jobs', '1', '--no-progress'], { encoding: 'utf8' });
  const ms = now() - t;
  if (r.status !== 0) throw new Error(`mizan export failed: ${r.stderr}`);
  return ms;
}

async function open(dir: string, name: string, text: string, random: () => number): Promise<Figures> {
  const articleDir = path.join(dir, name);
  fs.mkdirSync(articleDir);
  const file = path.join(articleDir, `${name}.txt`);
  fs.writeFileSync(file, text);
  const client = await TestClient.spawn({ workspaceFolder: articleDir, initializationOptions: { trusted: true, author: 'bench' } });
  const pid = client.child!.pid!;
  try {
    // The server has been in use: its code is compiled, as in an annotator's session.
    const warm = await client.open('untitled:warm-up', text.slice(0, 20000));
    await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: warm } });
    const t0 = now();
    const uri = await client.open(file);
    const tokens: { resultId?: string } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const whole = now() - t0;
    const rss = rssMb(pid);
    const keystroke = median(await keystrokeTimes(client, uri, random, tokens, KEYSTROKES));
    const run = (command: string, args: Record<string, unknown>) => client.request<CommandResult>('workspace/executeCommand', { command, arguments: [{ uri, ...args }] });
    const t1 = now();
    const accepted = [await run(ServerCommands.acceptAll, { kind: 'entity' }), await run(ServerCommands.acceptAll, { kind: 'claim' })];
    const acceptAll = now() - t1;
    for (const r of accepted) if (!r.ok) console.log(`  (accept all was refused: ${r.message})`);
    const sidecar = JSON.parse(fs.readFileSync(`${file}.mizan.json`, 'utf8')) as { annotations: unknown[] };
    const refreshed = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const keystrokeDecided = median(await keystrokeTimes(client, uri, random, refreshed, KEYSTROKES));
    const peak = peakMb(pid);
    await client.stop();
    return { mb: Buffer.byteLength(text) / 1e6, whole, rss, keystroke, acceptAll, decisions: sidecar.annotations.length, keystrokeDecided, peak, exported: exportMs(articleDir) };
  } finally {
    await client.stop();
  }
}

export async function bigArticleFigures(dir: string, news: string[], random: () => number, report: Report): Promise<void> {
  // No two sentences alike (a number before each), so the sentence memo does not favour the longer
  // article; words repeat, as in news.
  let k = 0;
  const article = (chars: number) => {
    const paras: string[] = [];
    for (let size = 0; size < chars;) {
      const p = Array.from({ length: 2 + Math.floor(random() * 3) }, () => `${++k} ${news[Math.floor(random() * news.length)]}`).join(' ');
      paras.push(p);
      size += p.length + 1;
    }
    return paras.join('\n').slice(0, chars);
  };
  // About 1 MB of Arabic in UTF-8, and just under the ceiling (about 4.6 MB).
  const small = article(512 * 1024);
  const big = article(EDITOR_MAX_CHARS - 1000);
  const a = await open(dir, 'article-small', small, random);
  const b = await open(dir, 'article-ceiling', big, random);
  const base = baseline(big);
  for (const f of [a, b]) {
    const size = `${f.mb.toFixed(1)} MB article`;
    report(`server, ${size}: whole-article semantic tokens from opening, per MB`, f.whole / f.mb, undefined, base / b.mb);
    report(`server, ${size}: memory (RSS) once tokens are answered, per MB`, f.rss / f.mb, undefined, undefined, 'MB');
    report(`server, ${size}: keystroke, updated tokens (median of ${KEYSTROKES})`, f.keystroke, undefined, base);
    report(`server, ${size}: accept all entities and claims (${f.decisions} decisions written)`, f.acceptAll, undefined, base);
    report(`server, ${size}: keystroke after accept all (median of ${KEYSTROKES})`, f.keystrokeDecided, undefined, base);
    report(`server, ${size}: peak memory`, f.peak, undefined, undefined, 'MB');
    report(`CLI export --format jsonl of that article and its ${f.decisions} decisions`, f.exported, undefined, base);
  }
  report(`server, ${b.mb.toFixed(1)} MB article (the ceiling): time per MB ÷ that of the ${a.mb.toFixed(1)} MB one`, b.whole / b.mb / (a.whole / a.mb), 2, undefined, '×');
  report(`server, ${b.mb.toFixed(1)} MB article (the ceiling): memory per MB ÷ that of the ${a.mb.toFixed(1)} MB one`, b.rss / b.mb / (a.rss / a.mb), 2, undefined, '×');
}
