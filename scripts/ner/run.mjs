// Bundles one of the NER scripts with esbuild and runs it: `node scripts/ner/run.mjs train [args]`.
import { build } from 'esbuild';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const [name, ...args] = process.argv.slice(2);
const scripts = { train: 'train.ts', gazetteers: 'buildGazetteers.ts' };
if (!scripts[name]) {
  console.error(`usage: node scripts/ner/run.mjs ${Object.keys(scripts).join('|')} [args]`);
  process.exit(2);
}
// The bundle sits in scripts/ so that __dirname/.. is the repository root, as in the sources.
// One bundle per run, so that runs side by side (ablations) do not overwrite each other's.
const outfile = path.join(repo, '.cache', 'ner', `${name}-${process.pid}.js`);
await build({ entryPoints: [path.join(here, scripts[name])], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', external: ['cldr-dates-full'] });
const r = spawnSync(process.execPath, ['--max-old-space-size=4096', outfile, ...args], { stdio: 'inherit', env: { ...process.env, MIZAN_REPO: repo } });
fs.rmSync(outfile, { force: true });
process.exit(r.status ?? 1);
