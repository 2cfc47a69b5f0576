// The real bundle (dist/server.js, spawned with --stdio, as VS Code runs it): it starts, announces
// itself, answers the features the in-process tests check in depth, and exits cleanly. The same
// start-up and shut-down in process, where the other protocol tests run.
import * as assert from 'assert';
import * as path from 'path';
import type { Hover } from 'vscode-languageserver-protocol';
import { version } from '../../package.json';
import { DecorationsNotification, ServerReady } from '../../server/src/protocol';
import { TestClient, positionOf } from './harness';
import { SAMPLES_DIR, sampleNames } from '../support/samples';

describe('server lifecycle (protocol)', () => {
  for (const [how, start] of [
    ['spawned bundle', TestClient.spawn],
    ['in process', TestClient.start],
  ] as const) {
    it(`${how}: initialises, announces itself with the package version, opens a sample and shuts down cleanly`, async () => {
      const client = await start({ workspaceFolder: SAMPLES_DIR });
      assert.strictEqual(client.result.serverInfo?.name, 'mizan');
      assert.strictEqual(client.result.serverInfo?.version, version);
      const ready = await client.notification(ServerReady);
      assert.deepStrictEqual(ready, { version, model: true });
      const uri = await client.open(path.join(SAMPLES_DIR, sampleNames()[0]));
      assert.match(uri, /^file:/);
      assert.strictEqual(await client.stop(), 0, client.stderr);
    });
  }

  it('spawned bundle: paints claims and answers a hover on a person', async () => {
    const client = await TestClient.spawn({ workspaceFolder: SAMPLES_DIR });
    const file = path.join(SAMPLES_DIR, '000_a8b16601d227bd12.txt');
    const uri = await client.open(file);
    const painted = await client.notification(DecorationsNotification, (p) => p.uri === uri);
    assert.ok(painted.claims.length > 0);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(client.text(uri), 'بوتين') });
    assert.match(JSON.stringify(hover?.contents), /Person \(PER\)/);
    assert.strictEqual(await client.stop(), 0, client.stderr);
  });
});
