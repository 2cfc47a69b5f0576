import * as assert from 'assert';
import * as path from 'path';
import { TestClient } from './harness';
import { SAMPLES_DIR, sampleNames } from '../support/samples';

describe('server lifecycle (protocol)', () => {
  it('initialises, announces itself, opens a sample and shuts down cleanly', async () => {
    const client = await TestClient.start({ workspaceFolder: SAMPLES_DIR });
    assert.strictEqual(client.result.serverInfo?.name, 'mizan');
    await client.notification('mizan/ready');
    const uri = await client.open(path.join(SAMPLES_DIR, sampleNames()[0]));
    assert.match(uri, /^file:/);
    assert.strictEqual(await client.stop(), 0, client.stderr);
  });
});
