// The CLI over many articles (the built dist/cli.js): results in input order whatever the number
// of worker threads, `analyze --jsonl` as a filter reading standard input and answering each line
// as it is ready, and the same filter run as a mapper under GNU parallel.
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO, SAMPLES_DIR, readSample, sampleNames } from '../support/samples';

const CLI = path.join(REPO, 'dist', 'cli.js');

interface Result {
  id?: unknown;
  file?: string;
  error?: string;
  tokens: { start: number; end: number; text: string }[];
  entities: { start: number; end: number; text: string; type: string }[];
  claims: unknown[];
}

function mizan(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = cp.spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (out: string): Result[] =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
/** Each sample as a record, twice over (ids differ), so that several chunks and workers see work. */
const records = [...sampleNames(), ...sampleNames()].map((name, i) => ({ id: `${i}:${name}`, text: readSample(name) }));
const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('mizan analyze over many articles', function () {
  this.timeout(120000);
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  });

  it('--jsonl on standard input: one line per record, in input order, offsets slicing each text', () => {
    const r = mizan(['analyze', '--jsonl', '--jobs', '2'], jsonl);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = lines(r.stdout);
    assert.deepStrictEqual(
      out.map((o) => o.id),
      records.map((x) => x.id),
    );
    out.forEach((o, i) => {
      assert.ok(o.tokens.length > 100 && o.entities.length > 5 && o.claims.length > 0, `${o.id}: a whole analysis`);
      for (const t of [...o.tokens, ...o.entities]) assert.strictEqual(records[i].text.slice(t.start, t.end), t.text);
    });
    // The same analysis as of the files themselves.
    const files = JSON.parse(mizan(['analyze', '--json', '--jobs', '1', SAMPLES_DIR]).stdout) as Result[];
    files.forEach((f, i) => assert.deepStrictEqual(out[i].entities, f.entities, f.file));
  });

  const bad: [string, string, RegExp, unknown][] = [
    ['not JSON', 'not json', /stdin:2: not valid JSON/, null],
    ['not an object', '[1, 2]', /stdin:2: expected an object/, null],
    ['no text', '{"id": "n1"}', /stdin:2: "text" must be a string, got none/, 'n1'],
    ['text not a string', '{"id": 7, "text": 42}', /stdin:2: "text" must be a string, got number/, 7],
  ];
  for (const [name, line, message, id] of bad) {
    it(`a bad line (${name}) gives an error line in its place and a message; the rest is analysed; exit 1`, () => {
      const input = [JSON.stringify(records[0]), line, JSON.stringify(records[1])].join('\n');
      const r = mizan(['analyze', '--jsonl', '--jobs', '2'], input);
      assert.strictEqual(r.code, 1);
      assert.match(r.stderr, message);
      const out = lines(r.stdout);
      assert.deepStrictEqual(
        out.map((o) => o.id),
        [records[0].id, id, records[1].id],
      );
      assert.match(out[1].error!, message);
      assert.ok(out[2].tokens.length > 100);
    });
  }

  it('answers each line as soon as it is analysed, before the input has ended', async () => {
    const child = cp.spawn(process.execPath, [CLI, 'analyze', '--jsonl', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write(JSON.stringify(records[0]) + '\n');
    const first = await new Promise<string>((resolve, reject) => {
      let got = '';
      child.stdout.on('data', (d: Buffer) => {
        got += d.toString('utf8');
        if (got.includes('\n')) resolve(got);
      });
      child.on('exit', () => reject(new Error('exited before answering')));
    });
    assert.strictEqual((JSON.parse(first.split('\n')[0]) as Result).id, records[0].id);
    child.stdin.end(JSON.stringify(records[1]) + '\n');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.strictEqual(code, 0);
  });

  it('--jobs 2 writes the same as --jobs 1, in the same order (folder, text report and --json)', () => {
    for (const style of [[], ['--json']]) {
      const one = mizan(['analyze', ...style, '--jobs', '1', SAMPLES_DIR]);
      const two = mizan(['analyze', ...style, '--jobs', '2', SAMPLES_DIR]);
      assert.strictEqual(one.code, 0, one.stderr);
      assert.strictEqual(two.stdout, one.stdout);
    }
  });

  it('export --jobs 2 writes the same as --jobs 1', () => {
    const one = mizan(['export', SAMPLES_DIR, '--format', 'jsonl', '--jobs', '1']);
    const two = mizan(['export', SAMPLES_DIR, '--format', 'jsonl', '--jobs', '2']);
    assert.strictEqual(one.code, 0, one.stderr);
    assert.ok(one.stdout.length > 1000);
    assert.strictEqual(two.stdout, one.stdout);
  });

  it('--jobs 0 is refused with the usage', () => {
    const r = mizan(['analyze', '--jobs', '0', SAMPLES_DIR]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--jobs needs a whole number of at least 1, got "0"/);
  });

  // GNU parallel is a Debian package (.ci/apt-packages); the filter must run under it unchanged.
  it('runs unchanged as a mapper under GNU parallel --pipe (chunks of 3 lines, order kept)', () => {
    const which = cp.spawnSync('parallel', ['--version'], { encoding: 'utf8' });
    if (which.error) throw new Error('GNU parallel is not installed (apt-get install parallel; it is in .ci/apt-packages)');
    const direct = mizan(['analyze', '--jsonl', '--jobs', '1'], jsonl);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-parallel-'));
    const r = cp.spawnSync('parallel', ['--will-cite', '--pipe', '-N', '3', '--keep-order', '-j', '2', process.execPath, CLI, 'analyze', '--jsonl', '--jobs', '1', '--no-progress'], {
      encoding: 'utf8',
      input: jsonl,
      maxBuffer: 1 << 28,
      env: { ...process.env, HOME: dir },
    });
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(lines(r.stdout).length, records.length);
    assert.strictEqual(r.stdout, direct.stdout);
  });
});
