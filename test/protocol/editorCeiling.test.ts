// The ceiling of what the editor's server analyses (issue 14: a 20 MB article took 2.3 GB and
// seconds a keystroke in the server). Beyond it an article is opened unmarked, and the annotator
// is told why and what reads it; below it, the same text is marked as ever.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Hover, ShowMessageParams } from 'vscode-languageserver-protocol/node';
import { EDITOR_MAX_CHARS } from '../../server/src/lsp/bigArticles';
import { AnnotationsRequest, DecorationsNotification, type AnnotationsResult, type DecorationsParams } from '../../server/src/protocol';
import { readSample } from '../support/samples';
import { TestClient, positionOf } from './harness';

const SAMPLE = '001_e0cce0fd4d3fc110.txt';

describe("the editor's ceiling on article length", function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-ceiling-'));
    client = await TestClient.start({ workspaceFolder: dir, initializationOptions: { trusted: true, author: 'tester' } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const cases = [
    { name: 'one copy of the sample', copies: 1, marked: true },
    { name: 'the sample repeated past the ceiling', copies: Math.ceil(EDITOR_MAX_CHARS / readSample(SAMPLE).length) + 1, marked: false },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.marked ? 'marked, nothing said' : 'unmarked, and the annotator is told why'}`, async () => {
      const text = Array(c.copies).fill(readSample(SAMPLE)).join('\n\n');
      assert.strictEqual(text.length > EDITOR_MAX_CHARS, !c.marked);
      const file = path.join(dir, `${c.copies}_${SAMPLE}`);
      fs.writeFileSync(file, text);
      const warned = client
        .nextNotification<ShowMessageParams>('window/showMessageRequest', (p) => /million characters/.test(p.message), 3000)
        .then(
          (p) => p.message,
          () => undefined,
        );
      const drawn = client.nextNotification<DecorationsParams>(DecorationsNotification, () => true, 20000).catch(() => undefined);
      const uri = await client.open(file, text);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'بوتين') });
      const items = (await client.request<AnnotationsResult | null>(AnnotationsRequest, { uri }))?.items ?? [];
      if (c.marked) {
        assert.ok(hover, 'a hover on بوتين');
        assert.ok(
          items.some((i) => i.kind === 'entity'),
          'entities suggested',
        );
        assert.ok(((await drawn)?.entities.length ?? 0) > 0, 'entities drawn');
        assert.strictEqual(await warned, undefined);
      } else {
        assert.strictEqual(hover, null);
        assert.deepStrictEqual(items, []);
        const message = await warned;
        assert.ok(message?.includes(path.basename(file)) && message.includes('mizan analyze'), `the warning: ${message}`);
      }
      await client.close(uri);
    });
  }
});
