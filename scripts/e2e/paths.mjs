// Where the offline launcher keeps what it installs: a git-ignored cache inside the repo (as
// @vscode/test-electron keeps VS Code in .vscode-test/), so a second run reuses it.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NODE_VERSION = '24.9.0';
// code-server 4.139.1 bundles VS Code 1.139.1 and asks for Node 24 (its `engines`).
export const CODE_SERVER_VERSION = '4.139.1';

export const cacheRoot = process.env.MIZAN_E2E_CACHE || path.join(repoRoot, '.cache', 'e2e');
export const nodeDir = path.join(cacheRoot, `node-v${NODE_VERSION}`);
export const nodeBin = path.join(nodeDir, 'bin', 'node');
export const codeServerDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.MIZAN_CHROMIUM ?? '/usr/bin/chromium';
