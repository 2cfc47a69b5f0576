// Screenshots of real VS Code (code-server in headless Chromium) with a sample article open:
// entities, cues, speakers and claims drawn over the text, an entity hover, the stance quick pick,
// the Annotations view with the folder's progress, and the annotation view. Only the light theme:
// in the code-server build used here neither the theme pick (it lists nothing) nor a
// `workbench.colorTheme` setting changes the theme (it stays Light 2026), so dark and
// high-contrast pictures would be light ones.
// Each step waits for what it shows (with a deadline) and fails loudly when it never appears, so
// the same run is a check of what an annotator sees: `--check` also checks that the palette lists
// every Mizan command, and writes the PNGs to a temporary folder unless --out is given.
//   node scripts/screenshots.mjs [--out docs/screenshots] [--check] [--sample NAME]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCodeServer } from './e2e/codeServer.mjs';
import { repoRoot } from './e2e/paths.mjs';
import { decorationColours, inPalette, openFile, runCommand, statusBarText, waitForWorkbench, waitUntil } from './e2e/ui.mjs';
import { countLooks, readMarks, readRows, summarise } from './e2e/bidiRows.mjs';
import { launchBrowser, openWorkbench, workbenchUrl } from './e2e/workbench.mjs';
import { copySamples, requireBuild } from './e2e/workspace.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const check = argv.includes('--check');
const outDir = path.resolve(option('--out') ?? (check ? fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-shots-')) : path.join(repoRoot, 'docs', 'screenshots')));
const sample = option('--sample') ?? '001_e0cce0fd4d3fc110.txt';
const HOVER_WORD = 'بوتين';

const settings = {
  'workbench.colorTheme': 'Default Light Modern',
  'editor.fontSize': 17,
  'editor.lineHeight': 30,
  'editor.fontFamily': "'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif",
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.hover.delay': 150,
  'breadcrumbs.enabled': false,
  'workbench.editor.enablePreview': false,
  'files.exclude': { '**/*.mizan.json': false },
  // The first pictures are of the text editor; the annotation view's come last (showView).
  'mizan.openArticlesIn': 'textEditor',
};

const shown = [];
async function shot(page, name, what) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  shown.push(`${name}.png: ${what}`);
  console.log(`screenshot ${file}`);
}

async function hoverEntity(page) {
  // A row of Arabic is one span now (nothing of Mizan's cuts it): hover the word's own rectangle.
  const at = await waitUntil(`${HOVER_WORD} on screen`, () =>
    page
      .locator('.editor-instance .view-lines')
      .first()
      .evaluate((root, w) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = node.textContent.indexOf(w);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + w.length);
          const r = range.getBoundingClientRect();
          if (r.width > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return undefined;
      }, HOVER_WORD),
  );
  await page.mouse.move(at.x, at.y);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ state: 'visible', timeout: 30_000 });
  return waitUntil(`the hover of ${HOVER_WORD} to show its card`, async () => {
    const text = await hover.innerText();
    return /PER|شخص|person/i.test(text) ? text : undefined;
  });
}

async function tagFirstClaim(page, workspace) {
  await page.keyboard.press('Escape');
  await page.locator('.editor-instance .view-lines').click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Control+Home');
  await runCommand(page, 'Mizan: Go to Next Claim Without Stance');
  await runCommand(page, 'Mizan: Tag Stance of Claim (or Selection)');
  const pick = page.locator('.quick-input-widget');
  await waitUntil('the stance quick pick', async () => /Favour|تأييد/.test(await pick.innerText()));
  return async () => {
    const before = await statusBarText(page);
    const tints = await decorationColours(page);
    await page.keyboard.press('f');
    const sidecar = path.join(workspace, `${sample}.mizan.json`);
    await waitUntil(`the sidecar ${path.basename(sidecar)} to be written with the stance`, () => fs.existsSync(sidecar) && /favour/.test(fs.readFileSync(sidecar, 'utf8')));
    await waitUntil('the status bar progress to change', async () => (await statusBarText(page)) !== before);
    await waitUntil('the tagged claim repainted in its stance colour', async () => (await decorationColours(page)).some((c) => !tints.includes(c)));
  };
}

