// Proves the offline launcher propagates a failure: runs it with one deliberately failing test
// (MIZAN_E2E_INJECT_FAILURE, via --inject-failure) and fails unless the launcher exits non-zero
// and reports exactly that failure. Run by `npm run test:e2e` before the real suite.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const launcher = path.join(path.dirname(fileURLToPath(import.meta.url)), process.argv[2] === '--desktop' ? 'run-desktop.mjs' : 'run-offline.mjs');
// Only the injected test and one real one run, so the check stays quick.
const r = spawnSync(process.execPath, [launcher, '--inject-failure', '--grep', 'fails on purpose|mizan/ready'], { encoding: 'utf8' });
const output = `${r.stdout}${r.stderr}`;
const problems = [];
if (r.status === 0) problems.push('the launcher exited 0 although a test failed');
if (!/fails on purpose/.test(output)) problems.push('the injected failing test did not run');
if (!/^e2e: 1 passed, 1 failed$/m.test(output)) problems.push('expected "e2e: 1 passed, 1 failed" (the injected failure and the mizan/ready test)');
// Indented so that the child's own result line is not taken for this run's closing line.
console.log(output.split('\n').map((l) => `  | ${l}`).join('\n'));
if (problems.length) {
  console.error(`e2e failure check FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`e2e failure check: a failing assertion in real VS Code made the launcher exit ${r.status}, as it must`);
