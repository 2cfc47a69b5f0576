// Pure helpers share VS Code's translate signature without importing vscode, so that unit tests can
// run them with an identity function while the extension passes vscode.l10n.t.
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** Identity translation with {0}-style argument substitution, as vscode.l10n.t does without a bundle. */
export const untranslated: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));

/** True when VS Code's display language is Arabic (env.language is e.g. 'ar' or 'ar-eg'). */
export function prefersArabic(language: string): boolean {
  return language.toLowerCase() === 'ar' || language.toLowerCase().startsWith('ar-');
}
