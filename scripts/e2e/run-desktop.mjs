// Runs the same end-to-end suite in desktop VS Code through @vscode/test-electron, for machines
// with a display (or xvfb-run) where VS Code is installed or downloadable. Set
// MIZAN_VSCODE_EXECUTABLE to use an installed VS Code instead of downloading one into .vscode-test/.
// Options: --inject-failure, --grep <text> (as for the offline launcher).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './paths.mjs';
import { copySamples, requireBuild } from './workspace.mjs';

const argv = process.argv.slice(2);
const grepAt = argv.indexOf('--grep');

async function main() {
  requireBuild();
  const { folder: workspace, remove: removeWorkspace } = copySamples('mizan-e2e-desktop-');
  /** @type {Record<string, string>} */
  const extensionTestsEnv = {};
  if (argv.includes('--inject-failure')) extensionTestsEnv.MIZAN_E2E_INJECT_FAILURE = '1';
  if (grepAt >= 0) extensionTestsEnv.MIZAN_E2E_GREP = argv[grepAt + 1];
  try {
    return await runTests({
      vscodeExecutablePath: process.env.MIZAN_VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'e2e', 'index.js'),
      extensionTestsEnv,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    removeWorkspace();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const message = err instanceof Error ? err.message : String(err);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|download|fetch failed|socket/i.test(message)) {
      console.error(`test:desktop: cannot download VS Code here (${message}).\n` + 'Set MIZAN_VSCODE_EXECUTABLE to an installed VS Code, or run `npm run test:e2e`, which needs no network.');
    } else {
      console.error(`test:desktop: ${message}`);
    }
    process.exit(1);
  },
);
