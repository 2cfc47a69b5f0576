// The Debian packages the project's scripts need, and the one place that installs them: each is
// checked with `dpkg -s` first; missing ones are installed with apt-get (one `apt-get update`
// first) when running as root, and named in a one-line error otherwise.
// Usage: node scripts/setup/debian.mjs [--check]   (or import ensureDebianPackages)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runLogged } from './run.mjs';

/** What each package is for; everything that installs from Debian reads this table. */
export const DEBIAN_PACKAGES = [
  { name: 'chromium', why: "the browser that runs VS Code's workbench in the end-to-end and browser tests" },
  { name: 'fonts-noto-core', why: 'Arabic fonts (Noto Naskh/Sans Arabic), so Arabic is shaped and measured in the browser tests' },
  { name: 'build-essential', why: 'a C/C++ compiler for the two small native modules of code-server that are built (spdlog, native-watchdog)' },
  { name: 'python3', why: 'node-gyp, which builds those modules' },
  { name: 'parallel', why: 'GNU parallel, under which the streaming CLI is tested' },
];

const installed = (name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;

/** Returns the packages that were installed (empty when all were there). Throws when it cannot. */
export function ensureDebianPackages(packages = DEBIAN_PACKAGES.map((p) => p.name), { check = false } = {}) {
  if (process.platform !== 'linux') return [];
  if (spawnSync('dpkg', ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(`not a Debian-based system (no dpkg): install ${packages.join(', ')} with your package manager`);
  }
  const missing = packages.filter((p) => !installed(p));
  if (!missing.length) return [];
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (check || process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(', ')}; install them as root with: ${command}`);
  }
  console.log(`setup: installing Debian packages ${missing.join(', ')} (apt-get; about a minute)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  runLogged('apt-get', ['update', '-qq'], { env, label: 'apt-get update' });
  runLogged('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, label: `apt-get install ${missing.join(' ')}` });
  const still = missing.filter((p) => !installed(p));
  if (still.length) throw new Error(`apt-get finished but ${still.join(', ')} is still not installed`);
  return missing;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const done = ensureDebianPackages(undefined, { check: process.argv.includes('--check') });
    console.log(done.length ? `setup: installed ${done.join(', ')}` : 'setup: Debian packages present');
  } catch (err) {
    console.error(`setup: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
