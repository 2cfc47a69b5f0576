// Loaded only when the launcher sets MIZAN_E2E_INJECT_FAILURE: a deliberately failing assertion,
// so that a check can prove a failure inside VS Code makes the launcher exit non-zero.
import * as assert from 'assert';

describe('injected failure', () => {
  it('fails on purpose', () => {
    assert.strictEqual(1 + 1, 3, 'deliberate failure injected by MIZAN_E2E_INJECT_FAILURE');
  });
});
