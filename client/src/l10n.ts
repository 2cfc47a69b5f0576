// The display language. The translate signature and its identity version live in the shared
// settings module, so that pure code on both sides (settings, views as data) can take either.
export type { Translate } from '../../server/src/settings';
export { untranslated } from '../../server/src/settings';

/** True when VS Code's display language is Arabic (env.language is e.g. 'ar' or 'ar-eg'). */
export function prefersArabic(language: string): boolean {
  return language.toLowerCase() === 'ar' || language.toLowerCase().startsWith('ar-');
}
