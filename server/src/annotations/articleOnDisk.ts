// An article on disk as every export, the agreement and the editor's export of a closed article
// read it: the engine's suggestions merged with its sidecar's decisions, re-anchored to the text
// as it is now. A broken sidecar is an error naming the file (the caller skips the article).
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze } from '../core/analyze';
import { fromAnalysis } from '../core/annotate/fromAnalysis';
import { mergeDecisions } from '../core/annotate/merge';
import type { Decisions } from '../core/annotate/record';
import { relocateRecords } from '../core/annotate/relocate';
import type { ExportInput } from '../core/formats/exportInput';
import { loadEngine } from '../engine';
import { readArticle } from '../articles/articleFiles';
import { readSidecar, sidecarPath } from '../store/sidecarStore';

export function exportInputOf(file: string, engine = loadEngine()): ExportInput {
  const text = readArticle(file);
  const analysis = analyze(text, engine);
  const read = readSidecar(sidecarPath(file));
  if (read.kind === 'broken') throw new Error(read.message);
  const stored: Decisions = read.kind === 'ok' ? read.decisions : { records: [] };
  const decisions = { ...stored, records: relocateRecords(stored.records, text) };
  return { file: path.basename(file), uri: pathToFileURL(path.resolve(file)).href, text, view: mergeDecisions(fromAnalysis(analysis), decisions), tokens: analysis.tokens, sentences: analysis.sentences, decisions };
}
