// Starts code-server (the VS Code server with its Node extension host) on 127.0.0.1 with a
// throw-away profile, and stops it with its whole process group. Used by the test launcher, the
// demo and the screenshots.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry, nodeBin } from './paths.mjs';

export function ensureInstalled() {
  if (!fs.existsSync(codeServerEntry) || !fs.existsSync(nodeBin)) {
    throw new Error('code-server is not installed in .cache/e2e: run `npm run e2e:setup` first');
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url, child, deadlineMs) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${deadlineMs / 1000}s`);
}

// A quiet profile: no welcome page, no telemetry, no update or gallery checks, no chat panel.
const quietSettings = {
  'workbench.startupEditor': 'none',
  'files.autoSave': 'off',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * @param {{ env?: Record<string,string>, log?: (line: string) => void, trust?: boolean, port?: number, settings?: object, installVsix?: string }} options
 * @returns {Promise<{ url: string, port: number, tmp: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer(options = {}) {
  ensureInstalled();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-vscode-'));
  const dirs = Object.fromEntries(['tmp', 'data', 'config', 'cache', 'user-data', 'extensions'].map((d) => [d, path.join(tmp, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const userDir = path.join(dirs['user-data'], 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ ...quietSettings, ...options.settings }, null, 2));
  const configFile = path.join(tmp, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const port = options.port ?? (await freePort());
  const args = [
    codeServerEntry,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--config',
    configFile,
    '--user-data-dir',
    dirs['user-data'],
    '--extensions-dir',
    dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--ignore-last-opened',
    '--disable-getting-started-override',
    // Without the smoke-test driver a built workbench ignores the test payload and the run hangs.
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  if (!options.trust) args.push('--disable-workspace-trust');
  const env = {
    ...process.env,
    TMPDIR: dirs.tmp,
    XDG_DATA_HOME: dirs.data,
    XDG_CONFIG_HOME: dirs.config,
    XDG_CACHE_HOME: dirs.cache,
    EXTENSIONS_GALLERY: '{}',
    ...options.env,
  };
  if (options.installVsix) {
    // code-server's own CLI installs a .vsix into the profile's extensions folder, then exits.
    const r = spawnSync(nodeBin, [codeServerEntry, '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, '--install-extension', options.installVsix], { env, encoding: 'utf8' });
    if (r.status !== 0 || !fs.readdirSync(dirs.extensions).some((d) => d.startsWith('mizan.mizan-'))) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw new Error(`code-server --install-extension ${options.installVsix} failed (exit ${r.status}): ${`${r.stdout}${r.stderr}`.trim().split('\n').at(-1)}`);
    }
  }
  const child = spawn(nodeBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.log ?? (() => {});
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) =>
      chunk
        .split('\n')
        .filter(Boolean)
        .forEach((l) => log(l)),
    );
  }
  const url = `http://127.0.0.1:${port}`;
  // Whatever ends this process (an uncaught error, process.exit on a signal), code-server goes too.
  const killOnExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitHealthy(url, child, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, port, tmp, stop };
}
