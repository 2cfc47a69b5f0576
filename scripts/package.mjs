// `npm run package`: the production bundles, then `vsce package` into mizan.vsix (or --out FILE).
// No repository is published yet, so vsce is told so; README links and images stay relative and
// resolve inside the installed extension (docs/screenshots ships with it).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out');
const out = path.resolve(at >= 0 ? process.argv[at + 1] : path.join(repo, 'mizan.vsix'));
const vsce = path.join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');

function step(args) {
  const r = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

step([path.join(repo, 'scripts', 'build.mjs'), '--production']);
step([vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', out]);
