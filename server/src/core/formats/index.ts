// The export formats by name, each turning the articles into the text of one or more files.
import { bratConf, bratStances, bratVisualConf, toBrat } from './exportBrat';
import { toConll } from './exportConll';
import { csvHeader, toCsvRows } from './exportCsv';
import { ENTITY_TYPES } from '../types';
import type { ExportInput, ExportOptions } from './exportInput';
import { checkExport, type ExportShape } from './exportSchema';
import { toDocument, toLabelStudioTask } from './exportDocs';
import { toJsonl, toMizanJson } from './exportJson';
import { toW3c } from './exportW3c';
import { toXlsx } from './exportXlsx';

import type { Format } from './formatNames';

export { FORMATS, isFormat, type Format } from './formatNames';

/** What each format's offsets count: stated in every file that has a place for it, and by the CLI. */
export const OFFSET_UNITS: Record<Format, string> = {
  json: 'UTF-16 code units, as in the editor',
  jsonl: 'UTF-16 code units, as in the editor',
  csv: 'UTF-16 code units, as in the editor',
  xlsx: 'UTF-16 code units, as in the editor',
  docs: 'Unicode code points (Python string indices)',
  labelstudio: 'Unicode code points (Python string indices)',
  brat: 'Unicode code points',
  w3c: 'Unicode code points',
  conll: 'tokens',
};

export interface OutputFile {
  /** File name relative to the output folder. */
  name: string;
  content: string | Uint8Array;
}

/** Formats written only to a folder (several files, or binary). */
export const FOLDER_ONLY = ['brat', 'xlsx'] as const;
type TextFormat = Exclude<Format, 'xlsx'>;

const stem = (file: string): string => file.replace(/\.txt$/i, '');

function checked<T>(shape: ExportShape, doc: T, file: string): T {
  checkExport(shape, doc, file);
  return doc;
}

/** One file per article (json, brat, w3c, conll) or one for the corpus (jsonl, docs, labelstudio, csv). */
export function exportFiles(format: TextFormat, inputs: ExportInput[], options: ExportOptions = {}): OutputFile[] {
  switch (format) {
    case 'json':
      return inputs.map((i) => ({ name: `${stem(i.file)}.json`, content: JSON.stringify(checked('article', toMizanJson(i, options), i.file), null, 2) + '\n' }));
    case 'w3c':
      return inputs.map((i) => ({ name: `${stem(i.file)}.jsonld`, content: JSON.stringify(toW3c(i, options), null, 2) + '\n' }));
    case 'conll':
      return inputs.map((i) => ({ name: `${stem(i.file)}.conll`, content: toConll(i, options) }));
    case 'brat':
      return [
        ...inputs.flatMap((i) => [
          { name: `${stem(i.file)}.txt`, content: i.text },
          { name: `${stem(i.file)}.ann`, content: toBrat(i, options) },
        ]),
        { name: 'annotation.conf', content: bratConf(ENTITY_TYPES, bratStances(inputs)) },
        { name: 'visual.conf', content: bratVisualConf() },
      ];
    case 'jsonl':
      return [{ name: 'annotations.jsonl', content: inputs.map((i) => toJsonl(i, options, (line) => checkExport('annotationLine', line, i.file))).join('') }];
    case 'docs':
      return [{ name: 'documents.jsonl', content: inputs.map((i) => JSON.stringify(checked('documentLine', toDocument(i, options), i.file)) + '\n').join('') }];
    case 'labelstudio':
      return [
        {
          name: 'labelstudio.json',
          content:
            JSON.stringify(
              inputs.map((i) => toLabelStudioTask(i, options)),
              null,
              2,
            ) + '\n',
        },
      ];
    case 'csv':
      return [{ name: 'annotations.csv', content: csvHeader() + inputs.map((i) => toCsvRows(i, options)).join('') }];
  }
}

/** What goes to standard output without --out: the corpus as one stream (brat needs a folder). */
/** Every format, the workbook included (exceljs writes it asynchronously). */
export async function exportAll(format: Format, inputs: ExportInput[], options: ExportOptions = {}): Promise<OutputFile[]> {
  if (format === 'xlsx') return [{ name: 'annotations.xlsx', content: await toXlsx(inputs, options) }];
  return exportFiles(format, inputs, options);
}

export function exportStream(format: Exclude<Format, (typeof FOLDER_ONLY)[number]>, inputs: ExportInput[], options: ExportOptions = {}): string {
  switch (format) {
    case 'json':
      return (
        JSON.stringify(
          inputs.map((i) => checked('article', toMizanJson(i, options), i.file)),
          null,
          2,
        ) + '\n'
      );
    case 'w3c':
      return (
        JSON.stringify(
          inputs.map((i) => toW3c(i, options)),
          null,
          2,
        ) + '\n'
      );
    case 'conll':
      return inputs.map((i) => toConll(i, options)).join('');
    default:
      return exportFiles(format, inputs, options)[0].content as string;
  }
}
