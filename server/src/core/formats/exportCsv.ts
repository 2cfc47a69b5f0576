// CSV (RFC 4180: comma separated, quoted where needed, CRLF line ends), one row per annotation,
// UTF-16 offsets (the `offsets` column says so on every row), speaker and cue flattened into
// their own columns, the last change's author and time. The BOM tells Excel the file is UTF-8;
// LibreOffice asks in its import dialog (choose UTF-8) — the .xlsx export needs no dialog.
import { annotationJson } from './exportJson';
import { exported, type ExportInput, type ExportOptions } from './exportInput';

export const CSV_COLUMNS = [
  'file',
  'offsets',
  'kind',
  'id',
  'start',
  'end',
  'text',
  'type',
  'claimKind',
  'status',
  'source',
  'author',
  'time',
  'speaker_start',
  'speaker_end',
  'speaker',
  'cue_start',
  'cue_end',
  'cue',
  'stance',
  'target',
  'orphaned',
] as const;

export type Row = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | undefined>;

/** One row per exported annotation (rejected left out, orphans kept and flagged), in column order. */
export function annotationRows(input: ExportInput, options: ExportOptions = {}): Row[] {
  return exported(input, options, true).map((a) => {
    const j = annotationJson(input, a) as Record<string, unknown> & { speaker?: { start: number; end: number; text: string }; cue?: { start: number; end: number; text: string } };
    return {
      file: input.file,
      offsets: 'utf16',
      kind: a.kind,
      id: a.id,
      start: a.start,
      end: a.end,
      text: a.text,
      type: a.kind === 'entity' ? a.type : undefined,
      claimKind: a.kind === 'claim' ? a.claimKind : undefined,
      status: a.status,
      source: a.source,
      author: j.author as string | undefined,
      time: j.time as string | undefined,
      speaker_start: j.speaker?.start,
      speaker_end: j.speaker?.end,
      speaker: j.speaker?.text,
      cue_start: j.cue?.start,
      cue_end: j.cue?.end,
      cue: j.cue?.text,
      stance: a.kind === 'claim' ? a.stance : undefined,
      target: a.kind === 'claim' ? a.target : undefined,
      orphaned: a.orphaned ? true : undefined,
    };
  });
}

function cell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return '\ufeff' + CSV_COLUMNS.join(',') + '\r\n';
}

export function toCsvRows(input: ExportInput, options: ExportOptions = {}): string {
  return annotationRows(input, options)
    .map((row) => CSV_COLUMNS.map((c) => cell(row[c])).join(',') + '\r\n')
    .join('');
}
