// The user's settings (the `mizan` section), parsed by one set of rules on both sides: the client
// reads them through vscode.workspace.getConfiguration, the server through workspace/configuration
// with the document's scope. Pure: the translate function comes in as an argument (the client
// passes vscode.l10n.t, the server the untranslated English), so a bad value gets the same
// treatment — and the same explanation — wherever it is read.

import { isArabic, t } from './messages';

/** VS Code's translate signature, without importing vscode. */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** Identity translation with {0}-style argument substitution, as vscode.l10n.t does without a bundle. */
export const untranslated: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));

/** The `mizan` section as VS Code hands it over: anything may be of the wrong type. */
export interface MizanConfiguration {
  detectArabic?: unknown;
  filePatterns?: unknown;
  author?: unknown;
  stance?: { labels?: unknown; targets?: unknown; advanceAfterTagging?: unknown };
  diagnostics?: { untaggedClaims?: unknown; orphaned?: unknown };
  inlayHints?: { stance?: unknown };
  openArticlesIn?: unknown;
  annotationView?: { fontFamily?: unknown; fontSize?: unknown; lineHeight?: unknown };
}

/** A stance the annotator may give a claim or an article. */
export interface StanceLabel {
  id: string;
  en: string;
  ar: string;
  key: string;
}

/** The default stance labels (package.json declares the same default; a unit test checks). */
export const DEFAULT_STANCES: StanceLabel[] = [
  { id: 'favour', en: 'Favour', ar: 'تأييد', key: 'f' },
  { id: 'against', en: 'Against', ar: 'معارضة', key: 'a' },
  { id: 'neutral', en: 'Neutral', ar: 'محايد', key: 'n' },
];

/** What the server needs of the settings, per document. */
export interface ServerSettings {
  /** Information diagnostics for claims without a stance: an opt-in to-do list (the tint and gutter already show them). */
  untaggedClaims: boolean;
  /** Information diagnostics for annotations that lost their place in the text. */
  orphaned: boolean;
  /** Inlay hint with the stance after each tagged claim. */
  stanceHints: boolean;
  /** The stance labels of mizan.stance.labels (code actions offer one each; hints and hovers show their names). */
  stances: StanceLabel[];
}

export const DEFAULT_SERVER_SETTINGS: ServerSettings = { untaggedClaims: false, orphaned: true, stanceHints: true, stances: DEFAULT_STANCES };

/** A parsed value and what had to be dropped or replaced to get it, in words for the user. */
export interface Parsed<T> {
  value: T;
  problems: string[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function section(raw: unknown): Record<string, unknown> {
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/** A boolean setting: its value, or the default (with a problem) when it is not a boolean. */
export function readFlag(raw: unknown, name: string, fallback: boolean, t: Translate = untranslated): Parsed<boolean> {
  if (raw === undefined || raw === null) return { value: fallback, problems: [] };
  if (typeof raw === 'boolean') return { value: raw, problems: [] };
  return { value: fallback, problems: [t('{0} must be true or false; {1} is used.', name, String(fallback))] };
}

/**
 * mizan.stance.labels: label objects ({ id, en?, ar?, key? }) or bare ids. Every usable entry is
 * kept and every dropped one named; the defaults only when the value is not a list or nothing in
 * it is usable. Names fall back id → English → Arabic.
 */
export function readStanceLabels(raw: unknown, t: Translate = untranslated): Parsed<StanceLabel[]> {
  const problems: string[] = [];
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return { value: DEFAULT_STANCES, problems };
  if (!Array.isArray(raw)) {
    return { value: DEFAULT_STANCES, problems: [t('mizan.stance.labels must be a list; the default labels are used.')] };
  }
  const labels: StanceLabel[] = [];
  const keys = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const obj = (typeof entry === 'string' ? { id: entry } : entry) as Record<string, unknown> | null;
    const id = obj && typeof obj === 'object' ? text(obj.id) : undefined;
    if (!obj || !id) return void problems.push(t('Stance label {0} has no id and is skipped.', index + 1));
    if (labels.some((l) => l.id === id)) return void problems.push(t('Stance label "{0}" appears twice; the first is kept.', id));
    const en = text(obj.en) ?? id;
    const ar = text(obj.ar) ?? en;
    let key = text(obj.key)?.toLowerCase() ?? '';
    if (key && (key.length !== 1 || /\d/.test(key) || keys.has(key))) {
      problems.push(t('The key "{0}" of stance label "{1}" is not a single unused letter; the label keeps only its number.', key, id));
      key = '';
    }
    if (key) keys.add(key);
    labels.push({ id, en, ar, key });
  });
  if (labels.length === 0) return { value: DEFAULT_STANCES, problems: [...problems, t('No usable stance label; the default labels are used.')] };
  return { value: labels, problems };
}

/** mizan.stance.targets: trimmed, non-empty, each once, in the order given. */
export function readTargets(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.map(text).filter((s): s is string => s !== undefined))];
}

