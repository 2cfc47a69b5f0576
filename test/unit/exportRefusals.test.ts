// `mizan export` refuses an output it cannot use before reading or writing anything: an existing
// file as --out printed a stack trace, and brat into the articles' own folder overwrote them.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO, SAMPLES_DIR, sampleNames } from '../support/samples';

const CLI = path.join(REPO, 'dist', 'cli.js');

describe('mizan export refuses an output it cannot use', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-out-'));
    for (const n of sampleNames().slice(0, 2)) fs.copyFileSync(path.join(SAMPLES_DIR, n), path.join(dir, n));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const snapshot = () =>
    fs
      .readdirSync(dir)
      .sort()
      .map((n) => [n, fs.readFileSync(path.join(dir, n), 'utf8')]);

  for (const [what, out, format, says] of [
    ['--out an existing file', 'notes.txt.bak', 'json', /--out .*notes\.txt\.bak is a file: give a folder/],
    ["brat into the articles' own folder", '.', 'brat', /brat writes a copy of each article: .* would overwrite them/],
  ] as const) {
    it(what, () => {
      fs.writeFileSync(path.join(dir, 'notes.txt.bak'), 'kept');
      const before = snapshot();
      const run = spawnSync(process.execPath, [CLI, 'export', dir, '--format', format, '--out', path.join(dir, out), '--no-progress'], { encoding: 'utf8' });
      assert.strictEqual(run.status, 2, run.stderr);
      assert.match(run.stderr, says);
      assert.ok(!/\n\s+at /.test(run.stderr), `a stack trace: ${run.stderr}`);
      assert.deepStrictEqual(snapshot(), before, 'nothing in the folder changed');
    });
  }
});
