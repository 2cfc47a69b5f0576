// `mizan export <files or folders> --format F [--out dir] [--accepted]` (F one of FORMATS):
// the engine's suggestions merged with each article's sidecar (re-anchored to the text as it is
// now), written in a format other tools read. An article whose sidecar is broken is reported and
// skipped; the exit code is then non-zero.
import * as fs from 'fs';
import * as path from 'path';
import { FOLDER_ONLY, FORMATS, OFFSET_UNITS, exportAll, exportStream, type Format } from '../core/formats';
import type { ExportInput } from '../core/formats/exportInput';
import { jobsOption, option, positional } from './options';
import { createPool, inOrder, type Outcome } from './pool';
import { startProgress } from './progress';
import { reportOrphanedSidecars } from './orphanedReport';
import { expandInputs } from '../articles/articleFiles';

export { exportInputOf } from '../annotations/articleOnDisk';

const USAGE = `usage: mizan export <files or folders> --format ${FORMATS.join('|')} [--out dir] [--accepted] [--jobs N] [--no-progress]\n`;

/** Why the output folder cannot take this export (checked before anything is read or written). */
function refusedOut(out: string, format: Format, articles: string[]): string | undefined {
  const stat = fs.statSync(out, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) return `--out ${out} is a file: give a folder (it is created if missing)`;
  // brat writes a copy of each article beside its .ann: into the articles' own folder it would overwrite them.
  if (format === 'brat' && articles.some((a) => path.resolve(path.dirname(a)) === path.resolve(out))) {
    return `brat writes a copy of each article: --out ${out} is where the articles are, and would overwrite them; give another folder`;
  }
  return undefined;
}

export async function runExport(args: string[]): Promise<number> {
  const format = option(args, '--format') as Format | undefined;
  const out = option(args, '--out');
  const inputs = positional(args, ['--format', '--out', '--jobs']);
  let jobs: number;
  try {
    jobs = jobsOption(args);
  } catch (err) {
    process.stderr.write(`mizan: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!format || !FORMATS.includes(format) || inputs.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  if ((FOLDER_ONLY as readonly string[]).includes(format) && !out) {
    process.stderr.write(format === 'brat' ? 'mizan: brat writes a folder (.txt, .ann and annotation.conf per corpus): give --out <dir>\n' : `mizan: ${format} is a binary file: give --out <dir>\n`);
    return 2;
  }
  const files = expandInputs(inputs).map((file) => ({ file, bytes: fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0 }));
  const refused =
    out &&
    refusedOut(
      out,
      format,
      files.map((f) => f.file),
    );
  if (refused) {
    process.stderr.write(`mizan: ${refused}\n`);
    return 2;
  }
  jobs = Math.min(jobs, Math.max(1, files.length));
  const docs: ExportInput[] = [];
  let failed = 0;
  const progress = startProgress(
    !args.includes('--no-progress'),
    files.reduce((n, f) => n + f.bytes, 0),
    files.length,
  );
  const pool = createPool(jobs, __filename);
  const done = (o: Outcome<ExportInput>, f: { bytes: number }) => {
    progress.tick(f.bytes);
    if (o.ok) docs.push(o.value);
    else {
      failed++;
      process.stderr.write(`mizan: ${o.error} (skipped)\n`);
    }
  };
  try {
    await inOrder<{ file: string; bytes: number }, ExportInput>(files, pool, ({ file }) => ({ op: 'export', file }), done, Math.max(2, jobs * 4));
  } finally {
    progress.stop();
    await pool.close();
  }
  const seen = new Set<string>();
  const dupes = docs.map((d) => d.file).filter((f) => seen.has(f) || !seen.add(f));
  if (out && dupes.length) {
    process.stderr.write(`mizan: two articles are both named ${dupes[0]}: export them to different folders\n`);
    return 1;
  }
  const options = { acceptedOnly: args.includes('--accepted') };
  if (out) {
    fs.mkdirSync(out, { recursive: true });
    const files = await exportAll(format, docs, options);
    for (const f of files) fs.writeFileSync(path.join(out, f.name), f.content);
    process.stderr.write(`mizan: ${docs.length} article(s) exported as ${format} to ${out} (${files.length} file(s); offsets in ${OFFSET_UNITS[format]})\n`);
  } else {
    process.stdout.write(exportStream(format as Exclude<Format, (typeof FOLDER_ONLY)[number]>, docs, options));
  }
  reportOrphanedSidecars(inputs);
  if (failed) process.stderr.write(`mizan: ${failed} article(s) could not be exported\n`);
  return failed ? 1 : 0;
}
