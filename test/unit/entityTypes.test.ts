// One table of entity types (core/entityTypes.ts): the manifest follows it, and a type added to
// it (EVENT) is accepted by the sidecar schema, gets a semantic token and manifest scopes, and is
// exported by brat and CoNLL and valid against the export schema — while the model's own tag set
// stays what ner.bin was trained on. schemas/ is what `npm run schemas` writes for the real table.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { analyzeBase } from '../../server/src/core/analyze';
import { ENTITY_TYPE_TABLE, ENTITY_TYPES, type EntityTypeInfo } from '../../server/src/core/entityTypes';
import { MODEL_TYPES, TAG_NAMES } from '../../server/src/core/entities/tags';
import { bratConf, toBrat } from '../../server/src/core/formats/exportBrat';
import { toConll } from '../../server/src/core/formats/exportConll';
import { toDocument } from '../../server/src/core/formats/exportDocs';
import { toJsonl, toMizanJson } from '../../server/src/core/formats/exportJson';
import { EXPORT_SCHEMA_FILE, exportSchemaFor } from '../../server/src/core/formats/exportJsonSchema';
import type { ExportInput } from '../../server/src/core/formats/exportInput';
import type { EntityAnnotation } from '../../server/src/core/annotate/model';
import { legendFor, manifestTokens, TOKEN_TYPES } from '../../server/src/lsp/semanticTokenLegend';
import { formatSidecar } from '../../server/src/store/sidecarFormat';
import { sidecarSchema, sidecarSchemaFor } from '../../server/src/store/sidecarSchema';
import { anchorOf } from '../../server/src/core/annotate/quote';
import type { EntityRecord } from '../../server/src/core/annotate/record';
import { readSample, sampleNames } from './anchorSupport';
import { REPO } from '../support/samples';
import { manifestColours } from '../../client/src/marks/colours';
import { publishedSchemaFiles } from '../../scripts/schemas';

const EVENT: EntityTypeInfo = {
  id: 'EVENT',
  key: 'v',
  name: 'Event',
  ar: 'حدث',
  pick: 'Event',
  group: 'Events',
  arGroup: 'الأحداث',
  symbol: 'Event',
  token: 'entityEvent',
  superType: 'enumMember',
  scope: 'entity.name.tag',
  description: 'An event named in the article (EVENT)',
  colour: { light: '#953800', dark: '#f0883e' },
};
const WITH_EVENT = [...ENTITY_TYPE_TABLE, EVENT];
const ids = (table: readonly EntityTypeInfo[]) => table.map((t) => t.id);

const text = readSample(sampleNames()[0]);
/** The first two words of the article that stand together as a name would. */
const span = (() => {
  const m = /[\u0621-\u064A]+ [\u0621-\u064A]+/.exec(text)!;
  return { start: m.index, end: m.index + m[0].length };
})();

describe('the entity type table', () => {
  it('package.json contributes the token types, modifiers and scopes the table gives', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const want = manifestTokens();
    for (const key of ['semanticTokenTypes', 'semanticTokenModifiers', 'semanticTokenScopes'] as const) {
      assert.deepStrictEqual(pkg.contributes[key], want[key], `package.json contributes.${key} should be ${JSON.stringify(want[key], null, 2)}`);
    }
  });

  it("package.json contributes the marks' theme colours the table gives", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.deepStrictEqual(pkg.contributes.colors, manifestColours(), `package.json contributes.colors should be ${JSON.stringify(manifestColours(), null, 2)}`);
    assert.ok(
      manifestColours(WITH_EVENT).some((c) => c.id === 'mizan.entityEvent'),
      'a type added to the table gets its colour',
    );
  });

  it('ids, keys and tokens are unique, keys single non-digit letters', () => {
    for (const field of ['id', 'key', 'token'] as const) {
      const values = ENTITY_TYPE_TABLE.map((t) => t[field]);
      assert.deepStrictEqual(
        values.filter((v, i) => values.indexOf(v) !== i),
        [],
        field,
      );
    }
    for (const t of ENTITY_TYPE_TABLE) assert.match(t.key, /^[a-z]$/, t.id);
  });

  it('the files in schemas/ are what `npm run schemas` writes for this table, byte for byte', () => {
    const want = publishedSchemaFiles();
    assert.deepStrictEqual(fs.readdirSync(path.join(REPO, 'schemas')).sort(), Object.keys(want).sort());
    for (const [name, text] of Object.entries(want)) {
      assert.strictEqual(fs.readFileSync(path.join(REPO, 'schemas', name), 'utf8'), text, `schemas/${name} is out of date: npm run schemas`);
    }
  });

  it("the model's tag set is its own: every model type is an annotator's type, and the tags are O then B-/I- of each", () => {
    for (const t of MODEL_TYPES) assert.ok(ENTITY_TYPES.includes(t), t);
    assert.deepStrictEqual(TAG_NAMES, ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC']);
  });
});

