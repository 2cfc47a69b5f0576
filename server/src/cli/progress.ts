// Progress of a long run on standard error, through cli-progress (maintained, widely used): a bar
// with rate and time left on a terminal; on a pipe or file plain lines, every 10 s, and only once
// the run has taken 3 s (a short run prints nothing; a mapper's log gets a line now and then).
import { SingleBar } from 'cli-progress';

export interface Progress {
  /** One more article done, of `bytes` bytes of input. */
  tick(bytes: number): void;
  stop(): void;
}

const MB = 1024 * 1024;
const QUIET: Progress = { tick() {}, stop() {} };

/** `totalBytes` undefined: the size of the input is not known (standard input). */
export function startProgress(enabled: boolean, totalBytes: number | undefined, totalArticles?: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled) return QUIET;
  const tty = !!stream.isTTY;
  const known = totalBytes !== undefined && totalBytes > 0;
  const of = totalArticles === undefined ? '' : `/${totalArticles}`;
  const format = (tty ? (known ? 'mizan {bar} {percentage}% | ' : 'mizan | ') : 'mizan: ') + `{articles}${of} articles | {mb} MB | {rate} MB/s` + (known ? ' | {eta_formatted} left' : '') + ' | {elapsed}';
  const bar = new SingleBar({ format, stream, noTTYOutput: true, notTTYSchedule: 10_000, fps: 5, etaBuffer: 50, hideCursor: false, clearOnComplete: false, barsize: 30 });
  const t0 = Date.now();
  let bytes = 0;
  let articles = 0;
  let started = false;
  const payload = () => {
    const s = Math.max(0.001, (Date.now() - t0) / 1000);
    return { articles, mb: (bytes / MB).toFixed(1), rate: (bytes / MB / s).toFixed(2), elapsed: `${s.toFixed(0)} s` };
  };
  const start = () => {
    started = true;
    bar.start(known ? totalBytes! : 1, bytes, payload());
  };
  const timer = tty ? undefined : setTimeout(start, 3000);
  timer?.unref();
  if (tty) start();
  return {
    tick(n) {
      bytes += n;
      articles++;
      if (started) bar.update(known ? bytes : 0, payload());
    },
    stop() {
      if (timer) clearTimeout(timer);
      if (started) {
        bar.update(known ? bytes : 0, payload());
        bar.stop();
      }
    },
  };
}
