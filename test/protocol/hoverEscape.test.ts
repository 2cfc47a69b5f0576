// Hover shows text from the article and from `.mizan/entities.json` as text. It was embedded in the
// Markdown unescaped: an image in a description (or in a claim) rendered, and a remote one loaded
// on hover. The addresses below are on 127.0.0.1 and never fetched: the test reads the Markdown.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Hover } from 'vscode-languageserver-protocol/node';
import { TestClient, copySamples, positionOf } from './harness';

const FILE = '001_e0cce0fd4d3fc110.txt';
const HOSTILE = '![x](http://127.0.0.1:9/a.png) <img src="http://127.0.0.1:9/b.png"> [link](http://127.0.0.1:9/) **bold** `code`';

/** Markup that would render: a character of it not preceded by a backslash. */
const LIVE = [/(^|[^\\])!\[/, /(^|[^\\])<img/, /(^|[^\\])\[link\]/, /(^|[^\\])\*\*bold/, /(^|[^\\])`code/];

describe('hover escapes text from the article and the knowledge base', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;

  before(async () => {
    dir = copySamples();
    fs.mkdirSync(path.join(dir, '.mizan'));
    fs.writeFileSync(path.join(dir, '.mizan', 'entities.json'), JSON.stringify([{ type: 'PER', names: ['بوتين', 'فلاديمير بوتين'], en: HOSTILE, description: HOSTILE }]));
    // A claim by the same speaker whose words carry markup too (it is listed in his card).
    const file = path.join(dir, FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8') + `\nوقال بوتين: «${HOSTILE}».\n`);
    client = await TestClient.start({ workspaceFolder: dir });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an entity card with a hostile description and claim shows them as text', async () => {
    const uri = await client.open(path.join(dir, FILE));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(client.text(uri), 'بوتين') });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.ok(value.includes('127.0.0.1:9/a.png'), `the description is shown:\n${value}`);
    for (const live of LIVE) assert.doesNotMatch(value, live);
  });
});
