// JSON Schema of the sidecar file (version 1), published as schemas/mizan-sidecar.schema.json and
// read from there, so that the file other tools validate against is the one Mizan checks with.
// ajv checks every file before it is used, so a hand-edited or half-merged sidecar is reported
// with the exact place of the problem.
import schema from '../../../schemas/mizan-sidecar.schema.json';

export const SIDECAR_SCHEMA_ID = 'mizan-annotations';
export const SIDECAR_VERSION = 1;

export const sidecarSchema = schema;