async function checkPalette(page) {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8'));
  const hidden = new Set((pkg.contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
  const titles = pkg.contributes.commands.filter((c) => !hidden.has(c.command)).map((c) => nls[c.title.slice(1, -1)] ?? c.title);
  const missing = [];
  for (const t of titles) if (!(await inPalette(page, `Mizan: ${t}`))) missing.push(t);
  if (missing.length) throw new Error(`missing from the command palette: ${missing.join(', ')}`);
  console.log(`palette: all ${titles.length} Mizan commands listed`);
}

/** The annotation view's page: a webview inside the workbench's webview frame. */
const viewPage = (page) => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

async function showView(page) {
  await runCommand(page, 'Mizan: Switch Between Annotation View and Text Editor');
  await waitUntil(
    'the annotation view with its marks',
    async () =>
      (await viewPage(page)
        .locator('#article .m.e')
        .count()
        .catch(() => 0)) > 0,
  );
  await shot(page, 'view', "the annotation view: the article right to left as printed, marks by type and stance, a label at each claim's end");
}

async function checkBrokenSidecar(page, workspace) {
  const name = '004_82b0062d205d1957.txt';
  const sidecar = path.join(workspace, `${name}.mizan.json`);
  const broken = '{ "version": 1, "annotations": [ this is not json\n';
  fs.writeFileSync(sidecar, broken);
  await openFile(page, name);
  await waitUntil('the status bar to say annotating is paused', async () => /paused/i.test(await statusBarText(page)));
  // A toast, or (in a headless page without focus) the same message in the notification centre.
  await runCommand(page, 'Notifications: Show Notifications');
  const messages = page.locator('.notifications-center, .notifications-toasts');
  await waitUntil('an error notification naming the broken annotation file', async () => (await messages.allInnerTexts()).join('\n').includes(`${name}.mizan.json`));
  await shot(page, 'broken-sidecar', 'a broken annotation file: the error, the paused status, the file kept as it was');
  if (fs.readFileSync(sidecar, 'utf8') !== broken) throw new Error('the broken sidecar was overwritten');
  console.log('broken sidecar: error shown, file untouched');
}

async function main() {
  requireBuild();
  fs.mkdirSync(outDir, { recursive: true });
  const { folder: workspace, remove: removeWorkspace } = copySamples('mizan-shots-ws-');
  const server = await startCodeServer({ settings });
  const browser = await launchBrowser();
  let page;
  try {
    const url = workbenchUrl(server.url, { folder: workspace, extensionPath: repoRoot });
    ({ page } = await openWorkbench(browser, url, { viewport: { width: 1360, height: 820 } }));
    await waitForWorkbench(page);
    await openFile(page, sample);
    await waitUntil('the Mizan language in the status bar', async () => (await statusBarText(page)).includes('Mizan'));
    await waitUntil('entities, cues and speakers drawn (decorations)', async () => {
      const m = countLooks(await readMarks(page));
      return m.suggestedEntity > 0 && m.cue > 0 && m.speaker > 0;
    });
    await waitUntil('claim highlights (decorations)', async () => (await decorationColours(page)).length > 0);
    const rows = summarise(await readRows(page));
    if (rows.outOfOrder.length || rows.cuts.length) throw new Error(`the editor shows ${rows.outOfOrder.length} rows out of order and ${rows.cuts.length} words cut`);
    await shot(page, 'editor', 'entities underlined by type, cues boxed, speakers overlined, claims tinted by stance; every row in order');
    await hoverEntity(page);
    await shot(page, 'hover', `the card of ${HOVER_WORD}`);
    const pickStance = await tagFirstClaim(page, workspace);
    await shot(page, 'stance', 'the stance quick pick (one key per stance)');
    await pickStance();
    await runCommand(page, 'Explorer: Focus on Annotations View');
    await page.locator('.pane-header', { hasText: 'Annotations' }).waitFor({ timeout: 30_000 });
    // Fold the file list so that the Annotations view gets the side bar's height.
    const folderHeader = page.locator('.pane-header', { hasText: 'samples' }).first();
    if ((await folderHeader.getAttribute('aria-expanded')) === 'true') await folderHeader.click();
    await waitUntil('items in the Annotations view', async () => (await page.locator('.pane', { hasText: 'Annotations' }).locator('.monaco-list-row').count()) > 0);
    await shot(page, 'annotations', 'the Annotations view beside the article, with progress in the status bar');
    if (check) await checkPalette(page);
    await openFile(page, sample);
    await showView(page);
    await checkBrokenSidecar(page, workspace);
  } catch (err) {
    // What the page showed when a step gave up, for the error message's reader.
    await page?.screenshot({ path: path.join(outDir, 'failure.png') }).catch(() => {});
    console.error(`screenshots: the page at the failure is in ${path.join(outDir, 'failure.png')}`);
    throw err;
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    removeWorkspace();
  }
  console.log(shown.join('\n'));
  // A check keeps its pictures only when it fails (failure.png) or was told where to put them.
  if (check && !option('--out')) fs.rmSync(outDir, { recursive: true, force: true });
}

// On Ctrl-C or a kill, exit through process.exit so that code-server is stopped with us.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(1));

main().catch((err) => {
  console.error(`screenshots: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
