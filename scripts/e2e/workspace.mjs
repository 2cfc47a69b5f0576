// A temporary copy of samples/ to open as the workspace, so nothing a test or a demo does (edits,
// sidecar files) ever touches the repository's samples.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './paths.mjs';

/** Returns the copy (a folder named `samples`, as the window title shows it) and how to remove it. */
export function copySamples(prefix = 'mizan-samples-') {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const folder = path.join(parent, 'samples');
  fs.cpSync(path.join(repoRoot, 'samples'), folder, { recursive: true });
  return { folder, remove: () => fs.rmSync(parent, { recursive: true, force: true }) };
}

export function requireBuild() {
  for (const f of ['dist/client.js', 'dist/server.js', 'out/test/e2e/index.js']) {
    if (!fs.existsSync(path.join(repoRoot, f))) throw new Error(`${f} is missing: run \`npm run build && npx tsc -p .\` first`);
  }
}
