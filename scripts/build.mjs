// Bundles the client, the server and the CLI into one file each (fast activation, small .vsix).
import { build } from 'esbuild';
import { bundles } from './bundles.mjs';

// --production (used for the .vsix) minifies and drops source maps.
await Promise.all(bundles(process.argv.includes('--production')).map((options) => build(options)));
