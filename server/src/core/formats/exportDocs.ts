// One article a line with its text and spans, in the shapes other tools import, every offset in
// Unicode code points (Python's string indices, which doccano, spaCy and Prodigy slice with):
// doccano's sequence-labelling JSONL (`label`: [start, end, type]), a spaCy training script's
// `entities` ([start, end, label]) and the `spans` list of Prodigy and spaCy span readers; claims
// with their speaker and cue ride along under `claims`.
import type { Span } from '../types';
import { codePointOffsets } from './codePoints';
import { exported, type ExportInput, type ExportOptions } from './exportInput';

export function toDocument(input: ExportInput, options: ExportOptions = {}): Record<string, unknown> {
  const cp = codePointOffsets(input.text);
  const items = exported(input, options, false);
  const entities = items.flatMap((a) => (a.kind === 'entity' ? [a] : []));
  const triples = entities.map((e) => [cp(e.start), cp(e.end), e.type]);
  const span = (s: Span) => ({ start: cp(s.start), end: cp(s.end), text: input.text.slice(s.start, s.end) });
  return {
    id: input.file,
    text: input.text,
    offsets: 'codepoints',
    label: triples,
    entities: triples.map((t) => [...t]),
    spans: entities.map((e) => ({ ...span(e), label: e.type, status: e.status })),
    claims: items.flatMap((c) =>
      c.kind !== 'claim'
        ? []
        : [
            {
              ...span(c),
              kind: c.claimKind,
              status: c.status,
              ...(c.stance ? { stance: c.stance } : {}),
              ...(c.target ? { target: c.target } : {}),
              ...(c.speaker ? { speaker: span(c.speaker) } : {}),
              ...(c.cue ? { cue: span(c.cue) } : {}),
            },
          ],
    ),
  };
}

/**
 * Label Studio's task list (its JSON import): the article as `data.text`, the annotator's
 * accepted entities as an annotation and the unchecked suggestions as a prediction, each a
 * `labels` result on a `<Labels name="label" toName="text">` config (the README has it). Offsets
 * in code points, as Label Studio's converters slice them in Python.
 */
export function toLabelStudioTask(input: ExportInput, options: ExportOptions = {}): Record<string, unknown> {
  const cp = codePointOffsets(input.text);
  const entities = exported(input, options, false).flatMap((a) => (a.kind === 'entity' ? [a] : []));
  const result = (status: string) =>
    entities
      .filter((e) => e.status === status)
      .map((e) => ({
        id: e.id,
        from_name: 'label',
        to_name: 'text',
        type: 'labels',
        value: { start: cp(e.start), end: cp(e.end), text: e.text, labels: [e.type] },
      }));
  const suggested = result('suggested');
  return {
    data: { text: input.text, file: input.file, offsets: 'codepoints' },
    annotations: [{ result: result('accepted') }],
    ...(suggested.length ? { predictions: [{ model_version: 'mizan', result: suggested }] } : {}),
  };
}
