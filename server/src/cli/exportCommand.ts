// `mizan export <files or folders> --format F [--out dir] [--accepted]` (F one of FORMATS):
// the engine's suggestions merged with each article's sidecar (re-anchored to the text as it is
// now), written in a format other tools read. An article whose sidecar is broken is reported and
// skipped; the exit code is then non-zero.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze } from '../core/analyze';
import { fromAnalysis } from '../core/annotate/fromAnalysis';
import { mergeDecisions } from '../core/annotate/merge';
import type { Decisions } from '../core/annotate/record';
import { relocateRecords } from '../core/annotate/relocate';
import { FOLDER_ONLY, FORMATS, OFFSET_UNITS, exportAll, exportStream, type Format } from '../core/formats';
import type { ExportInput } from '../core/formats/exportInput';
import { loadEngine } from '../engine';
import { readSidecar, sidecarPath } from '../store/sidecarStore';
import { expandInputs, readArticle } from './readArticle';

const USAGE = `usage: mizan export <files or folders> --format ${FORMATS.join('|')} [--out dir] [--accepted]\n`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function exportInputOf(file: string, engine = loadEngine()): ExportInput {
  const text = readArticle(file);
  const analysis = analyze(text, engine);
  const read = readSidecar(sidecarPath(file));
  if (read.kind === 'broken') throw new Error(read.message);
  const stored: Decisions = read.kind === 'ok' ? read.decisions : { records: [] };
  const decisions = { ...stored, records: relocateRecords(stored.records, text) };
  return { file: path.basename(file), uri: pathToFileURL(path.resolve(file)).href, text, view: mergeDecisions(fromAnalysis(analysis), decisions), tokens: analysis.tokens, sentences: analysis.sentences, decisions };
}

export async function runExport(args: string[]): Promise<number> {
  const format = option(args, '--format') as Format | undefined;
  const out = option(args, '--out');
  const inputs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--format' && args[i - 1] !== '--out');
  if (!format || !FORMATS.includes(format) || inputs.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  if ((FOLDER_ONLY as readonly string[]).includes(format) && !out) {
    process.stderr.write(format === 'brat' ? 'mizan: brat writes a folder (.txt, .ann and annotation.conf per corpus): give --out <dir>\n' : `mizan: ${format} is a binary file: give --out <dir>\n`);
    return 2;
  }
  const engine = loadEngine();
  const docs: ExportInput[] = [];
  let failed = 0;
  for (const file of expandInputs(inputs)) {
    try {
      docs.push(exportInputOf(file, engine));
    } catch (err) {
      failed++;
      process.stderr.write(`mizan: ${err instanceof Error ? err.message : String(err)} (skipped)\n`);
    }
  }
  const dupes = docs.map((d) => d.file).filter((f, i, all) => all.indexOf(f) !== i);
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
  if (failed) process.stderr.write(`mizan: ${failed} article(s) could not be exported\n`);
  return failed ? 1 : 0;
}
