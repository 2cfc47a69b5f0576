// CSV (RFC 4180: comma separated, quoted where needed, CRLF line ends), one row per annotation,
// UTF-16 offsets. A spreadsheet opens it directly; the BOM tells Excel the file is UTF-8.
import { annotationJson } from './exportJson';
import { exported, type ExportInput, type ExportOptions } from './exportInput';

export const CSV_COLUMNS = ['file', 'kind', 'id', 'start', 'end', 'text', 'type', 'status', 'source', 'speaker', 'cue', 'stance', 'target', 'orphaned'] as const;

function cell(v: unknown): string {
  const s = v === undefined || v === null ? '' : typeof v === 'object' ? String((v as { text?: string }).text ?? '') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return '\ufeff' + CSV_COLUMNS.join(',') + '\r\n';
}

export function toCsvRows(input: ExportInput, options: ExportOptions = {}): string {
  return exported(input, options, true)
    .map((a) => {
      const row: Record<string, unknown> = { file: input.file, ...annotationJson(input, a) };
      return CSV_COLUMNS.map((c) => cell(row[c])).join(',') + '\r\n';
    })
    .join('');
}
