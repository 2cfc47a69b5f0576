// typescript-eslint's recommended rules everywhere, and two layer rules: nothing in server/src/core
// may reach for I/O, LSP or VS Code (the engine stays a library), and the client takes from the
// server only what both sides share — the protocol and settings declarations, the entity type
// table and the script-ratio function (pure, and data for the client's lists and colours).
import tseslint from 'typescript-eslint';

const forbidden = ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process', 'net', 'http', 'https', 'vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'];
const shared = ['protocol', 'articleViewProtocol', 'settings', 'core/entityTypes', 'core/text/script'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message: 'server/src/core is pure: no I/O, LSP or VS Code imports.' }] }],
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
