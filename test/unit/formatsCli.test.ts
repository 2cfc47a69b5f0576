// `mizan export` end to end (the built CLI) on copies of the samples with sidecars: decisions laid
// over the engine's suggestions, a broken sidecar reported and skipped, brat written as a folder.
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { anchorOf } from '../../server/src/core/annotate/quote';
import { formatSidecar } from '../../server/src/store/sidecarFormat';
import { REPO, SAMPLES_DIR, readSample, sampleNames } from '../support/samples';

const CLI = path.join(REPO, 'dist', 'cli.js');
const [A, B] = sampleNames();

function corpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-export-'));
  for (const name of [A, B]) fs.copyFileSync(path.join(SAMPLES_DIR, name), path.join(dir, name));
  const text = readSample(A);
  const at = text.indexOf('قمة الدول المصدرة للغاز');
  const history = [{ action: 'add', author: 'ali', time: '2026-01-01T00:00:00.000Z' }];
  fs.writeFileSync(
    path.join(dir, `${A}.mizan.json`),
    formatSidecar(A, {
      records: [{ kind: 'entity', id: 'e-1', ...anchorOf(text, { start: at, end: at + 23 }), type: 'ORG', status: 'accepted', source: 'human', history }],
    }),
  );
  return dir;
}

function mizan(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = cp.spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('mizan export (CLI)', function () {
  this.timeout(60000);
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  });

  it('lays each sidecar over the suggestions (jsonl to standard output)', () => {
    const r = mizan('export', corpus(), '--format', 'jsonl');
    assert.strictEqual(r.code, 0, r.stderr);
    const rows = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; id: string; type?: string; status: string; source: string; author?: string });
    const mine = rows.find((x) => x.id === 'e-1')!;
    assert.deepStrictEqual([mine.file, mine.type, mine.status, mine.source, mine.author], [A, 'ORG', 'accepted', 'human', 'ali']);
    assert.ok(
      rows.some((x) => x.file === B),
      'the article without a sidecar is exported too',
    );
  });

  it('reports a broken sidecar by name, skips that article, exports the rest and exits 1', () => {
    const dir = corpus();
    fs.writeFileSync(path.join(dir, `${B}.mizan.json`), '{"schema": "mizan-annotations"');
    const r = mizan('export', dir, '--format', 'json');
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, new RegExp(`${B}\\.mizan\\.json: not valid JSON`));
    const docs = JSON.parse(r.stdout) as { file: string }[];
    assert.deepStrictEqual(
      docs.map((d) => d.file),
      [A],
    );
    assert.strictEqual(fs.readFileSync(path.join(dir, `${B}.mizan.json`), 'utf8'), '{"schema": "mizan-annotations"');
  });

  it('writes brat as a folder whose .ann offsets slice the .txt by code points', () => {
    const dir = corpus();
    const out = path.join(dir, 'brat');
    assert.strictEqual(mizan('export', dir, '--format', 'brat').code, 2, 'brat needs --out');
    const r = mizan('export', dir, '--format', 'brat', '--out', out);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(fs.readdirSync(out).sort(), [`${A.replace('.txt', '.ann')}`, A, `${B.replace('.txt', '.ann')}`, B, 'annotation.conf', 'visual.conf'].sort());
    const text = [...fs.readFileSync(path.join(out, A), 'utf8')];
    const ann = fs
      .readFileSync(path.join(out, A.replace('.txt', '.ann')), 'utf8')
      .trimEnd()
      .split('\n');
    assert.ok(ann.some((l) => /\tORG \d+ \d+\tقمة الدول المصدرة للغاز$/.test(l)));
    for (const line of ann.filter((l) => l.startsWith('T'))) {
      const [, head, surface] = line.split('\t');
      const frags = head
        .split(' ')
        .slice(1)
        .join(' ')
        .split(';')
        .map((f) => f.split(' ').map(Number));
      assert.strictEqual(frags.map(([s, e]) => text.slice(s, e).join('')).join(' '), surface);
    }
  });

  it('refuses an unknown format with the usage', () => {
    const r = mizan('export', SAMPLES_DIR, '--format', 'xml');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--format json\|jsonl\|docs\|labelstudio\|csv\|xlsx\|brat\|conll\|w3c/);
  });
});
