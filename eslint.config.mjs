// typescript-eslint's recommended rules everywhere, and two layer rules: nothing in server/src/core
// may reach for I/O, LSP or VS Code, nor import the server outside core (the engine stays a
// library), and the client takes from the
// server only what both sides share — the protocol and settings declarations, the entity type
// table and the script-ratio function (pure, and data for the client's lists and colours).
import tseslint from 'typescript-eslint';

const forbidden = ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process', 'net', 'http', 'https', 'vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'];
const shared = ['protocol', 'articleViewProtocol', 'settings', 'core/entityTypes', 'core/text/script'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**'] },
  ...tseslint.configs.recommended,
  // Core imports nothing of the server outside core either: a relative path that climbs out of it
  // (one level from core/*.ts, two from core/*/*.ts) is refused, as is JSON from outside it.
  ...[['server/src/core/*.ts', '../'], ['server/src/core/*/*.ts', '../../'], ['server/src/core/*/*/*.ts', '../../../']].map(([files, up]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: forbidden, message: 'server/src/core is pure: no I/O, LSP or VS Code imports.' },
        { regex: `^${up.replace(/[./]/g, (c) => `\\${c}`)}`, message: 'server/src/core imports only from core (and npm packages): take what it needs as arguments.' },
      ] }],
    },
  })),
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'server/src/core is pure: no process access.' }, { name: 'require', message: 'server/src/core is pure: data comes in as arguments.' }],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(\\.\\./)+server/src/(?!(${shared.join('|')})$)`, message: `the client imports from server/src only what both sides share: ${shared.join(', ')}.` }] }],
    },
  },
);
