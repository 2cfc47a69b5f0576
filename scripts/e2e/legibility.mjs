// Arabic reads in order in real VS Code: opens every sample in the text editor of code-server (in
// headless Chromium) and reads each rendered row from the DOM, with the default settings, again
// with word wrap off, and again after a claim is tagged, a claim rejected and every entity
// suggestion accepted. No row holding Arabic may show its spans out of order, no span edge may cut
// a word between joining letters, and every kind of mark must still be drawn: entities (dashed
// while suggested, solid once accepted, never sharing a class), cues, speakers and claim tints.
// Word wrap off is the user's setting in a session of its own. Last, it shows one sample as
// JavaScript (a grammar with many scopes) and expects the check to see rows out of order, so a
// check that cannot fail would show. Exits non-zero on any failure.
//   node scripts/e2e/legibility.mjs [--sample NAME] [--verbose]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCodeServer } from './codeServer.mjs';
import { repoRoot } from './paths.mjs';
import { countLooks, readMarks, readRows, summarise } from './bidiRows.mjs';
import { openFile, runCommand, statusBarText, waitForWorkbench, waitUntil } from './ui.mjs';
import { launchBrowser, openWorkbench, workbenchUrl } from './workbench.mjs';
import { copySamples, requireBuild } from './workspace.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const verbose = argv.includes('--verbose');
const samples = option('--sample')
  ? [option('--sample')]
  : fs
      .readdirSync(path.join(repoRoot, 'samples'))
      .filter((f) => f.endsWith('.txt'))
      .sort();

// Only what gets the article into the text editor (the annotation view is the default) and a
// quiet profile; everything else is Mizan's and VS Code's defaults.
const baseSettings = { 'mizan.openArticlesIn': 'textEditor', 'workbench.editor.enablePreview': false };

/** Calls `visit` on each screen of the open article from where it is, scrolling down until it stops moving. */
async function eachScreen(page, visit) {
  const box = await editorBox(page);
  const tops = async () => JSON.stringify((await readRows(page)).map((r) => r.top));
  for (let screens = 0; screens < 200; screens++) {
    await visit();
    const before = await tops();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 400) / 2);
    await page.mouse.wheel(0, Math.max(200, box.height - 60));
    // Waits for the editor to render the next screen; at the end nothing moves and the wait runs out.
    const moved = await waitUntil('the editor to scroll', async () => (await tops()) !== before, 1500).catch(() => false);
    if (!moved) break;
  }
}

/** Every rendered row of the open article, and the marks drawn over it (each once), in one pass down. */
async function rowsAndMarks(page) {
  const rows = [];
  const marks = new Map();
  await eachScreen(page, async () => {
    rows.push(...(await readRows(page)));
    for (const m of await readMarks(page)) marks.set(m.key, m);
  });
  return { rows, marks: countLooks([...marks.values()]) };
}

/** The part of the page the text editor takes (its lines may reach far beyond it). */
const editorBox = (page) => page.locator('.editor-instance .monaco-editor').first().boundingBox();

async function focusEditorTop(page) {
  // Clicks and presses again until the first line shows: a key pressed while the palette is still
  // closing goes nowhere.
  await waitUntil('the editor at its first line', async () => {
    const box = await editorBox(page);
    await page.mouse.click(box.x + box.width / 2, box.y + 40);
    await page.keyboard.press('Control+Home');
    return (await readRows(page)).some((r) => r.top === 0);
  });
}

const failures = [];
function judge(label, summary, marks, expectMarks) {
  const line = `${label}: ${summary.arabicRows} rows of Arabic, ${summary.outOfOrder.length} out of order, ${summary.cuts.length} words cut, at most ${summary.maxSpans} spans in a row; marks: ${marks.suggestedEntity} suggested and ${marks.acceptedEntity} accepted entities, ${marks.cue} cues, ${marks.speaker} speakers, ${marks.tint} claim tints`;
  console.log(line);
  if (verbose) for (const r of summary.outOfOrder) console.log(`  out of order: ${r}`);
  if (summary.arabicRows === 0) failures.push(`${label}: no row of Arabic was read`);
  if (summary.outOfOrder.length) failures.push(`${label}: rows out of order: ${summary.outOfOrder.slice(0, 3).join(' / ')}`);
  if (summary.cuts.length) failures.push(`${label}: words cut: ${summary.cuts.slice(0, 5).join(', ')}`);
  for (const [look, min] of Object.entries(expectMarks)) if (marks[look] < min) failures.push(`${label}: expected ${look} marks, found ${marks[look]}`);
  if (marks.sharedClasses) failures.push(`${label}: suggested and accepted entities share a class`);
}

async function waitForMarks(page, sample) {
  await waitUntil(`the marks of ${sample} drawn`, async () => {
    const m = countLooks(await readMarks(page));
    return m.suggestedEntity + m.acceptedEntity > 0 && m.tint > 0;
  });
}

