// The sidecar's text: parsed and validated on the way in; on the way out pretty-printed with a
// fixed key order, one key a line and one block per annotation (sorted by position), so that a
// change to one annotation is a change to a few lines in git, and two annotators' merges rarely
// collide.
import Ajv from 'ajv';
import type { AnnotationRecord, Decisions } from '../core/annotate/record';
import { SIDECAR_SCHEMA_ID, SIDECAR_VERSION, sidecarSchema } from './sidecarSchema';

export class SidecarInvalid extends Error {}

const validate = new Ajv({ allErrors: false, discriminator: true }).compile(sidecarSchema);

export function parseSidecar(raw: string): Decisions {
  // An editor on Windows may have saved it with a byte order mark.
  const content = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (content.trim() === '') throw new SidecarInvalid('the file is empty (perhaps a write was cut short)');
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /at position (\d+)/.exec(message);
    throw new SidecarInvalid(`not valid JSON (${message}${position ? `, ${lineColumn(content, Number(position[1]))}` : ''})`);
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SIDECAR_VERSION) {
    throw new SidecarInvalid(`written by a newer Mizan (schema version ${version}; this one reads version ${SIDECAR_VERSION})`);
  }
  if (!validate(data)) {
    const e = validate.errors?.[0];
    const where = e?.instancePath ? `at ${e.instancePath}` : 'at the top level';
    if (e?.keyword === 'discriminator') throw new SidecarInvalid(`not a Mizan annotation file: ${where} "kind" must be "entity" or "claim"`);
    const extra = e?.params && 'additionalProperty' in e.params ? ` ("${String(e.params.additionalProperty)}")` : e?.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
    throw new SidecarInvalid(`not a Mizan annotation file: ${where} ${e?.message ?? 'invalid'}${extra}`);
  }
  const file = data as { articleStance?: Decisions['article']; annotations: AnnotationRecord[] };
  const seen = new Set<string>();
  file.annotations.forEach((r, i) => {
    if (r.end < r.start) throw new SidecarInvalid(`at /annotations/${i}: end ${r.end} is before start ${r.start}`);
    if (seen.has(r.id)) throw new SidecarInvalid(`at /annotations/${i}: id "${r.id}" is used twice`);
    seen.add(r.id);
  });
  return { records: file.annotations, ...(file.articleStance ? { article: file.articleStance } : {}) };
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

const RECORD_KEYS = ['id', 'kind', 'type', 'claimKind', 'status', 'source', 'stance', 'target', 'start', 'end', 'exact', 'prefix', 'suffix', 'orphaned', 'speaker', 'cue', 'history'];
const ANCHOR_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix', 'orphaned'];

function ordered(o: object, keys: string[]): [string, unknown][] {
  const rec = o as Record<string, unknown>;
  return keys.filter((k) => rec[k] !== undefined).map((k) => [k, rec[k]]);
}

function inline(o: object, keys: string[]): string {
  return `{ ${ordered(o, keys)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(', ')} }`;
}

function recordBlock(r: AnnotationRecord): string {
  const lines = ordered(r, RECORD_KEYS).map(([k, v]) => {
    if (k === 'speaker' || k === 'cue') return `      "${k}": ${inline(v as object, ANCHOR_KEYS)}`;
    if (k === 'history') {
      const items = (v as object[]).map((c) => `        ${inline(c, ['action', 'author', 'time', 'from'])}`);
      return items.length ? `      "history": [\n${items.join(',\n')}\n      ]` : '      "history": []';
    }
    return `      ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  });
  return `    {\n${lines.join(',\n')}\n    }`;
}

export function formatSidecar(article: string, d: Decisions): string {
  const records = [...d.records].sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const head = [`  "schema": ${JSON.stringify(SIDECAR_SCHEMA_ID)}`, `  "version": ${SIDECAR_VERSION}`, `  "article": ${JSON.stringify(article)}`];
  if (d.article) head.push(`  "articleStance": ${inline(d.article, ['stance', 'target', 'author', 'time'])}`);
  const body = records.length ? `  "annotations": [\n${records.map(recordBlock).join(',\n')}\n  ]` : '  "annotations": []';
  return `{\n${[...head, body].join(',\n')}\n}\n`;
}
