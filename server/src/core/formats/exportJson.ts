// Mizan's own JSON (one object per article, everything including rejected decisions) and JSONL
// (one line per annotation, for data pipelines). Offsets are UTF-16 code units, as in the editor,
// and every document says so (`offsets: "utf16"`); schemas/mizan-export.schema.json describes both.
import type { Annotation } from '../annotate/model';
import { exported, recordOf, type ExportInput, type ExportOptions } from './exportInput';

export function annotationJson(input: ExportInput, a: Annotation): Record<string, unknown> {
  const span = (s: { start: number; end: number } | undefined) => s && { start: s.start, end: s.end, text: input.text.slice(s.start, s.end) };
  const last = recordOf(input, a.id)?.history.at(-1);
  return {
    id: a.id,
    kind: a.kind,
    start: a.start,
    end: a.end,
    text: a.text,
    status: a.status,
    source: a.source,
    ...(a.orphaned ? { orphaned: true } : {}),
    ...(a.kind === 'entity'
      ? { type: a.type }
      : {
          claimKind: a.claimKind,
          speaker: span(a.speaker),
          cue: span(a.cue),
          stance: a.stance,
          target: a.target,
        }),
    ...(last ? { author: last.author, time: last.time } : {}),
  };
}

export function toMizanJson(input: ExportInput, options: ExportOptions = {}): Record<string, unknown> {
  const items = exported(input, options, true).map((a) => annotationJson(input, a));
  return {
    file: input.file,
    offsets: 'utf16',
    ...(input.view.article ? { article: input.view.article } : {}),
    entities: items.filter((a) => a.kind === 'entity'),
    claims: items.filter((a) => a.kind === 'claim'),
    rejected: options.acceptedOnly ? [] : (input.view.rejected ?? []).map((a) => annotationJson(input, a)),
  };
}

export function toJsonl(input: ExportInput, options: ExportOptions = {}, check?: (line: Record<string, unknown>) => void): string {
  return exported(input, options, true)
    .map((a) => {
      const line = { file: input.file, offsets: 'utf16', ...annotationJson(input, a) };
      check?.(line);
      return JSON.stringify(line) + '\n';
    })
    .join('');
}
