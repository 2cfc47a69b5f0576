// `npm run bench`: bundles the bench (scripts/bench/main.ts) and runs it against the built server.
// Prints figures beside their targets; it is not a test and asserts nothing.
import { build } from 'esbuild';
import { spawnSync } from 'child_process';

await build({ entryPoints: ['scripts/bench/main.ts'], outfile: 'out/scripts/bench/main.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', external: ['playwright-core'] });
const run = spawnSync(process.execPath, ['--expose-gc', 'out/scripts/bench/main.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
