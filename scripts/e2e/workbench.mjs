// Opens the code-server workbench in Debian's headless Chromium through playwright-core (never a
// browser build of Playwright's own), optionally with an extension under development and a test
// entry passed as the smoke-test payload.
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launchBrowser({ headless = true } = {}) {
  return chromium.launch({ executablePath: chromiumPath, headless, args: chromiumArgs });
}

/**
 * The URL that opens `folder` with the extension at `extensionPath` (and its tests, and a file in it, if given).
 * @param {string} serverUrl
 * @param {{ folder: string, extensionPath: string, testsPath?: string, openFile?: string }} where
 */
export function workbenchUrl(serverUrl, { folder, extensionPath, testsPath, openFile }) {
  const authority = new URL(serverUrl).host; // must be exactly the host:port the page loads from
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['enableProposedApi', ''],
    ['skipWelcome', 'true'],
  ];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Opens a page; `onLog` receives the test output the workbench forwards (codeAutomationLog),
 * and the returned `exit` promise settles with the code passed to codeAutomationExit.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ onLog?: (type: string, args: unknown[]) => void, viewport?: { width: number, height: number } }} [options]
 */
export async function openWorkbench(browser, url, { onLog = () => {}, viewport = { width: 1400, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  let resolveExit;
  let rejectExit;
  /** @type {Promise<number>} */
  const exit = new Promise((resolve, reject) => {
    resolveExit = resolve;
    rejectExit = reject;
  });
  exit.catch(() => {}); // callers that never wait for an exit (demo, screenshots) must not see it rejected
  page.on('crash', () => rejectExit(new Error('the workbench page crashed')));
  page.on('close', () => rejectExit(new Error('the workbench page closed before the tests finished')));
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, args));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  // The workbench is ~15 MB of script: on a busy 2-core machine the first load takes a while.
  await page.goto(url, { timeout: 120_000 });
  return { page, exit };
}
