// The schema of the JSON exports (exportJsonSchema.ts, published as schemas/mizan-export.schema.json),
// checked on every document before it is written: a field that drifts from what the README and the
// schema promise fails the export instead of reaching someone's pipeline.
import Ajv, { type ValidateFunction } from 'ajv';
import { exportSchema as schema } from './exportJsonSchema';

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

const ajv = new Ajv({ allErrors: false, formats: { 'date-time': RFC3339 } });
ajv.addSchema(schema);

export type ExportShape = 'article' | 'annotationLine' | 'documentLine';

const compiled = new Map<ExportShape, ValidateFunction>();

/** Throws, naming the place and the rule, when `doc` is not of the published shape. */
export function checkExport(shape: ExportShape, doc: unknown, what: string): void {
  let validate = compiled.get(shape);
  if (!validate) {
    validate = ajv.getSchema(`${schema.$id}#/definitions/${shape}`)!;
    compiled.set(shape, validate);
  }
  if (!validate(doc)) {
    const e = validate.errors?.[0];
    throw new Error(`${what}: not of the published export schema (${shape}) at ${e?.instancePath || 'the top level'}: ${e?.message ?? 'invalid'}`);
  }
}
