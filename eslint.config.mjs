// The one rule that keeps the engine a library: nothing in server/src/core may reach for I/O,
// LSP or VS Code.
import tseslint from 'typescript-eslint';

const forbidden = ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process', 'net', 'http', 'https', 'vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {},
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message: 'server/src/core is pure: no I/O, LSP or VS Code imports.' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'server/src/core is pure: no process access.' }, { name: 'require', message: 'server/src/core is pure: data comes in as arguments.' }],
    },
  },
);
