// An article the CLI refuses is not annotated in the editor either. Before, an article with one bad
// byte, or in Windows-1256 reopened with that encoding, took 55 decisions in the editor, and then
// `mizan export` said "not valid UTF-8 text (skipped)" with no hint. Now both refuse it, with the
// encoding it looks like, where the first bad byte is and the command that converts it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as os from 'os';
import * as path from 'path';
import { REPO, SAMPLES_DIR } from '../support/samples';
import { Session } from './annotateSupport';

const NAME = '003_ccfab68bc49ab93d.txt';
const text = fs.readFileSync(path.join(SAMPLES_DIR, NAME), 'utf8');
const utf8 = Buffer.from(text, 'utf8');
const badAt = utf8.indexOf(Buffer.from('روسيا', 'utf8'));

const CASES: { name: string; bytes: Buffer; says: RegExp }[] = [
  // What VS Code shows when the annotator reopens it with Windows-1256 is the Arabic text itself.
  { name: 'in Windows-1256', bytes: iconv.encode(text, 'windows-1256'), says: /looks like windows-1256.*iconv -f WINDOWS-1256 -t UTF-8/ },
  { name: 'with one bad byte', bytes: Buffer.concat([utf8.subarray(0, badAt), Buffer.from([0xff]), utf8.subarray(badAt)]), says: new RegExp(`first bad byte at offset ${badAt}`) },
];

describe('articles that are not UTF-8: refused alike by the editor and the CLI', function () {
  this.timeout(60000);
  for (const c of CASES) {
    it(`an article ${c.name}`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-enc-'));
      const file = path.join(dir, NAME);
      fs.writeFileSync(file, c.bytes);
      // One more, never opened: the workspace index leaves it out, and says so.
      fs.writeFileSync(path.join(dir, 'other.txt'), c.bytes);
      const s = await Session.start({ dir });
      try {
        const indexed = s.client.notification<{ message: string }>('window/logMessage', (p) => p.message.includes('other.txt') && p.message.includes('left out of the workspace index'));
        const told = s.client.nextNotification<{ message: string }>('window/showMessageRequest', (p) => p.message.includes(NAME));
        const uri = await s.client.open(file, text);
        assert.match((await told).message, c.says);
        const listed = (await s.annotations(uri))!;
        assert.match(listed.paused ?? '', c.says, 'mizan/annotations says why annotating is paused');
        const claim = listed.items.find((i) => i.kind === 'claim')!;
        for (const r of [await s.run('acceptAll', { uri, kind: 'entity' }), await s.run('tagStance', { uri, range: claim.range, stance: 'favour' })]) {
          assert.ok(!r.ok, 'a command was applied to an article the CLI cannot export');
          assert.match(r.message ?? '', c.says);
        }
        assert.ok(!fs.existsSync(`${file}.mizan.json`), 'nothing is written');
        assert.match((await indexed).message, c.says);
        const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'export', dir, '--format', 'json', '--no-progress'], { encoding: 'utf8' });
        assert.strictEqual(run.status, 1);
        assert.match(run.stderr, c.says);
      } finally {
        await s.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
