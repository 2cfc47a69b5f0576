// What the language server shows in real VS Code on the real samples: semantic tokens decoded
// with the server's legend land on the expected words with the expected entity types, and the
// hover of an entity carries its facts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { offsetOf, openAsMizan, sampleUri, serverReady, waitFor } from '../support';
import { covering, legendOf, semanticTokens } from '../tokens';

// The token types the manifest contributes (semanticTokenTypes), one per entity type.
const TYPE_NAME = { PER: 'entityPerson', LOC: 'entityLocation', ORG: 'entityOrganization', MISC: 'entityMisc' } as const;

// (sample, word, which occurrence, expected type): words the gold annotations give that type.
const ENTITY_CASES: [string, string, number, keyof typeof TYPE_NAME][] = [
  ['000_a8b16601d227bd12.txt', 'بوتين', 0, 'PER'],
  ['000_a8b16601d227bd12.txt', 'طهران', 0, 'LOC'],
  ['000_a8b16601d227bd12.txt', 'موسكو', 0, 'LOC'],
  ['001_e0cce0fd4d3fc110.txt', 'بوتين', 0, 'PER'],
  ['001_e0cce0fd4d3fc110.txt', 'طهران', 0, 'LOC'],
  ['003_ccfab68bc49ab93d.txt', 'طهران', 0, 'LOC'],
];

describe('language features in real VS Code', () => {
  before(async () => { await serverReady(); });

  it('the server\'s legend has a token type for each entity type', async () => {
    const { document: doc } = await openAsMizan(sampleUri('000_a8b16601d227bd12.txt'));
    const legend = await legendOf(doc);
    for (const name of Object.values(TYPE_NAME)) assert.ok(legend.tokenTypes.includes(name), `${name} in ${legend.tokenTypes.join(', ')}`);
  });

  for (const [sample, word, nth, type] of ENTITY_CASES) {
    it(`semantic tokens mark ${word} (#${nth + 1}) in ${sample} as ${type}`, async () => {
      const { document: doc } = await openAsMizan(sampleUri(sample));
      const at = offsetOf(doc, word, nth);
      const tokens = await semanticTokens(doc);
      const over = covering(tokens, at, word.length);
      assert.ok(over.length > 0, `no token covers ${word}; tokens near it: ${JSON.stringify(tokens.filter((t) => Math.abs(t.start - at) < 40))}`);
      assert.ok(over.some((t) => t.type === TYPE_NAME[type]), `${word} has token types ${over.map((t) => t.type).join(', ')}, expected ${TYPE_NAME[type]}`);
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
