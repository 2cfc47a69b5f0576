import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../support/samples';

// What the packaged extension may hold: the bundles, the grammar, the manifest and its l10n files,
// the licence, the README and the engine's data (model, lexicons). Nothing else.
const ALLOWED = [
  /^dist\/(client|server|annotationView)\.js$/, /^dist\/annotationView\.css$/, /^syntaxes\/[\w.-]+\.json$/, /^package(\.nls(\.[\w-]+)?)?\.json$/,
  /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/, /^LICENSE$/, /^README\.md$/, /^server\/(model|data)\/.+$/, /^docs\/screenshots\/[\w.-]+\.png$/,
];

describe('the .vsix', () => {
  it('lists only the bundles, grammar, manifest, l10n, licence and engine data', function () {
    this.timeout(120000);
    const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const f of files) assert.ok(ALLOWED.some((re) => re.test(f)), `unexpected file in the package: ${f}`);
    for (const needed of ['dist/client.js', 'dist/server.js', 'dist/annotationView.js', 'dist/annotationView.css', 'syntaxes/mizan.tmLanguage.json', 'package.json', 'package.nls.json', 'package.nls.ar.json']) {
      assert.ok(files.includes(needed), `missing from the package: ${needed}`);
    }
    for (const f of fs.readdirSync(path.join(REPO, 'server'), { recursive: true, encoding: 'utf8' })) {
      if (/^(model|data)\/.+\.\w+$/.test(f.replace(/\\/g, '/'))) assert.ok(files.includes(`server/${f.replace(/\\/g, '/')}`), `engine data left out: server/${f}`);
    }
  });
});
