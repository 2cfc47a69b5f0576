// Options shared by the commands that run over many articles.
import { defaultJobs } from './pool';

export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** --jobs N: worker threads (default: every core). Throws a usage message for anything but a whole number ≥ 1. */
export function jobsOption(args: string[]): number {
  const v = option(args, '--jobs');
  if (v === undefined) return defaultJobs();
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--jobs needs a whole number of at least 1, got ${JSON.stringify(v ?? '')}`);
  return n;
}

/** The arguments that are not options nor the values of `valued` options. */
export function positional(args: string[], valued: string[]): string[] {
  return args.filter((a, i) => (a === '-' || !a.startsWith('--')) && !valued.includes(args[i - 1]));
}
