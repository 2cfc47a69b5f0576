// JSON Schema of the sidecar file (version 1). ajv checks every file before it is used, so a
// hand-edited or half-merged sidecar is reported with the exact place of the problem.
import { ENTITY_TYPES } from '../core/entityTypes';

export const SIDECAR_SCHEMA_ID = 'mizan-annotations';
export const SIDECAR_VERSION = 1;

const quote = {
  exact: { type: 'string' },
  prefix: { type: 'string' },
  suffix: { type: 'string' },
};

const anchor = {
  type: 'object',
  required: ['start', 'end', 'exact', 'prefix', 'suffix'],
  properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 }, ...quote, orphaned: { type: 'boolean' } },
  additionalProperties: false,
};

const change = {
  type: 'object',
  required: ['action', 'author', 'time'],
  properties: { action: { type: 'string' }, author: { type: 'string' }, time: { type: 'string' }, from: { type: 'string' } },
  additionalProperties: false,
};

const common = {
  id: { type: 'string', minLength: 1 },
  start: { type: 'integer', minimum: 0 },
  end: { type: 'integer', minimum: 0 },
  ...quote,
  orphaned: { type: 'boolean' },
  status: { enum: ['suggested', 'accepted', 'rejected'] },
  source: { enum: ['machine', 'human'] },
  history: { type: 'array', items: change },
};
const required = ['id', 'kind', 'start', 'end', 'exact', 'prefix', 'suffix', 'status', 'source', 'history'];

const entityOf = (types: readonly string[]) => ({
  type: 'object',
  required: [...required, 'type'],
  properties: { kind: { const: 'entity' }, ...common, type: { enum: [...types] } },
  additionalProperties: false,
});

const claim = {
  type: 'object',
  required: [...required, 'claimKind'],
  properties: {
    kind: { const: 'claim' },
    ...common,
    claimKind: { enum: ['direct', 'indirect'] },
    stance: { type: 'string' },
    target: { type: 'string' },
    speaker: anchor,
    cue: anchor,
  },
  additionalProperties: false,
};

/** The schema for a table of entity types (a test adds one and checks that sidecars with it are valid). */
export const sidecarSchemaFor = (types: readonly string[]) => ({
  type: 'object',
  required: ['schema', 'version', 'article', 'annotations'],
  properties: {
    schema: { const: SIDECAR_SCHEMA_ID },
    version: { const: SIDECAR_VERSION },
    article: { type: 'string' },
    articleStance: {
      type: 'object',
      required: ['stance', 'author', 'time'],
      properties: { stance: { type: 'string' }, target: { type: 'string' }, author: { type: 'string' }, time: { type: 'string' } },
      additionalProperties: false,
    },
    annotations: {
      type: 'array',
      items: { type: 'object', required: ['kind'], discriminator: { propertyName: 'kind' }, oneOf: [entityOf(types), claim] },
    },
  },
  additionalProperties: false,
});

export const sidecarSchema = sidecarSchemaFor(ENTITY_TYPES);
