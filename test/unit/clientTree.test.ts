import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { claimsNear, contains } from '../../client/src/commands/claimChoice';
import { untranslated } from '../../client/src/l10n';
import { buildAnnotationTree, excerpt, isolate, mentionContext, type TreeNode } from '../../client/src/views/annotationTree';
import { ENTITY_TYPE_TABLE } from '../../server/src/core/entityTypes';
import { progressText } from '../../client/src/views/progressText';
import type { AnnotationItem, AnnotationsResult, FolderProgressResult, Position } from '../../server/src/protocol';
import { folderNode } from '../../client/src/views/folderTree';
import { GOLD_DIR, readSample, sampleNames } from '../support/samples';

interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
interface Gold {
  entities: (GoldSpan & { type: string })[];
  claims: (GoldSpan & { speaker?: GoldSpan; speakerCarried?: boolean })[];
}

// LSP positions of the exact file text, as VS Code and the server count them.
function positions(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const at = (offset: number): Position => {
    let line = starts.length - 1;
    while (starts[line] > offset) line--;
    return { line, character: offset - starts[line] };
  };
  const offsetOf = (p: Position) => starts[p.line] + p.character;
  return { at, offsetOf };
}

/** The AnnotationsResult the server would send for a sample annotated as in the gold file, every other claim tagged. */
function goldResult(name: string) {
  const text = readSample(name);
  const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, name.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
  const { at, offsetOf } = positions(text);
  const range = (s: GoldSpan) => ({ start: at(s.start), end: at(s.end) });
  const items: AnnotationItem[] = [
    ...gold.entities.map((e, i): AnnotationItem => ({ id: `e${i}`, kind: 'entity', range: range(e), text: e.text, status: 'accepted', source: 'human', type: e.type })),
    ...gold.claims.map((c, i): AnnotationItem => ({
      id: `c${i}`,
      kind: 'claim',
      range: range(c),
      text: c.text,
      status: 'accepted',
      source: 'human',
      speaker: c.speaker?.text,
      stance: i % 2 === 0 ? 'favour' : undefined,
    })),
  ];
  const tagged = gold.claims.filter((_, i) => i % 2 === 0).length;
  const result: AnnotationsResult = { uri: `file:///samples/${name}`, items, progress: { tagged, total: gold.claims.length }, writable: true };
  return { text, gold, result, offsetOf, range };
}

function leaves(node: TreeNode): TreeNode[] {
  return node.children.length === 0 ? (node.range ? [node] : []) : node.children.flatMap(leaves);
}

const options = (fileName: string) => ({ fileName, t: untranslated, stanceName: (id: string) => id.toUpperCase() });

