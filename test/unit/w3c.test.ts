// W3C Web Annotation export against the Working Group's MUST assertions (re-expressed in
// w3cMusts.ts) on every sample, broken variants of the same output caught by the same checks, and
// a JSON-LD expansion (the jsonld package, with the model's context served from test/fixtures)
// in which every IRI is absolute and status, claim kind, speaker and cue can be read back.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as jsonld from 'jsonld';
import { toW3c } from '../../server/src/core/formats/exportW3c';
import { REPO } from '../support/samples';
import { sampleNames } from './anchorSupport';
import { codePointSlice, inputOf } from './exportSupport';
import { ANNO_CONTEXT, collectionProblems, isAbsoluteUri } from './w3cMusts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read from files, walked by key as the tests go
type Json = Record<string, any>;

const CONTEXT = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'anno.jsonld'), 'utf8')) as Json;
const OA = 'http://www.w3.org/ns/oa#';
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Offline: the model's context is the only document a loader may be asked for.
const documentLoader = async (url: string) => {
  if (url !== ANNO_CONTEXT && url !== ANNO_CONTEXT.replace('http:', 'https:')) throw new Error(`no network: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
};

function collect(node: unknown, out: { ids: string[]; nodes: Json[] }): void {
  if (Array.isArray(node)) {
    node.forEach((n) => collect(n, out));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as Json;
  if (typeof o['@id'] === 'string') out.ids.push(o['@id']);
  if (o['@type'] || o['@id']) out.nodes.push(o);
  for (const v of Object.values(o)) collect(v, out);
}

const value = (n: Json, p: string): unknown => n[p]?.[0]?.['@value'] ?? n[p]?.[0]?.['@id'];

describe('W3C Web Annotation export', () => {
  for (const name of sampleNames()) {
    const input = inputOf(name);
    const w3c = toW3c(input) as Json;

    it(`${name}: every annotation, the collection and its page pass the model's MUST assertions`, () => {
      assert.ok(w3c.total > 0);
      assert.deepStrictEqual(collectionProblems(w3c), []);
      assert.deepStrictEqual(collectionProblems(toW3c(input, { acceptedOnly: true }) as Json), []);
      for (const item of w3c.first.items) assert.deepStrictEqual(collectionProblems({ ...w3c, total: 1, first: { ...w3c.first, items: [item] } }), []);
    });

    it(`${name}: contexts never end in half a character, and speaker and cue select their own text`, () => {
      let parts = 0;
      for (const item of w3c.first.items as Json[]) {
        for (const sel of [item.target, ...item.body].flatMap((b: Json) => b.selector ?? [])) {
          if (sel.type === 'TextQuoteSelector') assert.ok(!LONE.test(sel.prefix + sel.exact + sel.suffix), JSON.stringify(sel));
        }
        const claim = input.view.claims.find((c) => item.id.endsWith(`#annotation-${encodeURIComponent(c.id)}`));
        if (!claim) continue;
        for (const [purpose, span] of [
          ['identifying', claim.speaker],
          ['linking', claim.cue],
        ] as const) {
          const body = (item.body as Json[]).find((b) => b.purpose === purpose);
          assert.strictEqual(!!body, !!span, `${claim.id} ${purpose}`);
          if (!body || !span) continue;
          const [quote, position] = body.selector;
          assert.strictEqual(quote.exact, input.text.slice(span.start, span.end));
          assert.strictEqual(codePointSlice(input.text, position.start, position.end), quote.exact);
          parts++;
        }
      }
      assert.ok(parts > 0, 'some claim has a speaker or a cue');
    });

    it(`${name}: JSON-LD expansion gives absolute IRIs only, and status and claim kind read back`, async () => {
      const expanded = await jsonld.expand(w3c as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.Expand);
      const found = { ids: [] as string[], nodes: [] as Json[] };
      collect(expanded, found);
      const relative = found.ids.filter((id) => !id.startsWith('_:') && !isAbsoluteUri(id));
      assert.deepStrictEqual(relative, []);
      const annotations = found.nodes.filter((n) => (n['@type'] ?? []).includes(`${OA}Annotation`));
      assert.strictEqual(annotations.length, w3c.total);
      for (const a of annotations) {
        const bodies = a[`${OA}hasBody`] as Json[];
        const by = (purpose: string) => bodies.filter((b) => value(b, `${OA}hasPurpose`) === `${OA}${purpose}`).map((b) => value(b, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value'));
        const id = (a['@id'] as string).split('#annotation-')[1];
        const view = [...input.view.entities, ...input.view.claims].find((x) => encodeURIComponent(x.id) === id)!;
        assert.deepStrictEqual(by('moderating'), [view.status], id);
        assert.deepStrictEqual(by('classifying'), view.kind === 'entity' ? [view.type] : ['claim', view.claimKind], id);
        assert.ok(isAbsoluteUri(value(a[`${OA}hasTarget`][0], `${OA}hasSource`)));
      }
    });
  }

  // The same output broken in the ways the old export was: the checks must catch each.
  const broken: [string, (w: Json) => void, RegExp][] = [
    [
      'a bare file name as source',
      (w) => {
        w.first.items[0].target.source = '000_a8b16601d227bd12.txt';
      },
      /item 0: Specific Resource source is not a uri/,
    ],
    [
      'a page without id',
      (w) => {
        delete w.first.id;
      },
      /AnnotationPage id is not of format uri/,
    ],
    [
      'a creator given as a bare name',
      (w) => {
        w.first.items[0].creator = 'ali';
      },
      /item 0: creator is neither a uri nor an object/,
    ],
    [
      'a date that is not a date-time',
      (w) => {
        w.first.items[0].created = '2026-01-01';
      },
      /item 0: created is not a single date-time/,
    ],
    [
      'an annotation id with Arabic left unencoded',
      (w) => {
        w.first.items[0].id = 'file:///مقال.txt#a';
      },
      /item 0: Annotation id is not a single string of format uri/,
    ],
    [
      'an unknown purpose',
      (w) => {
        w.first.items[0].body[0].purpose = 'status';
      },
      /item 0: purpose status is not one of the model's/,
    ],
  ];
  for (const [what, breakIt, expected] of broken) {
    it(`catches ${what}`, () => {
      const w = structuredClone(toW3c(inputOf(sampleNames()[0]))) as Json;
      breakIt(w);
      assert.match(collectionProblems(w).join('\n'), expected);
    });
  }
});
