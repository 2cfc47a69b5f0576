import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeArticle } from '../../server/src/articles/articleText';
import { REPO, SAMPLES_DIR } from '../support/samples';

const CLI = path.join(REPO, 'dist', 'cli.js');

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

describe('reading articles', () => {
  const enc = new TextEncoder();
  const cases: [string, Uint8Array, string | RegExp][] = [
    ['plain UTF-8', enc.encode('قال الوزير'), 'قال الوزير'],
    ['BOM dropped as the editor does', Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode('نعم')]), 'نعم'],
    ['CRLF kept', enc.encode('أ\r\nب'), 'أ\r\nب'],
    ['not UTF-8', Uint8Array.from([0xc8, 0xe1, 0xc7, 0xcf]), /not valid UTF-8/],
    ['binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), /not a text file/],
  ];
  for (const [name, bytes, expected] of cases) {
    it(name, () => {
      if (typeof expected === 'string') assert.strictEqual(decodeArticle(bytes, 'x.txt'), expected);
      else assert.throws(() => decodeArticle(bytes, 'x.txt'), expected);
    });
  }
});

describe('mizan analyze', () => {
  it('analyses every sample in a folder', () => {
    const r = run('analyze', SAMPLES_DIR);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual((r.stdout.match(/^== /gm) ?? []).length, 5);
    assert.match(r.stdout, /quote \d+-\d+: “إس 300″/);
  });

  it('--json gives offsets that slice to the token text', () => {
    const r = run('analyze', '--json', path.join(SAMPLES_DIR, '000_a8b16601d227bd12.txt'));
    assert.strictEqual(r.status, 0, r.stderr);
    const [result] = JSON.parse(r.stdout);
    const text = fs.readFileSync(path.join(SAMPLES_DIR, '000_a8b16601d227bd12.txt'), 'utf8');
    assert.ok(result.tokens.length > 300);
    for (const t of result.tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
  });

  it('reports a bad file clearly, goes on with the others, and exits non-zero', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-cli-'));
    const bad = path.join(dir, 'broken.txt');
    fs.writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const r = run('analyze', bad, path.join(SAMPLES_DIR, '001_e0cce0fd4d3fc110.txt'));
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /broken\.txt: not a text file/);
    assert.match(r.stdout, /== .*001_e0cce0fd4d3fc110\.txt/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an unknown command prints usage and exits 2', () => {
    const r = run('frobnicate');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /usage: mizan/);
  });
});
