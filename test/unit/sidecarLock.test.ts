// The sidecar lock keeps one writer at a time, across processes; these cases are its takeover of a
// lock whose holder died (mtime no longer kept fresh), which is where lock directories fail.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lock } from 'proper-lockfile';
import { lockOptions, lockPath, withSidecarLock } from '../../server/src/store/sidecarLock';

describe("sidecar lock: taking over a dead writer's lock", function () {
  this.timeout(20000);
  let dir: string;
  let sidecar: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-lock-'));
    sidecar = path.join(dir, 'a.txt.mizan.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const staleLock = (ageMs: number, p = lockPath(sidecar)) => {
    fs.mkdirSync(p);
    const then = new Date(Date.now() - ageMs);
    fs.utimesSync(p, then, then);
  };

  /** Runs `writers` tasks on one sidecar at once; returns the most that ran at the same time. */
  async function overlap(writers: number): Promise<{ most: number; ran: number }> {
    let inside = 0;
    let most = 0;
    let ran = 0;
    await Promise.all(
      Array.from({ length: writers }, () =>
        withSidecarLock(sidecar, async () => {
          most = Math.max(most, ++inside);
          // Long enough for every other taker to have looked at the lock meanwhile.
          await new Promise((r) => setTimeout(r, 20));
          inside--;
          ran++;
        }),
      ),
    );
    return { most, ran };
  }

  const cases: { name: string; ageMs: number; writers: number }[] = [
    { name: 'one writer', ageMs: 60000, writers: 1 },
    { name: 'two windows at once', ageMs: 60000, writers: 2 },
    { name: 'eight writers at once', ageMs: 60000, writers: 8 },
    { name: 'a lock just past the stale time', ageMs: 5500, writers: 4 },
  ];
  for (const c of cases) {
    it(`${c.name}: the lock is taken over once, writers run one at a time, and nothing is left`, async () => {
      staleLock(c.ageMs);
      const { most, ran } = await overlap(c.writers);
      assert.strictEqual(ran, c.writers);
      assert.strictEqual(most, 1, `${most} writers held the lock at once`);
      assert.deepStrictEqual(fs.readdirSync(dir), [], 'the lock and its guard are removed');
    });
  }

  it('a guard left by a taker that crashed is itself taken over', async () => {
    staleLock(60000);
    staleLock(60000, `${lockPath(sidecar)}.guard`);
    const { most, ran } = await overlap(3);
    assert.deepStrictEqual([most, ran], [1, 3]);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  it('a taker that judged the lock stale before another took it over waits for that one', async () => {
    // The race of two windows after a crash, made certain: the slow taker's stat sees the dead
    // writer's lock, but its answer comes after the quick one has taken the lock over.
    staleLock(60000);
    let looked: () => void;
    const slowLooked = new Promise<void>((r) => {
      looked = r;
    });
    const slowStat = {
      ...fs,
      stat(p: fs.PathLike, cb: (err: NodeJS.ErrnoException | null, s?: fs.Stats) => void) {
        let st: fs.Stats | undefined;
        let error: NodeJS.ErrnoException | null = null;
        try {
          st = fs.statSync(p);
        } catch (err) {
          error = err as NodeJS.ErrnoException;
        }
        looked();
        setTimeout(() => cb(error, st), 150);
      },
    } as typeof fs;
    const order: string[] = [];
    const slow = lock(sidecar, lockOptions(sidecar, slowStat)).then(async (release) => {
      order.push('slow in');
      await release();
    });
    await slowLooked;
    const quick = withSidecarLock(sidecar, async () => {
      order.push('quick in');
      await new Promise((r) => setTimeout(r, 400));
      order.push('quick out');
    });
    await Promise.all([quick, slow]);
    assert.deepStrictEqual(order, ['quick in', 'quick out', 'slow in']);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  it('a live lock is waited for, not taken over', async () => {
    fs.mkdirSync(lockPath(sidecar));
    const order: string[] = [];
    const waiting = withSidecarLock(sidecar, () => {
      order.push('second writer');
    });
    await new Promise((r) => setTimeout(r, 300));
    order.push('holder done');
    fs.rmdirSync(lockPath(sidecar));
    await waiting;
    assert.deepStrictEqual(order, ['holder done', 'second writer']);
  });
});
