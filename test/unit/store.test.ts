// The sidecar on disk: round trips, a diff-friendly layout, every kind of broken file reported by
// name and left untouched, atomic writes that leave no temp files, and backups of broken files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Decisions } from '../../server/src/core/annotate/record';
import { formatSidecar, parseSidecar } from '../../server/src/store/sidecarFormat';
import { backUpBroken, readSidecar, sidecarPath, writeSidecar } from '../../server/src/store/sidecarStore';
import { recordsOf, sampleNames } from './anchorSupport';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-store-'));
}

const decisionsOf = (name: string): Decisions => ({
  records: recordsOf(name),
  article: { stance: 'against', target: 'التحالف الروسي الإيراني', author: 'test', time: '2026-01-01T00:00:00.000Z' },
});

describe('sidecar format', () => {
  for (const name of sampleNames()) {
    it(`${name}: formats and parses back to the same decisions`, () => {
      const d = decisionsOf(name);
      const parsed = parseSidecar(formatSidecar(name, d));
      const sort = (x: Decisions) => [...x.records].sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
      assert.deepStrictEqual(sort(parsed), sort(d));
      assert.deepStrictEqual(parsed.article, d.article);
    });
  }

  it('changes only the lines of the annotation that changed (readable git diffs)', () => {
    const name = sampleNames()[0];
    const d = decisionsOf(name);
    const before = formatSidecar(name, d).split('\n');
    const target = d.records[7];
    const changed: Decisions = { ...d, records: d.records.map((r) => (r === target ? { ...r, status: 'rejected' as const, history: [...r.history, { action: 'reject', author: 'b', time: '2026-01-02T00:00:00.000Z' }] } : r)) };
    const after = formatSidecar(name, changed).split('\n');
    assert.strictEqual(after.length, before.length + 1, 'one history line added');
    const differing = after.filter((line, i) => line !== before[i] && !before.includes(line));
    // The status line, the new history entry, and the comma after the one before it.
    assert.deepStrictEqual(
      differing.map((l) => l.trim()),
      ['"status": "rejected",', '{ "action": "accept", "author": "test", "time": "2026-01-01T00:00:00.000Z" },', '{ "action": "reject", "author": "b", "time": "2026-01-02T00:00:00.000Z" }'],
    );
  });

  it('writes one key a line and each annotation as its own block, sorted by position', () => {
    const name = sampleNames()[1];
    const text = formatSidecar(name, decisionsOf(name));
    const starts = [...text.matchAll(/^ {6}"start": (\d+),$/gm)].map((m) => Number(m[1]));
    assert.strictEqual(starts.length, recordsOf(name).length);
    assert.deepStrictEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.ok(text.endsWith('}\n'));
  });
});

describe('broken sidecars are reported, never used or overwritten', () => {
  const good = formatSidecar(sampleNames()[0], decisionsOf(sampleNames()[0]));
  const cases: { name: string; content: string; says: RegExp }[] = [
    { name: 'empty (a write cut short)', content: '', says: /empty/ },
    { name: 'half-written', content: good.slice(0, Math.floor(good.length / 2)), says: /not valid JSON/ },
    { name: 'a merge conflict left in it', content: good.replace('"annotations": [', '<<<<<<< HEAD\n"annotations": ['), says: /not valid JSON \(.*line 6, column 3\)/ },
    { name: 'an unknown kind of annotation', content: good.replace('"kind": "entity"', '"kind": "quote"'), says: /\/annotations\/0 "kind" must be "entity" or "claim"/ },
    { name: 'another kind of JSON', content: '{"entities": []}', says: /not a Mizan annotation file/ },
    { name: 'a newer schema version', content: good.replace('"version": 1', '"version": 7'), says: /newer Mizan \(schema version 7/ },
    { name: 'an unknown status', content: good.replace('"status": "accepted"', '"status": "maybe"'), says: /\/annotations\/0\/status/ },
    { name: 'an offset that is not a number', content: good.replace(/"start": \d+/, '"start": "x"'), says: /\/annotations\/0\/start/ },
    { name: 'end before start', content: good.replace(/"end": \d+/, '"end": 0'), says: /end 0 is before start/ },
    { name: 'the same id twice', content: good.replace('"id": "e1"', '"id": "e0"'), says: /"e0" is used twice/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const dir = tempDir();
      const file = path.join(dir, 'a.txt.mizan.json');
      fs.writeFileSync(file, c.content);
      const read = readSidecar(file);
      assert.strictEqual(read.kind, 'broken');
      if (read.kind !== 'broken') return;
      assert.ok(read.message.startsWith(file), read.message);
      assert.match(read.message, c.says);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), c.content, 'left exactly as it was');
    });
  }

  it('a sidecar saved with a byte order mark is read as it is', () => {
    const parsed = parseSidecar('\ufeff' + good);
    assert.strictEqual(parsed.records.length, decisionsOf(sampleNames()[0]).records.length);
  });

  it('a missing sidecar is an empty start, not an error', () => {
    assert.deepStrictEqual(readSidecar(path.join(tempDir(), 'none.txt.mizan.json')), { kind: 'missing' });
  });

  it('backs a broken file up with its content before a fresh start', () => {
    const dir = tempDir();
    const file = sidecarPath(path.join(dir, 'a.txt'));
    fs.writeFileSync(file, '{ broken');
    const backup = backUpBroken(file, new Date('2026-03-04T05:06:07.000Z'))!;
    assert.strictEqual(path.basename(backup), 'a.txt.mizan.json.broken-2026-03-04T05-06-07-000Z.bak');
    assert.strictEqual(fs.readFileSync(backup, 'utf8'), '{ broken');
    assert.ok(!fs.existsSync(file));
    fs.writeFileSync(file, '{ broken again');
    assert.notStrictEqual(backUpBroken(file, new Date('2026-03-04T05:06:07.000Z')), backup, 'a second backup never replaces the first');
  });
});

describe('atomic writes', () => {
  it('writes a file that reads back, leaving no temporary file behind', async () => {
    const dir = tempDir();
    const name = sampleNames()[2];
    const file = sidecarPath(path.join(dir, name));
    const content = await writeSidecar(file, name, decisionsOf(name));
    assert.deepStrictEqual(fs.readdirSync(dir), [path.basename(file)]);
    const read = readSidecar(file);
    assert.strictEqual(read.kind, 'ok');
    assert.strictEqual(read.kind === 'ok' && read.content, content);
  });
});
