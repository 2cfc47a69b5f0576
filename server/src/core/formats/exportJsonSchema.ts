// The JSON Schema of the json, jsonl and docs exports, for a table of entity types. The export
// checks every document against it, and `npm run schemas` publishes it for the real table as
// schemas/mizan-export.schema.json (a unit test fails while they differ), so a type added to
// core/entityTypes.ts is in both without anyone editing an enum.
import { ENTITY_TYPES } from '../entityTypes';

export const EXPORT_SCHEMA_FILE = 'mizan-export.schema.json';

const offset = { type: 'integer', minimum: 0 };
const cpOffset = { ...offset, description: "Unicode code points (Python's str indices)." };

const spanOf = (position: object) => ({
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { start: position, end: position, text: { type: 'string' } },
  additionalProperties: false,
});

const common = {
  id: { type: 'string', minLength: 1, description: 'Stable for decided annotations (the sidecar id); m-… ids of undecided suggestions hold for one run only.' },
  start: offset,
  end: offset,
  text: { type: 'string', description: "The article's text between start and end." },
  status: { enum: ['suggested', 'accepted', 'rejected'], description: "suggested: the machine's, unchecked; accepted: a person decided; rejected only in the rejected list." },
  source: { enum: ['machine', 'human'] },
  orphaned: { const: true, description: "The span's text was not found again after edits; start = end." },
  author: { type: 'string', description: 'Who made the last change (sidecar history).' },
  time: { type: 'string', format: 'date-time', description: 'When (ISO 8601).' },
  file: { type: 'string' },
  offsets: { const: 'utf16' },
};
const required = ['id', 'kind', 'start', 'end', 'text', 'status', 'source'];

/** doccano's and spaCy's [start, end, label] triple, in code points. */
const triple = { type: 'array', minItems: 3, maxItems: 3, items: [cpOffset, cpOffset, { type: 'string' }] };

/** The export schema for the entity types `types` (a test adds one and checks its exports are valid). */
export const exportSchemaFor = (types: readonly string[]) => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: EXPORT_SCHEMA_FILE,
  title: 'Mizan export: --format json, jsonl and docs',
  description:
    "Every document states its offset unit in \"offsets\": utf16 (json, jsonl: the editor's and JavaScript's string indices) or codepoints (docs: Python's). Validate a json file against #/definitions/article, each jsonl line against #/definitions/annotationLine, each docs line against #/definitions/documentLine.",
  definitions: {
    span: spanOf(offset),
    cpSpan: spanOf(cpOffset),
    entity: {
      type: 'object',
      required: [...required, 'type'],
      properties: { kind: { const: 'entity' }, ...common, type: { enum: [...types] } },
      additionalProperties: false,
    },
    claim: {
      type: 'object',
      required: [...required, 'claimKind'],
      properties: {
        kind: { const: 'claim' },
        ...common,
        claimKind: { enum: ['direct', 'indirect'] },
        speaker: { $ref: '#/definitions/span' },
        cue: { $ref: '#/definitions/span' },
        stance: { type: 'string' },
        target: { type: 'string' },
      },
      additionalProperties: false,
    },
    annotation: { oneOf: [{ $ref: '#/definitions/entity' }, { $ref: '#/definitions/claim' }] },
    article: {
      type: 'object',
      required: ['file', 'offsets', 'entities', 'claims', 'rejected'],
      description: '--format json: one file per article.',
      properties: {
        file: { type: 'string' },
        offsets: { const: 'utf16', description: 'start and end count UTF-16 code units, as JavaScript and the editor do.' },
        article: {
          type: 'object',
          required: ['stance'],
          properties: { stance: { type: 'string' }, target: { type: 'string' } },
          additionalProperties: false,
        },
        entities: { type: 'array', items: { $ref: '#/definitions/entity' } },
        claims: { type: 'array', items: { $ref: '#/definitions/claim' } },
        rejected: { type: 'array', items: { $ref: '#/definitions/annotation' } },
      },
      additionalProperties: false,
    },
    annotationLine: {
      description: '--format jsonl: one annotation a line.',
      allOf: [{ $ref: '#/definitions/annotation' }, { type: 'object', properties: { file: common.file, offsets: common.offsets }, required: ['file', 'offsets'] }],
    },
    documentLine: {
      type: 'object',
      description: '--format docs: one article a line, its text and spans in the shapes doccano (label), spaCy training scripts (entities) and Prodigy/spaCy span readers (spans) import.',
      required: ['id', 'text', 'offsets', 'label', 'entities', 'spans', 'claims'],
      properties: {
        id: { type: 'string', description: "The article's file name." },
        text: { type: 'string' },
        offsets: { const: 'codepoints', description: 'Every offset on the line counts Unicode code points: text[start:end] in Python.' },
        label: { type: 'array', items: triple, description: "doccano's sequence-labelling JSONL: [start, end, type]." },
        entities: { type: 'array', items: triple, description: "spaCy v2 training data's (start, end, label)." },
        spans: {
          type: 'array',
          items: {
            type: 'object',
            required: ['start', 'end', 'label', 'text', 'status'],
            properties: { start: cpOffset, end: cpOffset, label: { enum: [...types] }, text: { type: 'string' }, status: { enum: ['suggested', 'accepted'] } },
            additionalProperties: false,
          },
        },
        claims: {
          type: 'array',
          items: {
            type: 'object',
            required: ['start', 'end', 'text', 'kind', 'status'],
            properties: {
              start: cpOffset,
              end: cpOffset,
              text: { type: 'string' },
              kind: { enum: ['direct', 'indirect'] },
              status: { enum: ['suggested', 'accepted'] },
              stance: { type: 'string' },
              target: { type: 'string' },
              speaker: { $ref: '#/definitions/cpSpan' },
              cue: { $ref: '#/definitions/cpSpan' },
            },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
  },
  oneOf: [{ $ref: '#/definitions/article' }, { $ref: '#/definitions/annotationLine' }, { $ref: '#/definitions/documentLine' }],
});

export const exportSchema = exportSchemaFor(ENTITY_TYPES);
