// Writes schemas/ from the schemas the code validates with: the sidecar's (server/src/store/
// sidecarSchema.ts) and the exports' (server/src/core/formats/exportJsonSchema.ts), both following
// the table of entity types. A unit test fails when a published file and its schema differ: run
// `npm run schemas` after changing either.
import * as fs from 'fs';
import * as path from 'path';
import { sidecarSchema } from '../server/src/store/sidecarSchema';
import { EXPORT_SCHEMA_FILE, exportSchema } from '../server/src/core/formats/exportJsonSchema';

export const SIDECAR_SCHEMA_FILE = 'mizan-sidecar.schema.json';

export function publishedSidecarSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SIDECAR_SCHEMA_FILE,
    title: 'Mizan sidecar (article.txt.mizan.json), version 1',
    description:
      "The annotator's decisions on one article. Offsets are UTF-16 code units of the article text; each span keeps a W3C-style quote (exact, prefix, suffix) to be found again after edits. `discriminator` is Ajv's keyword (other validators ignore it; oneOf says the same).",
    ...sidecarSchema,
  };
}

/** Every file of schemas/ by name, with the text `npm run schemas` writes into it. */
export function publishedSchemaFiles(): Record<string, string> {
  const text = (schema: unknown) => JSON.stringify(schema, null, 2) + '\n';
  return { [SIDECAR_SCHEMA_FILE]: text(publishedSidecarSchema()), [EXPORT_SCHEMA_FILE]: text(exportSchema) };
}

if (require.main === module) {
  const repo = path.resolve(__dirname, '..', '..');
  for (const [name, text] of Object.entries(publishedSchemaFiles())) fs.writeFileSync(path.join(repo, 'schemas', name), text);
}