async function annotate(page, workspace, sample) {
  const sidecar = path.join(workspace, `${sample}.mizan.json`);
  const sidecarHas = (re) => fs.existsSync(sidecar) && re.test(fs.readFileSync(sidecar, 'utf8'));
  await focusEditorTop(page);
  await runCommand(page, 'Mizan: Go to Next Claim Without Stance');
  await runCommand(page, 'Mizan: Tag Stance of Claim (or Selection)');
  await waitUntil('the stance pick', async () => /Favour|تأييد/.test(await page.locator('.quick-input-widget').innerText()));
  await page.keyboard.press('f');
  await waitUntil(`${sample}: the stance in the sidecar`, () => sidecarHas(/"favour"/));
  await runCommand(page, 'Mizan: Go to Next Claim Without Stance');
  await runCommand(page, 'Mizan: Reject Claim Under Cursor');
  await waitUntil(`${sample}: a rejected claim in the sidecar`, () => sidecarHas(/"kind": ?"claim"[^}]*"status": ?"rejected"|"status": ?"rejected"[^}]*"kind": ?"claim"/s));
  await runCommand(page, 'Mizan: Accept All Entity Suggestions in Article');
  await waitUntil(`${sample}: accepted entities in the sidecar`, () => sidecarHas(/"kind": ?"entity"/));
  await waitUntil(`${sample}: accepted entities drawn`, async () => countLooks(await readMarks(page)).acceptedEntity > 0);
}

async function pass(page, label, expectMarks) {
  for (const sample of samples)
    await passOne(page, label, expectMarks, sample).catch((err) => {
      throw new Error(`${label} ${sample}: ${err instanceof Error ? err.message : err}`);
    });
}

async function passOne(page, label, expectMarks, sample) {
  await openFile(page, sample);
  await focusEditorTop(page);
  await waitForMarks(page, sample);
  const { rows, marks } = await rowsAndMarks(page);
  judge(`${label} ${sample}`, summarise(rows), marks, expectMarks);
}

/** One VS Code session with these user settings over a fresh copy of the samples. */
async function session(settings, body) {
  const { folder: workspace, remove } = copySamples('mizan-legibility-');
  const server = await startCodeServer({ settings: { ...baseSettings, ...settings } });
  const browser = await launchBrowser();
  let page;
  try {
    ({ page } = await openWorkbench(browser, workbenchUrl(server.url, { folder: workspace, extensionPath: repoRoot }), { viewport: { width: 1360, height: 1400 } }));
    await waitForWorkbench(page);
    await openFile(page, samples[0]);
    await waitUntil('the Mizan language in the status bar', async () => (await statusBarText(page)).includes('Mizan'));
    await body(page, workspace);
  } catch (err) {
    failures.push(err instanceof Error ? err.message : String(err));
    const shot = path.join(os.tmpdir(), 'mizan-legibility-failure.png');
    if (
      await page?.screenshot({ path: shot }).then(
        () => true,
        () => false,
      )
    )
      failures.push(`the page at the failure: ${shot}`);
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    remove();
  }
}

async function main() {
  requireBuild();
  const all = { suggestedEntity: 1, cue: 1, speaker: 1, tint: 1 };
  await session({}, async (page, workspace) => {
    await pass(page, 'default settings,', all);
    for (const sample of samples) {
      await openFile(page, sample);
      await focusEditorTop(page);
      await waitForMarks(page, sample);
      await annotate(page, workspace, sample);
    }
    await pass(page, 'after tagging, rejecting and accepting,', { acceptedEntity: 1, cue: 1, speaker: 1, tint: 1 });
  });
  // The user's own setting beats Mizan's language default.
  await session({ '[mizan]': { 'editor.wordWrap': 'off' } }, (page) => pass(page, 'word wrap off,', all));
  // The check must be able to fail: the same article as JavaScript, whose grammar gives words,
  // digits and quotes scopes of their own, reorders its rows as Mizan's tokens and scopes did.
  await session({}, async (page) => {
    await focusEditorTop(page);
    await runCommand(page, 'Change Language Mode');
    const input = page.locator('.quick-input-widget input');
    await waitUntil('the language pick', async () => (await page.locator('.quick-input-list .monaco-list-row').count()) > 0);
    await input.fill('JavaScript');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'JavaScript' }).first().waitFor({ timeout: 30_000 });
    await input.press('Enter');
    await focusEditorTop(page);
    const broken = await waitUntil('the JavaScript grammar to colour the text', async () => {
      const s = summarise(await readRows(page));
      return s.outOfOrder.length > 0 ? s : undefined;
    });
    console.log(`control, ${samples[0]} as JavaScript (first screen): ${broken.outOfOrder.length} of ${broken.arabicRows} rows out of order, ${broken.cuts.length} words cut — the check sees the defect`);
  });
  if (failures.length) {
    console.error(`legibility: ${failures.length} failure(s)\n${failures.map((f) => `  ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('legibility: every row of Arabic in order, no word cut, every mark drawn');
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(1));
main().catch((err) => {
  console.error(`legibility: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
