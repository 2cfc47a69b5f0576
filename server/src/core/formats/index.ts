// The export formats by name, each turning the articles into the text of one or more files.
import { BRAT_VISUAL_CONF, bratConf, bratStances, toBrat } from './exportBrat';
import { toConll } from './exportConll';
import { csvHeader, toCsvRows } from './exportCsv';
import type { ExportInput, ExportOptions } from './exportInput';
import { toJsonl, toMizanJson } from './exportJson';
import { toW3c } from './exportW3c';

export const FORMATS = ['json', 'jsonl', 'csv', 'brat', 'conll', 'w3c'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputFile {
  /** File name relative to the output folder. */
  name: string;
  content: string;
}

const stem = (file: string): string => file.replace(/\.txt$/i, '');

/** One file per article (json, brat, w3c, conll) or one for the corpus (jsonl, csv). */
export function exportFiles(format: Format, inputs: ExportInput[], options: ExportOptions = {}): OutputFile[] {
  switch (format) {
    case 'json': return inputs.map((i) => ({ name: `${stem(i.file)}.json`, content: JSON.stringify(toMizanJson(i, options), null, 2) + '\n' }));
    case 'w3c': return inputs.map((i) => ({ name: `${stem(i.file)}.jsonld`, content: JSON.stringify(toW3c(i, options), null, 2) + '\n' }));
    case 'conll': return inputs.map((i) => ({ name: `${stem(i.file)}.conll`, content: toConll(i, options) }));
    case 'brat': return [
      ...inputs.flatMap((i) => [{ name: `${stem(i.file)}.txt`, content: i.text }, { name: `${stem(i.file)}.ann`, content: toBrat(i, options) }]),
      { name: 'annotation.conf', content: bratConf(bratStances(inputs)) },
      { name: 'visual.conf', content: BRAT_VISUAL_CONF },
    ];
    case 'jsonl': return [{ name: 'annotations.jsonl', content: inputs.map((i) => toJsonl(i, options)).join('') }];
    case 'csv': return [{ name: 'annotations.csv', content: csvHeader() + inputs.map((i) => toCsvRows(i, options)).join('') }];
  }
}

/** What goes to standard output without --out: the corpus as one stream (brat needs a folder). */
export function exportStream(format: Exclude<Format, 'brat'>, inputs: ExportInput[], options: ExportOptions = {}): string {
  switch (format) {
    case 'json': return JSON.stringify(inputs.map((i) => toMizanJson(i, options)), null, 2) + '\n';
    case 'w3c': return JSON.stringify(inputs.map((i) => toW3c(i, options)), null, 2) + '\n';
    case 'conll': return inputs.map((i) => toConll(i, options)).join('');
    default: return exportFiles(format, inputs, options)[0].content;
  }
}
