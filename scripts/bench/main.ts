// The speed figures of the language server, measured from a real client over stdio against the
// built server (dist/server.js), each printed beside its target and beside a plain-tokenisation
// baseline of the same text (how many times slower than just splitting the text into words).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SemanticTokens } from 'vscode-languageserver-protocol/node';
import { AnnotationsRequest, IndexIdleRequest, ServerCommands, type AnnotationsResult, type CommandResult, type IndexIdleResult } from '../../server/src/protocol';
import { SAMPLES_DIR, SHARED_DIR } from '../../test/support/samples';
import { TestClient, decodeTokens } from '../../test/protocol/harness';
import { ENTITY_TOKEN, TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/lsp/semanticTokenLegend';
import { article, distinctArticles, newsSentences, rng, sampleSentences } from './corpus';
import { cliFigures } from './cliFigures';
import { benchAnnotationView } from './annotationView';
import { baseline, keystrokeTimes, max, median, now, rssMb } from './measure';
import { bigArticleFigures } from './bigArticles';

/** How many 100 KB articles are opened, each in a fresh server. */
const OPENINGS = 5;
const legend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** Milliseconds of each of `n` requests made one after another, with the last answer. */
async function timed<T>(n: number, request: () => Promise<T>): Promise<{ times: number[]; last: T | undefined }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let k = 0; k < n; k++) {
    const t = now();
    last = await request();
    times.push(now() - t);
  }
  return { times, last };
}

const rows: string[][] = [['figure', 'measured', 'target', 'within', 'baseline (plain split)', 'ratio']];
/** A figure beside its target (`better` says which way it is met) and its baseline (ratio = figure ÷ baseline). */
function report(name: string, value: number, target: number | undefined, base: number | undefined, unit = 'ms', better: 'lower' | 'higher' = 'lower'): void {
  const met = target === undefined ? '' : (better === 'lower' ? value <= target : value >= target) ? 'yes' : 'NO';
  const baseUnit = unit === 'MB/s' ? 'MB/s' : 'ms';
  rows.push([
    name,
    `${value.toFixed(unit === '×' ? 2 : 1)} ${unit}`,
    target === undefined ? '—' : `${better === 'lower' ? '≤' : '≥'} ${target} ${unit}`,
    met,
    base === undefined ? '—' : `${base.toFixed(1)} ${baseUnit}`,
    base === undefined ? '—' : `${(value / base).toFixed(2)}×`,
  ]);
  console.log(`  ${name}: ${value.toFixed(1)} ${unit}`);
}

