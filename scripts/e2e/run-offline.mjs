// Runs the end-to-end suite (out/test/e2e) inside real VS Code with no network: code-server's
// Node extension host runs the extension and its language server, Debian's headless Chromium
// runs the workbench. Exits with the suite's result. Options:
//   --inject-failure   add a deliberately failing test (the launcher must then exit non-zero)
//   --grep <text>      run only the tests whose title matches
//   --untrusted        Workspace Trust on and the folder not trusted: runs test/e2e/untrusted
//   --installed <vsix> install that package into the fresh profile and run test/e2e/installed
//                      against it (the development folder is not loaded)
//   --verbose          also print code-server's own log
import * as path from 'node:path';
import { format } from 'node:util';
import { startCodeServer } from './codeServer.mjs';
import { repoRoot } from './paths.mjs';
import { launchBrowser, openWorkbench, workbenchUrl } from './workbench.mjs';
import { copySamples, requireBuild } from './workspace.mjs';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const grepAt = argv.indexOf('--grep');
const MARK = '[mizan-e2e] ';
const RUN_DEADLINE_MS = Number(process.env.MIZAN_E2E_DEADLINE_MS ?? 480_000);

async function main() {
  requireBuild();
  const started = Date.now();
  /** @type {Record<string, string>} */
  const env = {};
  if (argv.includes('--inject-failure')) env.MIZAN_E2E_INJECT_FAILURE = '1';
  if (grepAt >= 0) env.MIZAN_E2E_GREP = argv[grepAt + 1];
  const untrusted = argv.includes('--untrusted');
  if (untrusted) env.MIZAN_E2E_SUITE = 'untrusted';
  const installedAt = argv.indexOf('--installed');
  const vsix = installedAt >= 0 ? path.resolve(argv[installedAt + 1]) : undefined;
  if (vsix) Object.assign(env, { MIZAN_E2E_SUITE: 'installed', MIZAN_E2E_REPO: repoRoot });
  const { folder: workspace, remove: removeWorkspace } = copySamples('mizan-e2e-');
  const serverLog = [];
  const workbenchLog = [];
  const log = (l) => {
    serverLog.push(l);
    if (verbose) console.log(`[code-server ${((Date.now() - started) / 1000).toFixed(1)}s] ${l}`);
  };
  // The suites drive text editors; the annotation view's suite turns the view back on for itself.
  const server = await startCodeServer({ env, trust: untrusted, log, installVsix: vsix, settings: { 'mizan.openArticlesIn': 'textEditor' } }).catch((err) => {
    removeWorkspace();
    throw err;
  });
  let browser;
  let summary;
  try {
    browser = await launchBrowser();
    const url = workbenchUrl(server.url, { folder: workspace, extensionPath: vsix ? path.join(repoRoot, 'test', 'e2e', 'smoke-host') : repoRoot, testsPath: path.join(repoRoot, 'out', 'test', 'e2e', 'index.js') });
    // The workbench forwards every console message; the suite marks its own lines with MARK.
    const onLog = (type, args) => {
      const line = format(...args);
      if (!line.startsWith(MARK)) {
        workbenchLog.push(`[${((Date.now() - started) / 1000).toFixed(1)}s ${type}] ${line}`);
        if (verbose) console.log(workbenchLog.at(-1));
        return;
      }
      const text = line.slice(MARK.length);
      if (/^e2e: \d+ passed, \d+ failed$/.test(text.trim())) summary = text.trim();
      console.log(text);
    };
    const { exit } = await openWorkbench(browser, url, { onLog });
    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the suite did not finish within ${RUN_DEADLINE_MS / 1000}s`)), RUN_DEADLINE_MS);
    });
    const code = await Promise.race([exit, deadline]).finally(() => clearTimeout(timer));
    console.log(`e2e: real VS Code run took ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return { code, summary };
  } catch (err) {
    if (!verbose) console.error(['code-server log (last lines):', ...serverLog.slice(-30), 'workbench log (last lines):', ...workbenchLog.slice(-30)].join('\n'));
    throw err;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    removeWorkspace();
  }
}

// On Ctrl-C or a kill, exit through process.exit so that code-server is stopped with us.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(1));

main().then(
  ({ code, summary }) => {
    // The suite prints "e2e: N passed, N failed"; repeat it last so it closes the output.
    console.log(summary ?? 'e2e: the suite printed no result line');
    process.exit(code === 0 && summary ? 0 : code || 1);
  },
  (err) => {
    console.error(`e2e: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
