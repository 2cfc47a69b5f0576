// What the server writes for people to read (hover cards, diagnostics, code-action titles,
// refusals), in English and Arabic: the client's own strings follow VS Code's display language
// through vscode.l10n, and the server learns the same language from InitializeParams.locale.
// Pure: one table, and `t` to fill a template; a unit test checks every row has both languages
// with the same placeholders.

import { entityTypeInfo } from './core/entityTypes';

export interface Message {
  en: string;
  ar: string;
}

export const MESSAGES = {
  // Hover: entity card
  'hover.entityHeading': { en: '**{0}** — {1} ({2}), {3}', ar: '**{0}** — {1} ({2})، {3}' },
  'hover.accepted': { en: 'accepted', ar: 'مقبول' },
  'hover.suggested': { en: 'suggested', ar: 'مقترح' },
  'hover.english': { en: 'English: {0}', ar: 'بالإنجليزية: {0}' },
  'hover.alsoWritten': { en: 'Also written: {0}', ar: 'يُكتب أيضا: {0}' },
  'hover.mentionsOne': { en: 'Mentions: {0} in this article; {1} in {2} other article of the folder', ar: 'الذِّكر: {0} في هذا المقال؛ {1} في {2} مقال آخر من المجلد' },
  'hover.mentions': { en: 'Mentions: {0} in this article; {1} in {2} other articles of the folder', ar: 'الذِّكر: {0} في هذا المقال؛ {1} في {2} مقالات أخرى من المجلد' },
  'hover.claimsMade': { en: 'Claims made ({0}):', ar: 'تصريحاته ({0}):' },
  'hover.more': { en: '… {0} more', ar: '… و{0} غيرها' },
  // Hover: claim card
  'hover.claimHeading': { en: '**Claim** ({0}), {1}', ar: '**تصريح** ({0})، {1}' },
  'hover.direct': { en: 'direct quotation', ar: 'اقتباس مباشر' },
  'hover.indirect': { en: 'reported speech', ar: 'كلام منقول' },
  'hover.rejected': { en: 'rejected', ar: 'مرفوض' },
  'hover.speaker': { en: 'Speaker: {0}', ar: 'القائل: {0}' },
  'hover.speakerUnknown': { en: 'unknown', ar: 'غير معروف' },
  'hover.speakerCarried': { en: ' (carried over from an earlier sentence)', ar: ' (منقول من جملة سابقة)' },
  'hover.cue': { en: 'Cue: {0}', ar: 'فعل القول: {0}' },
  'hover.stance': { en: 'Stance: {0}', ar: 'الموقف: {0}' },
  'hover.toward': { en: '{0} toward {1}', ar: '{0} تجاه {1}' },
  'stance.none': { en: 'not tagged', ar: 'بلا موقف' },
  // Outline
  'outline.claims': { en: 'Claims', ar: 'التصريحات' },
  'outline.unknownSpeaker': { en: 'Unknown speaker', ar: 'قائل غير معروف' },
  'outline.claimCountOne': { en: '{0} claim', ar: 'تصريح واحد ({0})' },
  'outline.claimCount': { en: '{0} claims', ar: '{0} تصريحات' },
  // Inlay hint
  'hint.tooltip': { en: 'Stance of this claim (Mizan)', ar: 'موقف هذا التصريح (ميزان)' },
  // Diagnostics
  'diagnostic.claimOrphaned': { en: 'Claim «{0}» lost its place in the text', ar: 'التصريح «{0}» فقد موضعه في النص' },
  'diagnostic.claimUntagged': { en: 'Claim without a stance: «{0}»', ar: 'تصريح بلا موقف: «{0}»' },
  'diagnostic.entityOrphaned': { en: '{0} «{1}» lost its place in the text', ar: '{0} «{1}» فقد موضعه في النص' },
  // Code actions
  'action.tagStance': { en: 'Tag claim stance: {0}', ar: 'وسم موقف التصريح: {0}' },
  'action.accept': { en: 'Accept {0} «{1}»', ar: 'قبول {0} «{1}»' },
  'action.reject': { en: 'Reject {0} «{1}»', ar: 'رفض {0} «{1}»' },
  'action.relabel': { en: 'Relabel «{0}» as {1}', ar: 'تغيير نوع «{0}» إلى {1}' },
  // Refusals of a decision (core/annotate/decide.ts)
  'refusal.noEntity': { en: 'no entity at this position', ar: 'لا يوجد كيان في هذا الموضع' },
  'refusal.noClaim': { en: 'no claim at this position', ar: 'لا يوجد تصريح في هذا الموضع' },
  'refusal.noClaimSelect': { en: 'no claim at this position (select the claim text to make it one)', ar: 'لا يوجد تصريح في هذا الموضع (حدد نص التصريح لتجعله تصريحا)' },
  'refusal.unknownType': { en: 'unknown entity type "{0}" (expected {1})', ar: 'نوع كيان غير معروف "{0}" (المتوقع: {1})' },
  'refusal.outside': { en: 'the range is outside the document', ar: 'النطاق خارج المستند' },
  'refusal.empty': { en: 'the selection is empty', ar: 'التحديد فارغ' },
  'refusal.speakerOutside': { en: 'speaker: the range is outside the document', ar: 'القائل: النطاق خارج المستند' },
  'refusal.speakerEmpty': { en: 'speaker: the selection is empty', ar: 'القائل: التحديد فارغ' },
  'refusal.noStance': { en: 'no stance given', ar: 'لم يُحدَّد موقف' },
  'refusal.noSuggestedEntities': { en: 'no suggested entities left to accept', ar: 'لم يبق كيان مقترح للقبول' },
  'refusal.noSuggestedClaims': { en: 'no suggested claims left to accept', ar: 'لم يبق تصريح مقترح للقبول' },
  // Refusals of the annotation manager and the command dispatcher
  'refusal.nothingToUndo': { en: 'nothing to undo in this article', ar: 'لا شيء للتراجع عنه في هذا المقال' },
  'refusal.cannotLock': { en: 'could not lock {0} (another window may be writing it): {1}', ar: 'تعذّر قفل {0} (ربما تكتبه نافذة أخرى): {1}' },
  'refusal.untrustedFresh': { en: 'this workspace is not trusted: Mizan writes nothing', ar: 'مساحة العمل هذه غير موثوقة: لا يكتب ميزان شيئا' },
  'refusal.notOnDiskFresh': { en: 'this document is not a file on disk: save it first', ar: 'هذا المستند ليس ملفا على القرص: احفظه أولا' },
  'refusal.notBroken': { en: '{0} is not broken: nothing to start again from', ar: '{0} ليس تالفا: لا حاجة إلى البدء من جديد' },
  'result.backedUp': { en: 'the broken file was backed up to {0}', ar: 'حُفظ الملف التالف نسخةً احتياطية في {0}' },
  'refusal.untrusted': { en: 'this workspace is not trusted: Mizan shows annotations but writes nothing', ar: 'مساحة العمل هذه غير موثوقة: يعرض ميزان الوسوم لكنه لا يكتب شيئا' },
  'refusal.notOnDisk': { en: 'this document is not a file on disk: save it first to annotate it', ar: 'هذا المستند ليس ملفا على القرص: احفظه أولا لتتمكن من وسمه' },
  'refusal.unreadable': { en: 'annotating is paused: {0}', ar: 'الوسم موقوف مؤقتا: {0}' },
  'refusal.paused': { en: 'annotating is paused: {0}. Fix the file or run "Start fresh" (the broken file is backed up first).', ar: 'الوسم موقوف مؤقتا: {0}. أصلح الملف أو شغّل "بدء ملف وسوم جديد" (يُحفظ الملف التالف نسخةً احتياطية أولا).' },
  'refusal.cannotWrite': { en: 'could not write {0}: {1}', ar: 'تعذّرت كتابة {0}: {1}' },
  'refusal.unknownCommand': { en: 'unknown command {0}', ar: 'أمر غير معروف {0}' },
  'refusal.notOpen': { en: '{0} is not open', ar: '{0} غير مفتوح' },
  'refusal.failed': { en: '{0} failed: {1}', ar: 'فشل {0}: {1}' },
  // Import and export
  'import.noArticle': { en: 'open the article to import into first', ar: 'افتح أولا المقال المراد الاستيراد إليه' },
  'import.notOnDisk': { en: 'the annotations file must be on disk', ar: 'يجب أن يكون ملف الوسوم على القرص' },
  'import.unknownFormat': { en: '{0}: cannot tell its format ({1})', ar: '{0}: تعذّر معرفة صيغته ({1})' },
  'export.unknownFormat': { en: 'unknown format {0}', ar: 'صيغة غير معروفة {0}' },
  'export.filesOnly': { en: 'export reads and writes files on disk (file: URIs only)', ar: 'يقرأ التصدير الملفات من القرص ويكتبها فيه (عناوين ملفات فقط)' },
  'export.noArticles': { en: '{0}: no .txt articles', ar: '{0}: لا توجد مقالات نصية' },
  'export.bratFolder': { en: "brat writes a copy of each article: choose a destination other than the articles' own folder", ar: 'تكتب صيغة بْرات نسخة من كل مقال: اختر مجلدا غير مجلد المقالات نفسه' },
  'export.sameName': { en: 'two articles are both named {0}: export their folders separately', ar: 'مقالان يحملان الاسم نفسه {0}: صدّر مجلديهما كلا على حدة' },
  'export.someFailed': { en: '{0} article(s) could not be exported', ar: 'تعذّر تصدير {0} من المقالات' },
  // Window messages
  'window.mizan': { en: 'Mizan: {0}', ar: 'ميزان: {0}' },
  'file.renamedUntrusted': { en: '{0} was renamed, but this workspace is not trusted: its annotations stay in {1}', ar: 'أُعيدت تسمية {0}، لكن مساحة العمل هذه غير موثوقة: تبقى وسومه في {1}' },
  'file.renameFailed': { en: '{0} was renamed, but its annotations could not be moved: {1}; they are still in {2}', ar: 'أُعيدت تسمية {0}، لكن تعذّر نقل وسومه: {1}؛ ما زالت في {2}' },
  'file.renameKept': { en: '{0} was renamed to {1}, which already has annotations: both files are kept ({2} was not moved)', ar: 'أُعيدت تسمية {0} إلى {1}، وله وسوم من قبل: أُبقي الملفان كلاهما (لم يُنقل {2})' },
  'file.deleted': {
    en: '{0} was deleted; its annotations are kept in {1}. Restore the article (or rename it back) to see them; mizan export and analyze list such files.',
    ar: 'حُذف {0}؛ وسومه محفوظة في {1}. استعد المقال (أو أعد اسمه) لتراها؛ ويذكر أمرا التصدير والتحليل في سطر أوامر ميزان مثل هذه الملفات.',
  },
  'file.deletedOne': {
    en: '{0} was deleted; its annotations ({1} decision) are kept in {2}. Restore the article (or rename it back) to see them; mizan export and analyze list such files.',
    ar: 'حُذف {0}؛ وسومه (قرار واحد: {1}) محفوظة في {2}. استعد المقال (أو أعد اسمه) لتراها؛ ويذكر أمرا التصدير والتحليل في سطر أوامر ميزان مثل هذه الملفات.',
  },
  'file.deletedMany': {
    en: '{0} was deleted; its annotations ({1} decisions) are kept in {2}. Restore the article (or rename it back) to see them; mizan export and analyze list such files.',
    ar: 'حُذف {0}؛ وسومه ({1} من القرارات) محفوظة في {2}. استعد المقال (أو أعد اسمه) لتراها؛ ويذكر أمرا التصدير والتحليل في سطر أوامر ميزان مثل هذه الملفات.',
  },
  'window.paused': { en: 'Mizan: annotating is paused: {0}', ar: 'ميزان: الوسم موقوف مؤقتا: {0}' },
  'window.tooBig': {
    en: 'Mizan: {0} has {1} million characters, more than the {2} million the editor analyses: nothing is marked in it. {3} reads it.',
    ar: 'ميزان: في {0} {1} مليون حرف، أكثر من {2} مليون يحللها المحرر: لا يُعلَّم فيه شيء. يقرؤه {3}.',
  },
  'window.kbProblemsOne': { en: 'Mizan: {0} has {1} problem (entries with problems are ignored): {2}', ar: 'ميزان: في {0} مشكلة واحدة ({1}) (تُتجاهل المدخلات المعيبة): {2}' },
  'window.kbProblems': { en: 'Mizan: {0} has {1} problems (entries with problems are ignored): {2}', ar: 'ميزان: في {0} مشكلات عددها {1} (تُتجاهل المدخلات المعيبة): {2}' },
} as const satisfies Record<string, Message>;

export type MessageId = keyof typeof MESSAGES;

/** Arabic for a display language that is Arabic (ar, ar-EG, …), English for any other or none. */
export function isArabic(locale: string | undefined): boolean {
  return !!locale && /^ar(?:$|[-_])/i.test(locale);
}

/** A message in the display language, {0}, {1} … filled with the arguments. */
export function t(locale: string | undefined, id: MessageId, ...args: Array<string | number>): string {
  const m: Message = MESSAGES[id];
  return (isArabic(locale) ? m.ar : m.en).replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));
}

/**
 * How code-action titles and diagnostics name a type: by its short id in English (PER, LOC …, as
 * they always have), by its name in Arabic (an id in Latin letters would break the Arabic line).
 */
export function kindName(locale: string | undefined, id: string): string {
  return isArabic(locale) ? typeName(locale, id) : id;
}

/** An entity type's name in the display language; an id the table does not have, as it is. */
export function typeName(locale: string | undefined, id: string): string {
  const info = entityTypeInfo(id);
  return info ? (isArabic(locale) ? info.ar : info.name) : id;
}
