// The esbuild options of every bundle, shared by the one-off build (build.mjs) and the watch
// (watch.mjs), so that what the inner loop runs is what the .vsix ships.

/**
 * One option set per output file; production (the .vsix) minifies and drops source maps.
 * @param {boolean} production
 * @returns {import('esbuild').BuildOptions[]}
 */
export function bundles(production) {
  /** @type {import('esbuild').BuildOptions} */
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };
  return [
    { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
    { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
    { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    // The annotation view's page: a browser script and its stylesheet, loaded by the webview from dist/.
    { ...common, platform: 'browser', target: 'chrome120', format: 'iife', entryPoints: ['client/src/annotationView/webview/main.ts'], outfile: 'dist/annotationView.js' },
    { ...common, platform: 'browser', entryPoints: ['client/src/annotationView/webview/view.css'], outfile: 'dist/annotationView.css' },
  ];
}
