// Proves the offline launcher propagates a failure, and runs the untrusted-workspace tests in the
// same VS Code session (one start-up instead of two): the launcher runs test/e2e/untrusted plus
// one deliberately failing test (--inject-failure). It must exit non-zero, with the injected test
// as the only failure. Run by `npm run test:e2e` before the main suite.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const launcher = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run-offline.mjs');
const r = spawnSync(process.execPath, [launcher, '--untrusted', '--inject-failure'], { encoding: 'utf8' });
const output = `${r.stdout}${r.stderr}`;

const result = /^e2e: (\d+) passed, (\d+) failed$/m.exec(output);
// The spec reporter lists each failing test as "    1) <title>" while it runs.
const failures = [...output.matchAll(/^ {4}\d+\) (.+)$/gm)].map((m) => m[1].trim());
const problems = [];
if (r.status === 0) problems.push('the launcher exited 0 although a test failed');
if (!result) problems.push('the launcher printed no "e2e: N passed, N failed" line');
else {
  if (Number(result[2]) !== 1) problems.push(`${result[2]} tests failed, expected only the injected one`);
  if (Number(result[1]) < 1) problems.push('no untrusted-workspace test passed');
}
if (!failures.includes('fails on purpose')) problems.push(`the injected failing test was not reported (failures: ${failures.join(', ') || 'none'})`);
if (problems.length) {
  // The whole run, indented so that the child's own result line is not taken for this run's closing line.
  console.error(
    output
      .split('\n')
      .map((l) => `  | ${l}`)
      .join('\n'),
  );
  console.error(`e2e failure check FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
// Quiet when all is well: the deliberately failing test's output would read as a failure.
console.log(`the runner reports an injected failure: yes (exit ${r.status}; ${result[1]} untrusted-workspace tests passed in the same run)`);
