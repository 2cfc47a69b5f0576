// What the server figures share: medians, a process's memory, and timed keystrokes in an open article.
import * as fs from 'fs';
import type { SemanticTokens } from 'vscode-languageserver-protocol/node';
import { TestClient, positionAt } from '../../test/protocol/harness';

export const now = () => performance.now();
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const max = (xs: number[]) => Math.max(...xs);

/** A figure beside its target (`better` says which way it is met) and its baseline. */
export type Report = (name: string, value: number, target: number | undefined, base: number | undefined, unit?: string, better?: 'lower' | 'higher') => void;

/** The resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** The plain baseline: a whitespace split of the same text (median of 5, after one to compile). */
export function baseline(text: string): number {
  text.split(/\s+/);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = now();
    text.split(/\s+/);
    runs.push(now() - t);
  }
  return median(runs);
}

/**
 * `n` keystrokes at random places in an open article, each timed until its semantic-token delta
 * arrives, with a pause between them as an annotator types a few keys a second. `last` carries the
 * result id the next delta is asked against.
 */
export async function keystrokeTimes(client: TestClient, uri: string, random: () => number, last: { resultId?: string }, n = 30): Promise<number[]> {
  const times: number[] = [];
  for (let k = 0; k < n; k++) {
    const text = client.text(uri);
    const at = Math.floor(random() * text.length);
    const insert = k % 3 === 2 ? ' ' : 'ب';
    const pos = positionAt(text, at);
    const next = text.slice(0, at) + insert + text.slice(at);
    const t = now();
    await client.changeTo(uri, { range: { start: pos, end: pos }, text: insert }, next);
    const delta = await client.request<SemanticTokens | { resultId: string }>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: last.resultId });
    times.push(now() - t);
    last.resultId = delta.resultId;
    // Let the server see the pause.
    await new Promise((r) => setTimeout(r, 50));
  }
  return times;
}