describe('a type added to the table (EVENT) is followed everywhere', () => {
  const record: EntityRecord = { kind: 'entity', id: 'e-1', ...anchorOf(text, span), type: 'EVENT' as EntityRecord['type'], status: 'accepted', source: 'human', history: [] };
  const sidecar = JSON.parse(formatSidecar(sampleNames()[0], { records: [record] }));

  it('the sidecar schema accepts it (and the current schema still refuses it, so the test shows the table is what matters)', () => {
    const ajv = () => new Ajv({ allErrors: false, discriminator: true });
    assert.strictEqual(ajv().compile(sidecarSchema)(sidecar), false);
    const validate = ajv().compile(sidecarSchemaFor(ids(WITH_EVENT)));
    assert.ok(validate(sidecar), JSON.stringify(validate.errors));
  });

  it('the legend gets its token after the other entity types, before the claim parts', () => {
    const legend = legendFor(WITH_EVENT);
    assert.deepStrictEqual(legend.tokenTypes, [...TOKEN_TYPES.slice(0, ENTITY_TYPE_TABLE.length), 'entityEvent', ...TOKEN_TYPES.slice(ENTITY_TYPE_TABLE.length)]);
    const manifest = manifestTokens(WITH_EVENT);
    assert.ok(manifest.semanticTokenTypes.some((t) => t.id === 'entityEvent' && t.superType === 'enumMember'));
    assert.deepStrictEqual(manifest.semanticTokenScopes[0].scopes['entityEvent.accepted'], ['entity.name.tag', 'markup.bold']);
  });

  const base = analyzeBase(text);
  const entity: EntityAnnotation = { kind: 'entity', id: 'e-1', start: span.start, end: span.end, text: text.slice(span.start, span.end), type: 'EVENT' as EntityAnnotation['type'], status: 'accepted', source: 'human' };
  const input: ExportInput = { file: 'a.txt', uri: 'file:///a.txt', text, view: { entities: [entity], claims: [] }, tokens: base.tokens, sentences: base.sentences };

  it('brat declares it and exports it; CoNLL tags its tokens B-EVENT, I-EVENT', () => {
    assert.match(bratConf(ids(WITH_EVENT)), /^\[entities\]\nPER\nLOC\nORG\nMISC\nEVENT\nClaim\n/);
    assert.match(toBrat(input), new RegExp(`^T1\\tEVENT \\d+ \\d+\\t${text.slice(span.start, span.end)}\\n`));
    const tagged = toConll(input)
      .split('\n')
      .filter((l) => /\t[BI]-/.test(l))
      .map((l) => l.split('\t')[1]);
    assert.deepStrictEqual(tagged, ['B-EVENT', 'I-EVENT']);
  });

  it('its json, jsonl and docs exports are valid against the export schema of that table (and the published schema refuses them)', () => {
    const docs: [string, unknown][] = [
      ['article', toMizanJson(input)],
      ...toJsonl(input)
        .trimEnd()
        .split('\n')
        .map((l): [string, unknown] => ['annotationLine', JSON.parse(l)]),
      ['documentLine', toDocument(input)],
    ];
    const validator = (schema: object) => {
      const ajv = new Ajv({ allErrors: false, formats: { 'date-time': true } }).addSchema(schema);
      return (shape: string) => ajv.getSchema(`${EXPORT_SCHEMA_FILE}#/definitions/${shape}`)!;
    };
    const published = validator(JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', EXPORT_SCHEMA_FILE), 'utf8')));
    const withEvent = validator(exportSchemaFor(ids(WITH_EVENT)));
    for (const [shape, doc] of docs) {
      assert.strictEqual(published(shape)(doc), false, `${shape}: the published schema has no EVENT`);
      const validate = withEvent(shape);
      assert.ok(validate(doc), `${shape}: ${JSON.stringify(validate.errors)}`);
    }
  });
});

describe("the marks' colours in every kind of theme", () => {
  const colours = manifestColours();
  const byId = new Map(colours.map((c) => [c.id, c.defaults]));
  const kinds = ['light', 'dark', 'highContrast', 'highContrastLight'] as const;
  /** #rrggbb[aa] → [r, g, b]; how far two colours are apart (the largest channel difference). */
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const apart = (a: string, b: string) => Math.max(...rgb(a).map((v, i) => Math.abs(v - rgb(b)[i])));
  for (const kind of kinds) {
    it(`${kind}: the four entity types, cues and speakers are told apart by their line's colour`, () => {
      const lines = [...ENTITY_TYPE_TABLE.map((t) => `mizan.${t.token}`), 'mizan.claimCue', 'mizan.claimSpeaker'].map((id) => [id, byId.get(id)![kind]] as const);
      for (let i = 0; i < lines.length; i++)
        for (let j = i + 1; j < lines.length; j++) {
          assert.ok(apart(lines[i][1], lines[j][1]) >= 48, `${lines[i][0]} ${lines[i][1]} and ${lines[j][0]} ${lines[j][1]} look alike in ${kind}`);
        }
    });
    it(`${kind}: an accepted mention is filled, except in high contrast (where its solid line tells it from a dashed suggestion)`, () => {
      for (const t of ENTITY_TYPE_TABLE) {
        const fillAlpha = parseInt(byId.get(`mizan.${t.token}Background`)![kind].slice(7, 9) || 'ff', 16);
        if (kind.startsWith('highContrast')) assert.strictEqual(fillAlpha, 0, `${t.id}: no fill in ${kind}, the line style tells`);
        else assert.ok(fillAlpha > 0, `${t.id}: accepted mentions are filled in ${kind}`);
      }
    });
  }
});
