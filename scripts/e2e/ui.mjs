// Drives the VS Code workbench in the browser the way a person does: the command palette, Quick
// Open, the mouse. Every wait has a deadline and says what it was waiting for.
import { setTimeout as delay } from 'node:timers/promises';

export const UI_DEADLINE_MS = 60_000;

export async function waitUntil(what, probe, deadlineMs = UI_DEADLINE_MS) {
  const until = Date.now() + deadlineMs;
  let last;
  while (Date.now() < until) {
    try {
      const v = await probe();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    await delay(100);
  }
  throw new Error(`timed out after ${deadlineMs / 1000}s waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
}

export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: UI_DEADLINE_MS });
}

async function quickInput(page, prefixKey, text) {
  await page.keyboard.press(prefixKey);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  await input.fill(text);
  return input;
}

/** Runs a command by its palette title ("Mizan: Tag Stance of Claim (or Selection)"). */
export async function runCommand(page, title) {
  const input = await quickInput(page, 'F1', `>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: UI_DEADLINE_MS });
  await input.press('Enter');
}

/** Whether the command palette offers `title` (typed in full: the list renders only what fits). */
export async function inPalette(page, title) {
  await quickInput(page, 'F1', `>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  const found = await row.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  await page.keyboard.press('Escape');
  return found;
}

/** Background colours of the editor's decorations (claim tints), as computed by the browser. */
export async function decorationColours(page) {
  return page
    .locator('.editor-instance .view-overlays')
    .first()
    .evaluate((el) => {
      const colours = new Set();
      for (const d of el.querySelectorAll('.cdr')) {
        const bg = getComputedStyle(d).backgroundColor;
        if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') colours.add(bg);
      }
      return [...colours];
    });
}

export async function openFile(page, name) {
  const input = await quickInput(page, 'Control+P', name);
  // Enter once the list has settled with the file itself on top: its annotation file
  // (name.mizan.json) matches too, and a list still filtering could put another row there.
  const first = page.locator('.quick-input-list .monaco-list-row').first().locator('.label-name');
  await waitUntil(`${name} first in Quick Open`, async () => (await first.textContent())?.trim() === name);
  await input.press('Enter');
  // The active tab's aria-label is the name, perhaps followed by ", preview" and the like.
  await waitUntil(`${name} in the active tab`, async () => {
    const label = (await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label')) ?? '';
    return label === name || label.startsWith(`${name},`) || label.startsWith(`${name} `);
  });
}

export function statusBarText(page) {
  return page.locator('.part.statusbar').innerText();
}
