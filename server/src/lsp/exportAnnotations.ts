// mizan/export: the editor's Export Annotations command. The server reads each article (from the
// editor when it is open there, as the annotator sees it, else from disk with its sidecar, as
// `mizan export` does), runs the core's format writers and writes the files atomically into the
// chosen folder, reporting each article read so that the client can show progress.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import writeFileAtomic from 'write-file-atomic';
import { exportInputOf } from '../annotations/articleOnDisk';
import { expandInputs } from '../articles/articleFiles';
import type { Engine } from '../core/analyze';
import { OFFSET_UNITS, exportAll, isFormat } from '../core/formats';
import type { ExportInput } from '../core/formats/exportInput';
import { ExportProgress, ExportRequest, type ExportParams, type ExportResult } from '../protocol';
import type { Services } from './services';
import { t } from '../messages';

/** The article as the editor has it, when it is open and analysed; undefined otherwise. */
function fromEditor(ctx: Services, file: string): ExportInput | undefined {
  const uri = pathToFileURL(file).toString();
  const doc = ctx.documents.get(uri);
  const analysis = ctx.analysis(uri);
  const view = ctx.annotated(uri);
  if (!doc || !analysis || !view || analysis.text !== doc.getText()) return undefined;
  return { file: path.basename(file), uri, text: analysis.text, view, tokens: analysis.tokens, sentences: analysis.sentences, decisions: ctx.decisions(uri) };
}

export async function runExportRequest(ctx: Services, engine: () => Engine, p: ExportParams): Promise<ExportResult> {
  const fail = (message: string): ExportResult => ({ ok: false, message, files: [], articles: 0, failed: [], offsets: '' });
  const locale = ctx.locale();
  if (!isFormat(p.format)) return fail(t(locale, 'export.unknownFormat', String(p.format)));
  if (!p.uri.startsWith('file:') || !p.destination.startsWith('file:')) return fail(t(locale, 'export.filesOnly'));
  const source = fileURLToPath(p.uri);
  const out = fileURLToPath(p.destination);
  const files = p.scope === 'folder' ? expandInputs([source]) : [source];
  if (!files.length) return fail(t(locale, 'export.noArticles', source));
  // brat writes each article's text beside its .ann: never over the articles themselves.
  if (p.format === 'brat' && files.some((f) => path.dirname(f) === path.resolve(out))) return fail(t(locale, 'export.bratFolder'));
  const inputs: ExportInput[] = [];
  const failed: ExportResult['failed'] = [];
  for (const [i, file] of files.entries()) {
    try {
      inputs.push(fromEditor(ctx, file) ?? exportInputOf(file, engine()));
    } catch (err) {
      failed.push({ uri: pathToFileURL(file).toString(), message: err instanceof Error ? err.message : String(err) });
    }
    if (p.progressId) void ctx.connection.sendNotification(ExportProgress.type, { id: p.progressId, done: i + 1, total: files.length, file: path.basename(file) });
  }
  const names = inputs.map((d) => d.file);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) return { ...fail(t(locale, 'export.sameName', twice)), failed };
  const written = await exportAll(p.format, inputs, { acceptedOnly: p.acceptedOnly });
  fs.mkdirSync(out, { recursive: true });
  for (const f of written) writeFileAtomic.sync(path.join(out, f.name), typeof f.content === 'string' ? f.content : Buffer.from(f.content));
  return {
    ok: failed.length === 0,
    ...(failed.length ? { message: t(locale, 'export.someFailed', failed.length) } : {}),
    files: written.map((f) => pathToFileURL(path.join(out, f.name)).toString()),
    articles: inputs.length,
    failed,
    offsets: OFFSET_UNITS[p.format],
  };
}

export function registerExport(ctx: Services, engine: () => Engine): void {
  ctx.connection.onRequest(ExportRequest.type, (p) =>
    runExportRequest(ctx, engine, p).catch((err: unknown) => ({
      ok: false,
      message: err instanceof Error ? err.message : String(err),
      files: [],
      articles: 0,
      failed: [],
      offsets: '',
    })),
  );
}