/** mizan.author: the name decisions are recorded under, undefined when unset (the server then uses the OS user). */
export function readAuthor(raw: unknown): string | undefined {
  return text(raw);
}

/** mizan.filePatterns: the glob patterns given as non-empty strings. */
export function readFilePatterns(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.map(text).filter((s): s is string => s !== undefined) : [];
}

/** The server's settings from the `mizan` section (null or anything else: the defaults). */
export function readServerSettings(raw: unknown, t: Translate = untranslated): Parsed<ServerSettings> {
  const config = section(raw);
  const diagnostics = section(config.diagnostics);
  const hints = section(config.inlayHints);
  const stance = section(config.stance);
  const d = DEFAULT_SERVER_SETTINGS;
  const untaggedClaims = readFlag(diagnostics.untaggedClaims, 'mizan.diagnostics.untaggedClaims', d.untaggedClaims, t);
  const orphaned = readFlag(diagnostics.orphaned, 'mizan.diagnostics.orphaned', d.orphaned, t);
  const stanceHints = readFlag(hints.stance, 'mizan.inlayHints.stance', d.stanceHints, t);
  const stances = readStanceLabels(stance.labels, t);
  return {
    value: { untaggedClaims: untaggedClaims.value, orphaned: orphaned.value, stanceHints: stanceHints.value, stances: stances.value },
    problems: [...untaggedClaims.problems, ...orphaned.problems, ...stanceHints.problems, ...stances.problems],
  };
}

/** Where a Mizan article opens (mizan.openArticlesIn); the first is the default. */
export const OPEN_ARTICLES_IN = ['annotationView', 'textEditor'] as const;
export type OpenArticlesIn = (typeof OPEN_ARTICLES_IN)[number];

/** A number setting's default and bounds (package.json declares the same; a unit test checks). */
export interface NumberRange {
  default: number;
  minimum: number;
  maximum: number;
}

/** The annotation view's type (mizan.annotationView.*), as the webview applies it. */
export interface AnnotationViewSettings {
  fontFamily: string;
  /** Pixels. */
  fontSize: number;
  /** A multiple of the font size. */
  lineHeight: number;
}

export const DEFAULT_FONT_FAMILY = "'Noto Naskh Arabic', 'Amiri', 'Scheherazade New', 'Noto Sans Arabic', 'Arial', sans-serif";
export const FONT_SIZE: NumberRange = { default: 20, minimum: 8, maximum: 72 };
export const LINE_HEIGHT: NumberRange = { default: 1.9, minimum: 1, maximum: 4 };

/** A number setting: its value, or the default (with a problem) when it is not a number within its bounds. */
export function readNumber(raw: unknown, name: string, range: NumberRange, t: Translate = untranslated): Parsed<number> {
  if (raw === undefined || raw === null) return { value: range.default, problems: [] };
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= range.minimum && raw <= range.maximum) return { value: raw, problems: [] };
  return { value: range.default, problems: [t('{0} must be a number from {1} to {2}; {3} is used.', name, range.minimum, range.maximum, range.default)] };
}

