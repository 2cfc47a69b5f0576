// `npm run watch`: the bundles of build.mjs, rebuilt on every save until stopped (Ctrl+C). Prints
// "[watch] idle" whenever no bundle is being built: the end pattern of the watch task in
// .vscode/tasks.json, so that a launch waits for the first build.
import { context } from 'esbuild';
import { bundles } from './bundles.mjs';

let building = 0;
const reporter = {
  name: 'mizan-watch',
  setup(build) {
    build.onStart(() => {
      if (building++ === 0) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      // One line per message, file:line:column first, for the task's problem matcher.
      for (const [severity, list] of [
        ['error', result.errors],
        ['warning', result.warnings],
      ]) {
        for (const m of list) console.log(`[watch] ${m.location ? `${m.location.file}:${m.location.line}:${m.location.column + 1}: ` : ''}${severity}: ${m.text}`);
      }
      if (--building === 0) console.log('[watch] idle');
    });
  },
};
const contexts = await Promise.all(bundles(false).map((options) => context({ ...options, logLevel: 'silent', plugins: [reporter] })));
await Promise.all(contexts.map((c) => c.watch()));
