// Bundles the client, the server and the CLI into one file each (fast activation, small .vsix).
import { build } from 'esbuild';

// --production (used for the .vsix) minifies and drops source maps.
const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The annotation view's page: a browser script and its stylesheet, loaded by the webview from dist/.
  build({ ...common, platform: 'browser', target: 'chrome120', format: 'iife', entryPoints: ['client/src/annotationView/webview/main.ts'], outfile: 'dist/annotationView.js' }),
  build({ ...common, platform: 'browser', entryPoints: ['client/src/annotationView/webview/view.css'], outfile: 'dist/annotationView.css' }),
]);
