// The unit of work of `mizan analyze` and `mizan export`: one article, analysed by the engine and
// turned into what is written (a string) or what the exporter needs. Run in the main thread with
// --jobs 1, else in worker threads (pool.ts); results are plain data, so they cross threads as is.
import type { Analysis } from '../core/types';
import { analyze, type Engine } from '../core/analyze';
import type { ExportInput } from '../core/formats/exportInput';
import { formatAnalysis } from './analysisText';
import { exportInputOf } from '../annotations/articleOnDisk';
import { readArticle } from '../articles/articleFiles';

/** How an analysis is written: the human-readable report, a member of the --json array, or one --jsonl line. */
export type OutputStyle = 'text' | 'json' | 'jsonl';

export type Task =
  | { op: 'analyze'; style: OutputStyle; /** The article's file, read where the task runs. */ file: string }
  | { op: 'analyze'; style: OutputStyle; /** A --jsonl record's id and text. */ id: unknown; text: string }
  | { op: 'export'; file: string };

/** What --json and --jsonl print of an analysis, under the name given. */
export function jsonResult(key: 'file' | 'id', name: unknown, a: Analysis): object {
  return { [key]: name, tokens: a.tokens, sentences: a.sentences, quotations: a.quotations, entities: a.entities, clusters: a.clusters, claims: a.claims };
}

export function runTask(task: Task, engine: Engine): string | ExportInput {
  if (task.op === 'export') return exportInputOf(task.file, engine);
  const fromFile = 'file' in task;
  const a = analyze(fromFile ? readArticle(task.file) : task.text, engine);
  if (task.style === 'text') return formatAnalysis(fromFile ? task.file : String(task.id), a) + '\n';
  const result = fromFile ? jsonResult('file', task.file, a) : jsonResult('id', task.id, a);
  // A member of the --json array (one a line, the array written around them), or a line of --jsonl.
  return task.style === 'json' ? JSON.stringify(result) : JSON.stringify(result) + '\n';
}
