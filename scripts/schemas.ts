// Writes schemas/mizan-sidecar.schema.json from the schema the store validates every sidecar with
// (server/src/store/sidecarSchema.ts, which follows the table of entity types). A unit test fails
// when the published file and that schema differ: run `npm run schemas` after changing either.
import * as fs from 'fs';
import * as path from 'path';
import { sidecarSchema } from '../server/src/store/sidecarSchema';

export const SIDECAR_SCHEMA_FILE = 'mizan-sidecar.schema.json';

export function publishedSidecarSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SIDECAR_SCHEMA_FILE,
    title: 'Mizan sidecar (article.txt.mizan.json), version 1',
    description: "The annotator's decisions on one article. Offsets are UTF-16 code units of the article text; each span keeps a W3C-style quote (exact, prefix, suffix) to be found again after edits. `discriminator` is Ajv's keyword (other validators ignore it; oneOf says the same).",
    ...sidecarSchema,
  };
}

if (require.main === module) {
  const repo = path.resolve(__dirname, '..', '..');
  fs.writeFileSync(path.join(repo, 'schemas', SIDECAR_SCHEMA_FILE), JSON.stringify(publishedSidecarSchema(), null, 2) + '\n');
}
