import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { REPO } from '../support/samples';

// What the packaged extension may hold: the bundles, the grammar, the manifest and its l10n files,
// the licence, the README and changelog with their screenshots, the two notes the README links to
// (architecture, contributing), and the engine's data. Nothing else.
const ALLOWED = [
  /^dist\/(client|server|annotationView)\.js$/,
  /^dist\/annotationView\.css$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^package(\.nls(\.[\w-]+)?)?\.json$/,
  /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
  /^LICENSE\.txt$/,
  /^readme\.md$/,
  /^changelog\.md$/,
  /^(ARCHITECTURE|CONTRIBUTING)\.md$/,
  /^server\/(model|data)\/.+$/,
  /^docs\/screenshots\/[\w.-]+\.png$/,
];

describe('the .vsix (npm run package)', function () {
  this.timeout(180000);
  let dir: string;
  let files: string[];
  let zip: JSZip;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-vsix-'));
    const vsix = path.join(dir, 'mizan.vsix');
    const r = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'package.mjs'), '--out', vsix], { cwd: REPO, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, `npm run package failed:\n${r.stdout}${r.stderr}`);
    zip = await JSZip.loadAsync(fs.readFileSync(vsix));
    files = Object.keys(zip.files)
      .filter((f) => f.startsWith('extension/') && !zip.files[f].dir)
      .map((f) => f.slice('extension/'.length));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    // The package step leaves minified bundles in dist/; later suites expect the development build.
    spawnSync(process.execPath, [path.join(REPO, 'scripts', 'build.mjs')], { cwd: REPO });
  });

  it('holds only the bundles, grammar, manifest, l10n, licence, docs and engine data', () => {
    for (const f of files)
      assert.ok(
        ALLOWED.some((re) => re.test(f)),
        `unexpected file in the package: ${f}`,
      );
    for (const needed of ['dist/client.js', 'dist/server.js', 'dist/annotationView.js', 'dist/annotationView.css', 'syntaxes/mizan.tmLanguage.json', 'package.json', 'package.nls.json', 'package.nls.ar.json', 'readme.md', 'changelog.md']) {
      assert.ok(files.includes(needed), `missing from the package: ${needed}`);
    }
    for (const f of fs.readdirSync(path.join(REPO, 'server'), { recursive: true, encoding: 'utf8' })) {
      const rel = `server/${f.replace(/\\/g, '/')}`;
      if (/^server\/(model|data)\/.+\.\w+$/.test(rel)) assert.ok(files.includes(rel), `engine data left out: ${rel}`);
    }
  });

  it('resolves every image and relative link of its README inside the package', async () => {
    const readme = await zip.file('extension/readme.md')!.async('string');
    const links = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^(\w+:|#)/.test(l));
    assert.ok(
      links.some((l) => l.endsWith('.png')),
      'the README shows no screenshot',
    );
    for (const l of links) {
      const target = path.posix.normalize(l.split('#')[0]);
      assert.ok(files.includes(target), `README link ${l} does not resolve`);
      if (l.endsWith('.png')) assert.ok(files.includes(target), `README image ${l} is not in the package`);
    }
  });

  it('carries the version of package.json, which the changelog names', async () => {
    const manifest = JSON.parse(await zip.file('extension/package.json')!.async('string')) as { version: string };
    assert.strictEqual(manifest.version, (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version);
    const changelog = await zip.file('extension/changelog.md')!.async('string');
    assert.match(changelog, new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}\\b`, 'm'), 'CHANGELOG.md has no section for this version');
  });
});
