// What the language server shows in real VS Code on the real samples: the marks the editor draws
// land on the expected words with the expected entity types, VS Code gets no semantic tokens (they
// would reorder Arabic), and the hover of an entity carries its facts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { offsetOf, openAsMizan, sampleUri, serverReady, waitFor } from '../support';
import { marks } from '../marks';

// (sample, word, which occurrence, expected type): words the gold annotations give that type.
const ENTITY_CASES: [string, string, number, 'PER' | 'LOC' | 'ORG' | 'MISC'][] = [
  ['000_a8b16601d227bd12.txt', 'بوتين', 0, 'PER'],
  ['000_a8b16601d227bd12.txt', 'طهران', 0, 'LOC'],
  ['000_a8b16601d227bd12.txt', 'موسكو', 0, 'LOC'],
  ['001_e0cce0fd4d3fc110.txt', 'بوتين', 0, 'PER'],
  ['001_e0cce0fd4d3fc110.txt', 'طهران', 0, 'LOC'],
  ['003_ccfab68bc49ab93d.txt', 'طهران', 0, 'LOC'],
];

describe('language features in real VS Code', () => {
  before(async () => {
    await serverReady();
  });

  it('VS Code is offered no semantic tokens: the client does not ask, so none reach the renderer', async () => {
    const { document: doc } = await openAsMizan(sampleUri('000_a8b16601d227bd12.txt'));
    await waitFor('the marks of the article', async () => ((await marks(doc)).length > 0 ? true : undefined));
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.strictEqual(legend, undefined, `a semantic tokens legend: ${JSON.stringify(legend)}`);
  });

  for (const [sample, word, nth, type] of ENTITY_CASES) {
    it(`the editor marks ${word} (#${nth + 1}) in ${sample} as ${type}`, async () => {
      const { document: doc } = await openAsMizan(sampleUri(sample));
      const at = offsetOf(doc, word, nth);
      const all = await waitFor('the marks of the article', async () => {
        const m = await marks(doc);
        return m.length > 0 ? m : undefined;
      });
      const over = all.filter((m) => m.start <= at && m.end >= at + word.length);
      assert.ok(over.length > 0, `no mark covers ${word}; marks near it: ${JSON.stringify(all.filter((t) => Math.abs(t.start - at) < 40))}`);
      assert.ok(
        over.some((t) => t.kind === type),
        `${word} has marks ${over.map((t) => t.kind).join(', ')}, expected ${type}`,
      );
    });
  }

  it('hover on بوتين shows the entity card: type, name, English name, counts', async () => {
    const { document: doc } = await openAsMizan(sampleUri('001_e0cce0fd4d3fc110.txt'));
    const position = doc.positionAt(offsetOf(doc, 'بوتين') + 2);
    const text = await waitFor('a hover on بوتين', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      const all = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return all.includes('بوتين') ? all : undefined;
    });
    assert.match(text, /PER|person|شخص/i, 'the hover names the entity type');
    assert.match(text, /Putin/i, 'the hover gives the English name');
    assert.match(text, /\d/, 'the hover counts the mentions');
  });
});
