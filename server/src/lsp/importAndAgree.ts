// mizan/import and mizan/agree, the editor's Import Annotations and Compare Annotators: the same
// work as `mizan import` and `mizan agree`. An import is read and checked in full before the
// annotation manager applies it as one command (undoable, written atomically, refused in an
// untrusted workspace), so a bad file changes nothing.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { AnnotationService } from './annotations';
import { agreementOf, formatAgreement } from '../annotations/agreementOnDisk';
import type { Engine } from '../core/analyze';
import { IMPORT_FORMATS, readImport, withImported, type ImportFormat } from '../core/formats/importAnnotations';
import { AgreeRequest, ImportRequest, type AgreeResult, type ImportResult } from '../protocol';
import type { Services } from './services';
import { t } from '../messages';

const BY_EXTENSION: Record<string, ImportFormat> = { '.json': 'json', '.jsonl': 'jsonl', '.ann': 'brat', '.conll': 'conll', '.jsonld': 'w3c' };

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function registerImportAndAgree(ctx: Services, service: AnnotationService, engine: () => Engine): void {
  ctx.connection.onRequest(ImportRequest.type, async (p): Promise<ImportResult> => {
    const doc = ctx.documents.get(p.uri);
    const locale = ctx.locale();
    if (!doc) return { ok: false, message: t(locale, 'import.noArticle'), imported: 0 };
    if (!p.source.startsWith('file:')) return { ok: false, message: t(locale, 'import.notOnDisk'), imported: 0 };
    const source = fileURLToPath(p.source);
    const format = (p.format ?? BY_EXTENSION[path.extname(source).toLowerCase()]) as ImportFormat | undefined;
    if (!format || !IMPORT_FORMATS.includes(format)) return { ok: false, message: t(locale, 'import.unknownFormat', path.basename(source), IMPORT_FORMATS.join(', ')), imported: 0 };
    let items;
    try {
      items = readImport(format, doc.getText(), fs.readFileSync(source, 'utf8'), { article: path.basename(fileURLToPath(p.uri)), source: path.basename(source), map: p.map });
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err), imported: 0 };
    }
    const r = await service.manager.apply(p.uri, service.current(doc), (d, _view, text, actor) => ({
      decisions: withImported(text, d, items, { status: p.as, author: actor.author, time: actor.time, newId: actor.newId }).decisions,
    }));
    if (r.ok) service.changed(p.uri);
    return { ok: r.ok, ...(r.message ? { message: r.message } : {}), imported: r.ok ? items.length : 0 };
  });

  ctx.connection.onRequest(AgreeRequest.type, (p): AgreeResult => {
    try {
      const folders = p.folders.map((f) => fileURLToPath(f));
      const r = agreementOf(folders, engine());
      const disagreements = r.articles.flatMap((a) =>
        a.result.disagreements.map((d) => ({
          uri: pathToFileURL(path.join(folders[d.between[1]], a.name)).toString(),
          range: { start: positionAt(a.text, d.start), end: positionAt(a.text, d.end) },
          what: d.what,
          text: a.text.slice(d.start, d.end),
        })),
      );
      return { ok: true, report: formatAgreement(folders, r), disagreements };
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err), report: '', disagreements: [] };
    }
  });
}