/** A setting with a closed set of values: its value, or the first (the default, with a problem) when it is none of them. */
export function readChoice<T extends string>(raw: unknown, name: string, choices: readonly [T, ...T[]], t: Translate = untranslated): Parsed<T> {
  if (raw === undefined || raw === null) return { value: choices[0], problems: [] };
  if (typeof raw === 'string' && (choices as readonly string[]).includes(raw)) return { value: raw as T, problems: [] };
  return { value: choices[0], problems: [t('{0} must be one of {1}; {2} is used.', name, choices.join(', '), choices[0])] };
}

/** mizan.openArticlesIn: the annotation view unless the text editor is chosen. */
export function readOpenArticlesIn(raw: unknown, t: Translate = untranslated): Parsed<OpenArticlesIn> {
  return readChoice(raw, 'mizan.openArticlesIn', OPEN_ARTICLES_IN, t);
}

/**
 * The `mizan.annotationView` section. An empty font stack means the default one, as it always has;
 * a font stack that is not a string, or a size or line height that is not a number within its
 * bounds, is the default with a problem.
 */
export function readAnnotationViewSettings(raw: unknown, t: Translate = untranslated): Parsed<AnnotationViewSettings> {
  const view = section(raw);
  const family: Parsed<string> =
    view.fontFamily === undefined || view.fontFamily === null || typeof view.fontFamily === 'string'
      ? { value: text(view.fontFamily) ?? DEFAULT_FONT_FAMILY, problems: [] }
      : { value: DEFAULT_FONT_FAMILY, problems: [t('mizan.annotationView.fontFamily must be a list of fonts as text; the default fonts are used.')] };
  const size = readNumber(view.fontSize, 'mizan.annotationView.fontSize', FONT_SIZE, t);
  const line = readNumber(view.lineHeight, 'mizan.annotationView.lineHeight', LINE_HEIGHT, t);
  return {
    value: { fontFamily: family.value, fontSize: size.value, lineHeight: line.value },
    problems: [...family.problems, ...size.problems, ...line.problems],
  };
}

/** The label's name in the display language, the other language as a second name. */
export function stanceNames(label: StanceLabel, arabicFirst: boolean): { primary: string; secondary: string } {
  return arabicFirst ? { primary: label.ar, secondary: label.en } : { primary: label.en, secondary: label.ar };
}

/** Display name of a stance id in the display language; an id no longer configured is shown as it is stored. */
export function stanceName(id: string, labels: readonly StanceLabel[], arabicFirst: boolean): string {
  const label = labels.find((l) => l.id === id);
  return label ? stanceNames(label, arabicFirst).primary : id;
}

/**
 * How the server writes a stance in hovers, hints and the outline: "English (Arabic)", or
 * "Arabic (English)" for an Arabic display language (`locale`), the second name left out when there
 * is none or it repeats the first. A stance id no longer configured reads by its default label,
 * else as stored.
 */
export function stanceTitle(id: string | undefined, labels: readonly StanceLabel[] = DEFAULT_STANCES, locale?: string): string {
  if (!id) return t(locale, 'stance.none');
  const known = labels.find((s) => s.id === id) ?? DEFAULT_STANCES.find((s) => s.id === id);
  return known ? labelTitleIn(known, locale) : id;
}

export function labelTitle(label: StanceLabel): string {
  return labelTitleIn(label, undefined);
}

/** labelTitle in the display language's order. */
export function labelTitleIn(label: StanceLabel, locale: string | undefined): string {
  const { primary, secondary } = stanceNames(label, isArabic(locale));
  return secondary && secondary !== primary ? `${primary} (${secondary})` : primary;
}