/** Opens the folder in a fresh server with `storageDir` as its storage and times the index, hovers meanwhile, and references. */
async function indexFigures(corpusDir: string, storageDir: string, base: number, detailed: boolean): Promise<void> {
  const n = fs.readdirSync(corpusDir).length;
  for (const opening of ['first index', 'reopened']) {
    const t0 = now();
    const client = await TestClient.spawn({ workspaceFolder: corpusDir, initializationOptions: { storageDir } });
    const file = path.join(corpusDir, fs.readdirSync(corpusDir).sort()[0]);
    const uri = await client.open(file);
    const text = client.text(uri);
    const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const names = new Map<string, { line: number; character: number }>();
    for (const t of decodeTokens(data, legend, text)) if (t.type === TOKEN_TYPES[ENTITY_TOKEN.LOC] || t.type === TOKEN_TYPES[ENTITY_TOKEN.PER]) if (!names.has(t.text)) names.set(t.text, { line: t.line, character: t.character });
    const occurrences = (w: string) => text.split(w).length - 1;
    const byUse = [...names.keys()].sort((a, b) => occurrences(b) - occurrences(a));
    const idle = client.request<IndexIdleResult>(IndexIdleRequest, {});
    let done = false;
    void idle.then(() => {
      done = true;
    });
    const during: number[] = [];
    const at = names.get(byUse[0])!;
    while (!done) {
      const t = now();
      await client.request('textDocument/hover', { textDocument: { uri }, position: at });
      during.push(now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    const counts = await idle;
    const refs = await client.request<unknown[]>('textDocument/references', { textDocument: { uri }, position: at, context: { includeDeclaration: true } });
    const ready = now() - t0;
    if (opening === 'first index') {
      report(`${n} articles: first index in the background (server start to idle; ${counts.analysed} analysed)`, ready, n >= 10000 ? 60000 : undefined, base);
      report(`  hover while indexing (slowest of ${during.length}: requests are not blocked)`, max(during), 50, undefined);
    } else {
      report(`${n} articles: folder reopened, references working (start to idle and «${byUse[0]}» answered; ${counts.restored} from storage, ${counts.analysed} analysed)`, ready, 5000, base);
    }
    if (detailed && opening === 'reopened') {
      const references = async (word: string, position: { line: number; character: number }) => {
        const { times, last } = await timed(20, () => client.request<unknown[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }));
        report(`references of «${word}» across the folder (median of 20; ${last?.length ?? 0} locations)`, median(times), 50, base);
      };
      await references(byUse[0], at);
      const rare = byUse[byUse.length - 1];
      if (rare && rare !== byUse[0]) await references(rare, names.get(rare)!);
      report(`server memory (RSS) with ${counts.files} articles indexed`, rssMb(client.child!.pid!), 300, undefined, 'MB');
    }
    void refs;
    await client.stop();
  }
}

async function main(): Promise<void> {
  const sentences = sampleSentences(SAMPLES_DIR);
  const random = rng(20241124);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-bench-'));
  const only = process.argv.includes('--annotation-view');
  // `npm run bench -- --index`: only the workspace index's figures (first index, reopen, hovers meanwhile).
  const onlyIndex = process.argv.includes('--index');
  // `node scripts/bench.mjs [articles] [big-corpus articles] [big article MB]`.
  const counts = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const articles = only ? 0 : Number(counts[0] ?? 1000);
  const bigCorpus = only ? 0 : Number(counts[1] ?? 10000);
  const bigMb = Number(counts[2] ?? 20);
  // The opened article is news the server has not read (no word or sentence of it is in its caches).
  // Before it, the server has worked as an annotator's would have: three articles of the samples'
  // sentences (which every other article here is made of) opened and analysed, their background
  // work finished, so its code is compiled.
  const newsFile = path.join(SHARED_DIR, 'data', 'anercorp', 'train.tsv');
  const news = fs.existsSync(newsFile) ? newsSentences(newsFile) : sentences;
  const opened = distinctArticles(news, OPENINGS, 100 * 1024, random);
  const earlier = [0, 1, 2].map(() => article(sentences, 20000, random));
  const text1m = article(sentences, 1024 * 1024, random);
  // A keystroke in a 1 MB article whose sidecar holds 100 orphans (decisions whose text is gone,
  // as after a pull): each orphan is looked for only near what an edit changed.
  const orphanFigures = async (): Promise<void> => {
    const articleDir = path.join(dir, 'article-1m-orphans');
    fs.mkdirSync(articleDir);
    const file = path.join(articleDir, 'article-1m.txt');
    fs.writeFileSync(file, text1m);
    const gone = (k: number) => `${sentences[k % sentences.length].split('').reverse().join('')} ${k}`;
    const records = Array.from({ length: 100 }, (_, k) => {
      const at = Math.floor((k + 0.5) * (text1m.length / 100));
      return { id: `c-${k}`, kind: 'claim', claimKind: 'direct', status: 'accepted', source: 'human', stance: 'neutral', start: at, end: at, exact: gone(k), prefix: 'قال ', suffix: ' .', orphaned: true, history: [] };
    });
    fs.writeFileSync(`${file}.mizan.json`, JSON.stringify({ schema: 'mizan-annotations', version: 1, article: 'article-1m.txt', annotations: records }));
    const client = await TestClient.spawn({ workspaceFolder: articleDir, initializationOptions: { trusted: true, author: 'bench' } });
    const uri = await client.open(file);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const listed = await client.request<AnnotationsResult>(AnnotationsRequest, { uri, includeRejected: true });
    const orphans = listed.items.filter((i) => i.orphaned).length;
    const times = await keystrokeTimes(client, uri, random, tokens);
    const base = baseline(text1m);
    report(`keystroke in a 1 MB article with ${orphans} orphaned decisions (median of 30)`, median(times), 15, base);
    report(`keystroke in a 1 MB article with ${orphans} orphaned decisions (slowest of 30)`, max(times), undefined, base);
    await client.stop();
  };
  // `npm run bench -- --orphans`: only the keystroke with 100 orphans.
  if (process.argv.includes('--orphans')) {
    await orphanFigures();
    await bigArticleFigures(dir, news, random, report);
    fs.rmSync(dir, { recursive: true, force: true });
    printRows();
    return;
  }
  // `npm run bench -- --big-articles`: only the server on long articles, up to the editor's ceiling.
  if (process.argv.includes('--big-articles')) {
    await bigArticleFigures(dir, news, random, report);
    fs.rmSync(dir, { recursive: true, force: true });
    printRows();
    return;
  }
  // `npm run bench -- --annotation-view`: only the annotation view's figures.
  if (only) {
    await benchAnnotationView(text1m, report, baseline(text1m));
    fs.rmSync(dir, { recursive: true, force: true });
    printRows();
    return;
  }
  // Folders of varied news text: the ANERcorp sentences and the samples', reshuffled.
  const mixed = [...news, ...(news === sentences ? [] : sentences)];
  const corpora: [number, string][] = [];
  for (const n of [articles, bigCorpus]) {
    if (n <= 0 || corpora.some(([m]) => m === n)) continue;
    const d = path.join(dir, `corpus-${n}`);
    fs.mkdirSync(d);
    for (let i = 0; i < n; i++) fs.writeFileSync(path.join(d, `article_${String(i).padStart(5, '0')}.txt`), article(mixed, 3000 + Math.floor(random() * 5000), random));
    corpora.push([n, d]);
  }
  const indexFolders = async () => {
    for (const [n, corpus] of corpora) {
      const storageDir = path.join(dir, `storage-${n}`);
      const corpusText = fs
        .readdirSync(corpus)
        .map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'))
        .join('\n');
      await indexFigures(corpus, storageDir, baseline(corpusText), n === corpora[0][0]);
    }
  };
  if (onlyIndex) {
    await indexFolders();
    fs.rmSync(dir, { recursive: true, force: true });
    printRows();
    return;
  }
  console.log(
    `Mizan bench: ${sentences.length} sample sentences; folders of ${corpora.map(([n]) => n).join(' and ')} articles in ${dir}; 100 KB articles of ${news === sentences ? 'the samples (no ANERcorp file found)' : `${news.length} ANERcorp sentences`}; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`,
  );

  // Opening a 100 KB article, in a fresh server each time (one figure is at the mercy of a garbage
  // collection or the machine's other work: the median of several is reported, and the slowest).
  {
    const firsts: number[] = [];
    const wholes: number[] = [];
    const screenLines = 8;
    let hovers: number[] = [];
    for (const text100k of opened) {
      const client = await TestClient.spawn();
      await client.notification('mizan/ready');
      for (const [k, text] of earlier.entries()) {
        const uri = await client.open(`untitled:earlier-${k}`, text);
        await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
        // Its whole-document results (diagnostics, decorations, index) are pushed once it is done; a
        // request after them is answered once the server has finished that work.
        await client.notification('textDocument/publishDiagnostics', (p: { uri: string }) => p.uri === uri);
        await client.request<IndexIdleResult>(IndexIdleRequest, {});
      }
      const t0 = now();
      const uri = await client.open('untitled:article-100k', text100k);
      // A screen of 40 wrapped lines shows the first few paragraph-lines of this article.
      await client.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: screenLines, character: 0 } } });
      firsts.push(now() - t0);
      const full = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      wholes.push(now() - t0);
      // Hover on entity tokens of the article.
      hovers = [];
      const tokens = decodeTokens(full.data, legend, text100k);
      for (let i = 0; i < tokens.length && hovers.length < 60; i += 7) {
        const t = now();
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: tokens[i].line, character: tokens[i].character } });
        hovers.push(now() - t);
      }
      await client.stop();
    }
    const base = baseline(opened[0]);
    const screenChars = opened.map((t) => t.split('\n').slice(0, screenLines).join('\n').length);
    report(`100 KB article opened: first semantic tokens (visible range: ${screenLines} lines, ${Math.min(...screenChars)}–${Math.max(...screenChars)} chars; median of ${firsts.length} articles)`, median(firsts), 50, base);
    report(`100 KB article opened: first semantic tokens (slowest of ${firsts.length})`, max(firsts), undefined, base);
    report(`100 KB article opened: semantic tokens of the whole article (median of ${wholes.length})`, median(wholes), undefined, base);
    report(`hover on an entity (median of ${hovers.length}, 100 KB article)`, median(hovers), 10, base);
  }

  // A keystroke in a 1 MB article: first with the machine's suggestions only, then once the
  // annotator has decided something (a file on disk, so that decisions can be stored).
  {
    const articleDir = path.join(dir, 'article-1m');
    fs.mkdirSync(articleDir);
    const file = path.join(articleDir, 'article-1m.txt');
    fs.writeFileSync(file, text1m);
    const client = await TestClient.spawn({ workspaceFolder: articleDir, initializationOptions: { trusted: true, author: 'bench' } });
    const uri = await client.open(file);
    const tokens: { resultId?: string } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const keystrokes = () => keystrokeTimes(client, uri, random, tokens);
    const base = baseline(text1m);
    const plain = await keystrokes();
    report('keystroke in a 1 MB article: updated semantic tokens (median of 30)', median(plain), 15, base);
    report('keystroke in a 1 MB article: updated semantic tokens (slowest of 30)', max(plain), undefined, base);
    // Accept the first person, tag the first claim, reject the first place.
    const full = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    tokens.resultId = full.resultId;
    const decoded = decodeTokens(full.data, legend, client.text(uri));
    const at = (type: string) => decoded.find((t) => t.type === type)!;
    const listed = await client.request<AnnotationsResult>(AnnotationsRequest, { uri });
    const claim = listed.items.find((i) => i.kind === 'claim')!;
    const run = (command: string, args: Record<string, unknown>) => client.request<CommandResult>('workspace/executeCommand', { command, arguments: [{ uri, ...args }] });
    const decided = [
      await run(ServerCommands.setEntityStatus, { position: at('entityPerson'), status: 'accepted' }),
      await run(ServerCommands.setEntityStatus, { position: at('entityLocation'), status: 'rejected' }),
      await run(ServerCommands.tagStance, { range: claim.range, stance: 'neutral' }),
    ].filter((r) => r.ok || void console.log('  (a decision was refused: ' + r.message + ')')).length;
    const withDecisions = await keystrokes();
    report(`keystroke in a 1 MB article with ${decided} decisions of the annotator (median of 30)`, median(withDecisions), 15, base);
    report(`keystroke in a 1 MB article with ${decided} decisions (slowest of 30)`, max(withDecisions), undefined, base);
    await client.stop();
  }

  // The annotation view: the first screen of a 1 MB article, a keystroke reaching the view.
  await benchAnnotationView(text1m, report, baseline(text1m));
  await orphanFigures();

  // The workspace index of folders of news articles: the first index (nothing stored), then the
  // folder reopened (the index taken from the extension's storage).
  await indexFolders();

  await cliFigures(dir, mixed, random, report, { bigMb, jobsArticles: Math.min(articles, 300) });

  fs.rmSync(dir, { recursive: true, force: true });
  printRows();
}

function printRows(): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(
    `\nload average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores`,
  );
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