describe('Annotations view tree from the gold annotations of each sample', () => {
  for (const name of sampleNames()) {
    it(name, () => {
      const { text, gold, result, offsetOf } = goldResult(name);
      const root = buildAnnotationTree(result, options(name));
      const [claims, entities] = root.children;
      assert.strictEqual(root.label, name);
      assert.match(root.description ?? '', new RegExp(`^${result.progress.tagged}/${gold.claims.length}`));

      // Claims: one group per speaker as written, in order of first appearance, every claim once.
      const speakers = [...new Set(gold.claims.map((c) => c.speaker?.text ?? '(no speaker)'))];
      assert.deepStrictEqual(claims.children.map((g) => g.label).sort(), speakers.map(isolate).sort());
      assert.strictEqual(leaves(claims).length, gold.claims.length);
      for (const group of claims.children) {
        const firsts = group.children.map((c) => offsetOf(c.range!.start));
        assert.deepStrictEqual(
          firsts,
          [...firsts].sort((a, b) => a - b),
          `claims of ${group.label} in text order`,
        );
      }

      // Entities: groups in PER, LOC, ORG, MISC order, named in words, with the gold mentions per
      // type; one row per entity (here: per spelling, the gold has no clusters), its mentions under it.
      const counts = new Map<string, number>();
      for (const e of gold.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      const mentionsOf = (g: TreeNode) => g.children.reduce((n, row) => n + row.children.length, 0);
      assert.deepStrictEqual(
        entities.children.map((g) => [g.label, mentionsOf(g)]),
        ENTITY_TYPE_TABLE.filter((t) => counts.has(t.id)).map((t) => [t.group, counts.get(t.id)]),
      );
      for (const g of entities.children) {
        const type = ENTITY_TYPE_TABLE.find((t) => t.group === g.label)!.id;
        const names = new Set(gold.entities.filter((e) => e.type === type).map((e) => e.text.replace(/\s+/g, ' ').trim()));
        assert.deepStrictEqual(g.children.map((row) => row.label.replace(/[\u2068\u2069]/g, '')).sort(), [...names].sort(), `one row per ${type} entity`);
        for (const row of g.children) assert.match(row.description ?? '', new RegExp(`^${row.children.length} mentions?`), row.label);
      }

      // Every leaf jumps to exactly its text, and node ids are unique (VS Code requires it).
      for (const leaf of leaves(root)) {
        const slice = text.slice(offsetOf(leaf.range!.start), offsetOf(leaf.range!.end));
        assert.ok(leaf.tooltip === slice || leaf.tooltip?.endsWith(` ${slice}`), `${leaf.id}: ${leaf.tooltip} ≠ ${slice}`);
      }
      const ids = [
        root,
        ...root.children.flatMap(function all(n: TreeNode): TreeNode[] {
          return [n, ...n.children.flatMap(all)];
        }),
      ].map((n) => n.id);
      assert.strictEqual(new Set(ids).size, ids.length);

      // Tagged claims say their stance, the others say they have none.
      const described = leaves(claims).map((l) => l.description);
      assert.strictEqual(described.filter((d) => d?.startsWith('FAVOUR')).length, result.progress.tagged);
      assert.strictEqual(described.filter((d) => d?.startsWith('no stance')).length, gold.claims.length - result.progress.tagged);
    });
  }
});

describe('tree node details', () => {
  const { result } = goldResult(sampleNames()[0]);
  const claim = result.items.find((i) => i.kind === 'claim')!;
  const entity = result.items.find((i) => i.kind === 'entity')!;
  const cases: [string, Partial<AnnotationItem>, Partial<AnnotationItem>, RegExp, string][] = [
    ['suggested claim with target', { ...claim, status: 'suggested', stance: 'against', target: 'Iran' }, {}, /^AGAINST → Iran · suggested$/, 'pass-filled'],
    ['rejected claim', { ...claim, status: 'rejected', stance: undefined }, {}, /^no stance · rejected$/, 'circle-slash'],
    ['orphaned claim', { ...claim, orphaned: true }, {}, /lost its place/, 'warning'],
    ['suggested entity', {}, { ...entity, status: 'suggested' }, /^suggested$/, 'circle-large-outline'],
  ];
  for (const [name, c, e, description, icon] of cases) {
    it(name, () => {
      const items = [Object.keys(c).length ? c : claim, Object.keys(e).length ? e : entity] as AnnotationItem[];
      const root = buildAnnotationTree({ ...result, items }, options('a.txt'));
      const changed = leaves(root).find((l) => l.id.endsWith(Object.keys(c).length ? claim.id : entity.id))!;
      assert.match(changed.description ?? '', description);
      assert.strictEqual(changed.icon, icon);
    });
  }

  it('mentions of one entity (one canonical name, several spellings) are one row with the spellings', () => {
    const a = { ...entity, id: 'e-a', text: 'بوتين', entity: 'فلاديمير بوتين', status: 'suggested' as const };
    const b = { ...entity, id: 'e-b', text: 'فلاديمير بوتين', entity: 'فلاديمير بوتين', status: 'accepted' as const };
    const root = buildAnnotationTree({ ...result, items: [a, b] }, options('a.txt'));
    const group = root.children[1].children[0];
    assert.strictEqual(group.children.length, 1);
    const row = group.children[0];
    assert.strictEqual(row.label, isolate('فلاديمير بوتين'));
    assert.strictEqual(row.description, `2 mentions · 1 suggested · also ${isolate('بوتين')}`);
    assert.strictEqual(row.contextValue, 'entity-suggested');
    assert.strictEqual(row.targets?.length, 2);
    assert.deepStrictEqual(
      row.children.map((m) => m.contextValue),
      ['mention-suggested', 'mention-accepted'],
    );
  });

  const contexts: [string, string, string][] = [
    ['زار الرئيس الروسي فلاديمير بوتين العاصمة الإيرانية طهران أمس في زيارة رسمية', 'بوتين', '… الروسي فلاديمير [بوتين] العاصمة الإيرانية …'],
    ['قال بوتين', 'بوتين', 'قال [بوتين]'],
  ];
  for (const [text, word, expected] of contexts) {
    it(`a mention's context: ${expected}`, () => {
      const at = text.indexOf(word);
      assert.strictEqual(mentionContext(text, at, at + word.length, 20), expected);
    });
  }

  it('article stance and pause show on the article node', () => {
    const root = buildAnnotationTree({ ...result, article: { stance: 'neutral' }, paused: 'bad JSON at line 3' }, options('a.txt'));
    assert.match(root.description ?? '', /article: NEUTRAL · paused: bad JSON at line 3$/);
    assert.strictEqual(root.icon, 'warning');
  });

  const excerpts: [string, string][] = [
    ['قال   الوزير\nإن', 'قال الوزير إن'],
    ['أ'.repeat(80), `${'أ'.repeat(59)}…`],
  ];
  for (const [input, expected] of excerpts) it(`excerpt of ${input.length} chars`, () => assert.strictEqual(excerpt(input), expected));
});

describe('status bar text', () => {
  const cases: [string, Parameters<typeof progressText>[0], string, RegExp][] = [
    ['some tagged', { progress: { tagged: 3, total: 10 }, writable: true }, '$(tag) 3/10', /3 of 10 claims have a stance\. Click for the next/],
    ['all tagged', { progress: { tagged: 4, total: 4 }, writable: true }, '$(pass-filled) 4/4', /Every claim has a stance/],
    ['no claims', { progress: { tagged: 0, total: 0 }, writable: true }, '$(tag) 0/0', /0 of 0/],
    ['untrusted', { progress: { tagged: 1, total: 2 }, writable: false }, '$(tag) 1/2 $(lock)', /writes nothing/],
    ['paused', { progress: { tagged: 1, total: 2 }, writable: true, paused: 'x.mizan.json: not JSON' }, '$(warning) Mizan paused', /paused: x\.mizan\.json: not JSON/],
  ];
  for (const [name, state, text, tooltip] of cases) {
    it(name, () => {
      const shown = progressText(state, untranslated);
      assert.strictEqual(shown.text, text);
      assert.match(shown.tooltip, tooltip);
    });
  }
});

describe('which claim a selected speaker belongs to', () => {
  for (const name of sampleNames()) {
    it(`${name}: a selection inside a claim picks that claim; rejected claims are never offered`, () => {
      const { result, offsetOf, gold, range } = goldResult(name);
      const claims = result.items.filter((i) => i.kind === 'claim');
      for (const c of claims) {
        const first = claimsNear(claims, c.range, offsetOf)[0];
        assert.ok(contains(first.range, c.range), `${c.id}: ${first.id} offered first`);
      }
      // A speaker named in the claim's own sentence but outside it: its claim is among the nine the pick offers.
      let checked = 0;
      let nearestFirst = 0;
      gold.claims.forEach((g, i) => {
        if (!g.speaker || g.speakerCarried || (g.speaker.start >= g.start && g.speaker.end <= g.end)) return;
        const near = claimsNear(claims, range(g.speaker), offsetOf)
          .slice(0, 9)
          .map((c) => c.id);
        assert.ok(near.includes(`c${i}`), `${name} claim ${i} (speaker ${g.speaker.text}) not among ${near}`);
        checked++;
        if (near[0] === `c${i}`) nearestFirst++;
      });
      assert.ok(checked > 0 || gold.claims.length === 0);
      console.log(`      ${name}: the nearest claim is the speaker's own for ${nearestFirst} of ${checked}`);
      const rejected = claims.map((c, i) => (i === 0 ? { ...c, status: 'rejected' as const } : c));
      assert.ok(!claimsNear(rejected, claims[0].range, offsetOf).some((c) => c.id === claims[0].id));
    });
  }
});

describe("the Annotations view's folder row", () => {
  const uri = (name: string) => `file:///news/${name}`;
  const article = (name: string, tagged: number, total: number) => ({ uri: uri(name), tagged, total });
  const cases: { name: string; result: FolderProgressResult; label: string; description?: string; rows: string[]; icon: string }[] = [
    {
      name: 'articles with most left to tag come first',
      result: { articles: [article('a.txt', 3, 3), article('b.txt', 1, 9), article('c.txt', 0, 4)], tagged: 4, total: 16, unreadable: 0, counting: 0 },
      label: 'Folder: 4 of 16 claims have a stance',
      rows: ['b.txt 1/9', 'c.txt 0/4', 'a.txt 3/3'],
      icon: 'folder',
    },
    {
      name: 'articles still counted and unreadable ones are said',
      result: { articles: [article('a.txt', 0, 2)], tagged: 0, total: 2, unreadable: 1, counting: 7 },
      label: 'Folder: 0 of 2 claims have a stance',
      description: 'counting the claims of 7 articles… · 1 articles with an unreadable annotation file',
      rows: ['a.txt 0/2'],
      icon: 'folder',
    },
    {
      name: 'every claim tagged',
      result: { articles: [article('%D8%AE%D8%A8%D8%B1.txt', 2, 2)], tagged: 2, total: 2, unreadable: 0, counting: 0 },
      label: 'Folder: 2 of 2 claims have a stance',
      rows: ['خبر.txt 2/2'],
      icon: 'pass-filled',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const node = folderNode(c.result, untranslated);
      assert.strictEqual(node.label, c.label);
      assert.strictEqual(node.description, c.description);
      assert.strictEqual(node.icon, c.icon);
      assert.deepStrictEqual(
        node.children.map((r) => `${r.label} ${r.description}`),
        c.rows,
      );
      for (const r of node.children) assert.ok(r.open?.startsWith('file:///news/'), 'each row opens its article');
    });
  }
});
