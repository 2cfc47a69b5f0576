// The demo: builds the extension and opens real VS Code with it and samples/ as the workspace, and
// the folder's first article in the annotation view (Mizan's default for Arabic articles).
// Desktop VS Code (`code --extensionDevelopmentPath`) when `code` is on the PATH; otherwise
// code-server on 127.0.0.1, with the URL to open printed. Options: --web (code-server even when
// `code` exists), --port <n>, --folder <path> (another folder of articles), --check (code-server
// in headless Chromium: waits until the article shows in the annotation view, then stops; the
// end-to-end tests run it so that the README's demo is checked).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startCodeServer } from './e2e/codeServer.mjs';
import { repoRoot } from './e2e/paths.mjs';
import { waitForWorkbench, waitUntil } from './e2e/ui.mjs';
import { launchBrowser, openWorkbench, workbenchUrl } from './e2e/workbench.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const folder = path.resolve(option('--folder') ?? path.join(repoRoot, 'samples'));
const check = argv.includes('--check');

/** The article the demo opens: the folder's first .txt by name. */
function firstArticle() {
  const name = fs
    .readdirSync(folder)
    .filter((n) => n.endsWith('.txt'))
    .sort()[0];
  return name && path.join(folder, name);
}

function step(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const hasCode = () => spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;

async function main() {
  if (!fs.existsSync(folder)) throw new Error(`${folder} does not exist`);
  step(process.execPath, ['scripts/build.mjs']);
  const article = firstArticle();
  if (!check && !argv.includes('--web') && hasCode()) {
    console.log(`Opening VS Code with the Mizan extension from ${repoRoot} on ${folder}`);
    spawn('code', ['--extensionDevelopmentPath', repoRoot, folder, ...(article ? [article] : [])], { stdio: 'inherit', detached: true }).unref();
    return;
  }
  // Installs what is missing (Debian packages, Node 24, code-server) and is quick when all is there.
  step(process.execPath, ['scripts/e2e/setup.mjs']);
  const port = option('--port') ? Number(option('--port')) : undefined;
  const server = await startCodeServer({ port });
  const url = workbenchUrl(server.url, { folder, extensionPath: repoRoot, openFile: article });
  if (check) return checkDemo(server, url, article);
  console.log(`\nVS Code (code-server) with Mizan is running on ${server.url}\nOpen this URL in a browser on this machine:\n\n  ${url}\n\nCtrl-C stops it.`);
  const stop = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** What an annotator sees first: the article, in the annotation view, with its marks. */
async function checkDemo(server, url, article) {
  const browser = await launchBrowser();
  try {
    const { page } = await openWorkbench(browser, url);
    await waitForWorkbench(page);
    const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await waitUntil(
      `${path.basename(article)} in the annotation view, with its marks`,
      async () =>
        (await view
          .locator('#article .m.e')
          .count()
          .catch(() => 0)) > 0,
    );
    const tab = await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label');
    if (!tab?.startsWith(path.basename(article))) throw new Error(`the active tab is ${tab}, not ${path.basename(article)}`);
    console.log(`npm start --check: ${path.basename(article)} opened in the annotation view`);
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
}

main().catch((err) => {
  console.error(`npm start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
