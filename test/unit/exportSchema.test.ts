// The published JSON Schemas (schemas/) against real exports of every sample, read from disk by a
// fresh validator as another tool would; the document-per-line shapes sliced as Python slices
// (by code point); the sidecar schema the store checks with is the published file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { exportFiles } from '../../server/src/core/formats';
import { checkExport } from '../../server/src/core/formats/exportSchema';
import { sidecarSchema } from '../../server/src/store/sidecarSchema';
import { formatSidecar } from '../../server/src/store/sidecarFormat';
import { REPO } from '../support/samples';
import { ENTITY_TYPES } from '../../server/src/core/entityTypes';
import { SIDECAR_SCHEMA_FILE, publishedSidecarSchema } from '../../scripts/schemas';
import { sampleNames } from './anchorSupport';
import { codePointSlice, inputOf } from './exportSupport';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read from files, walked by key as the tests go
type Json = Record<string, any>;

const read = (name: string) => JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', name), 'utf8')) as Json;
const exportSchema = read('mizan-export.schema.json');
const ajv = new Ajv({ allErrors: true, discriminator: true, formats: { 'date-time': true } });
ajv.addSchema(exportSchema);
const shape = (name: string) => ajv.getSchema(`mizan-export.schema.json#/definitions/${name}`)!;
const lines = (content: string) =>
  content
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Json);

describe('published JSON Schemas', () => {
  const inputs = sampleNames().map(inputOf);

  // Ajv's defaults print a warning for a loose type or tuple (each `mizan export` printed one): here they throw.
  it('compile in strict mode, so a validator never warns on the terminal', () => {
    for (const name of ['mizan-export.schema.json', SIDECAR_SCHEMA_FILE]) {
      assert.doesNotThrow(() => new Ajv({ strictTypes: true, strictTuples: true, discriminator: true, formats: { 'date-time': true } }).compile(read(name)), name);
    }
  });

  it('every json, jsonl and docs export of the samples is valid against the published file', () => {
    for (const f of exportFiles('json', inputs)) assert.ok(shape('article')(JSON.parse(f.content as string)), `${f.name}: ${ajv.errorsText(shape('article').errors)}`);
    for (const l of lines(exportFiles('jsonl', inputs)[0].content as string)) assert.ok(shape('annotationLine')(l), ajv.errorsText(shape('annotationLine').errors));
    for (const l of lines(exportFiles('docs', inputs)[0].content as string)) assert.ok(shape('documentLine')(l), ajv.errorsText(shape('documentLine').errors));
    assert.ok(ajv.validate(exportSchema, JSON.parse(exportFiles('json', inputs)[0].content as string)), 'the top-level schema takes an article');
  });

  it('names the entity types of the table, no more and no fewer', () => {
    const defs = exportSchema.definitions as Json;
    assert.deepStrictEqual(defs.entity.properties.type.enum, [...ENTITY_TYPES], 'schemas/mizan-export.schema.json must follow core/entityTypes.ts');
    assert.deepStrictEqual(defs.documentLine.properties.spans.items.properties.label.enum, [...ENTITY_TYPES]);
  });

  const broken: [string, string, Json][] = [
    ['a line without its offset unit', 'annotationLine', { file: 'a.txt', id: 'e1', kind: 'entity', start: 0, end: 1, text: 'x', status: 'accepted', source: 'human', type: 'PER' }],
    ['an unknown status', 'annotationLine', { file: 'a.txt', offsets: 'utf16', id: 'e1', kind: 'entity', start: 0, end: 1, text: 'x', status: 'maybe', source: 'human', type: 'PER' }],
    ['a document counted in UTF-16', 'documentLine', { id: 'a', text: 'x', offsets: 'utf16', label: [], entities: [], spans: [], claims: [] }],
  ];
  for (const [what, name, doc] of broken) {
    it(`refuses ${what}, in the published file and in the export's own check`, () => {
      assert.strictEqual(shape(name)(doc), false);
      assert.throws(() => checkExport(name as 'annotationLine', doc, 'a.txt'), /a\.txt: not of the published export schema/);
    });
  }

  it('docs lines slice by code points, where the UTF-16 offsets of jsonl would cut the wrong text', () => {
    let utf16Wrong = 0;
    const jsonl = lines(exportFiles('jsonl', inputs)[0].content as string);
    for (const [d, doc] of lines(exportFiles('docs', inputs)[0].content as string).entries()) {
      const text = inputs[d].text;
      assert.strictEqual(doc.text, text);
      assert.deepStrictEqual(doc.label, doc.entities);
      for (const s of doc.spans) assert.strictEqual(codePointSlice(text, s.start, s.end), s.text);
      for (const [s, e, type] of doc.label) assert.ok(doc.spans.some((x: Json) => x.start === s && x.end === e && x.label === type));
      for (const c of doc.claims) {
        assert.strictEqual(codePointSlice(text, c.start, c.end), c.text);
        for (const part of [c.speaker, c.cue]) if (part) assert.strictEqual(codePointSlice(text, part.start, part.end), part.text);
      }
      for (const l of jsonl.filter((x) => x.file === doc.id)) if (codePointSlice(text, l.start, l.end) !== l.text) utf16Wrong++;
    }
    assert.ok(utf16Wrong > 0, 'the emoji in front make UTF-16 offsets wrong for Python');
  });

  it('Label Studio tasks: accepted entities as the annotation, suggestions as the prediction, code points', () => {
    const tasks = JSON.parse(exportFiles('labelstudio', inputs)[0].content as string) as Json[];
    assert.strictEqual(tasks.length, inputs.length);
    tasks.forEach((t, i) => {
      assert.strictEqual(t.data.text, inputs[i].text);
      const results = [...t.annotations[0].result, ...(t.predictions?.[0].result ?? [])];
      assert.strictEqual(results.length, inputs[i].view.entities.length);
      for (const r of results) {
        assert.deepStrictEqual([r.from_name, r.to_name, r.type], ['label', 'text', 'labels']);
        assert.strictEqual(codePointSlice(inputs[i].text, r.value.start, r.value.end), r.value.text);
      }
    });
  });

  it('the sidecar schema the store validates with is the published file, and a written sidecar passes it', () => {
    const published = read(SIDECAR_SCHEMA_FILE);
    assert.deepStrictEqual(publishedSidecarSchema(), published, 'schemas/ is out of date: npm run schemas');
    assert.deepStrictEqual(Object.fromEntries(Object.entries(published).filter(([k]) => !['$schema', '$id', 'title', 'description'].includes(k))), JSON.parse(JSON.stringify(sidecarSchema)));
    const input = inputOf(sampleNames()[0]);
    const written = JSON.parse(formatSidecar(input.file, input.decisions!)) as Json;
    assert.ok(ajv.validate(published, written), ajv.errorsText());
  });
});
