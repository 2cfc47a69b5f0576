// The demo: builds the extension and opens real VS Code with it and samples/ as the workspace.
// Desktop VS Code (`code --extensionDevelopmentPath`) when `code` is on the PATH; otherwise
// code-server on 127.0.0.1, with the URL to open printed. Options: --web (code-server even when
// `code` exists), --port <n>, --folder <path> (another folder of articles).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startCodeServer } from './e2e/codeServer.mjs';
import { repoRoot } from './e2e/paths.mjs';
import { workbenchUrl } from './e2e/workbench.mjs';

const argv = process.argv.slice(2);
const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const folder = path.resolve(option('--folder') ?? path.join(repoRoot, 'samples'));

function step(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const hasCode = () => spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;

async function main() {
  if (!fs.existsSync(folder)) throw new Error(`${folder} does not exist`);
  step(process.execPath, ['scripts/build.mjs']);
  if (!argv.includes('--web') && hasCode()) {
    console.log(`Opening VS Code with the Mizan extension from ${repoRoot} on ${folder}`);
    spawn('code', ['--extensionDevelopmentPath', repoRoot, folder], { stdio: 'inherit', detached: true }).unref();
    return;
  }
  // Installs what is missing (Debian packages, Node 24, code-server) and is quick when all is there.
  step(process.execPath, ['scripts/e2e/setup.mjs']);
  const port = option('--port') ? Number(option('--port')) : undefined;
  const server = await startCodeServer({ port });
  const url = workbenchUrl(server.url, { folder, extensionPath: repoRoot });
  console.log(`\nVS Code (code-server) with Mizan is running on ${server.url}\nOpen this URL in a browser on this machine:\n\n  ${url}\n\nCtrl-C stops it.`);
  const stop = () => { void server.stop().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`npm start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
