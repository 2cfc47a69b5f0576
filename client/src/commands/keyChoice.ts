// One keystroke picks an item in an open quick pick: its position (1–9, also as Arabic-Indic
// digits), its own key, or the letter an Arabic keyboard layout types on that key's place.

export interface KeyedItem {
  id: string;
  key?: string;
}

// What the Arabic (101) layout types on each QWERTY key: an annotator switched to Arabic still
// reaches the same label with the same finger.
const ARABIC_LAYOUT: Record<string, string> = {
  q: 'ض',
  w: 'ص',
  e: 'ث',
  r: 'ق',
  t: 'ف',
  y: 'غ',
  u: 'ع',
  i: 'ه',
  o: 'خ',
  p: 'ح',
  '[': 'ج',
  ']': 'د',
  a: 'ش',
  s: 'س',
  d: 'ي',
  f: 'ب',
  g: 'ل',
  h: 'ا',
  j: 'ت',
  k: 'ن',
  l: 'م',
  ';': 'ك',
  "'": 'ط',
  z: 'ئ',
  x: 'ء',
  c: 'ؤ',
  v: 'ر',
  b: 'لا',
  n: 'ى',
  m: 'ة',
  ',': 'و',
  '.': 'ز',
  '/': 'ظ',
};
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** Every input that picks the item at this index with this key. */
export function inputsFor(index: number, key?: string): string[] {
  const inputs: string[] = [];
  if (index < 9) inputs.push(String(index + 1), ARABIC_INDIC[index + 1], PERSIAN[index + 1]);
  if (key) {
    const k = key.toLowerCase();
    inputs.push(k, k.toUpperCase());
    if (ARABIC_LAYOUT[k]) inputs.push(ARABIC_LAYOUT[k]);
  }
  return [...new Set(inputs)];
}

/** The item that the typed value picks, or undefined when the value is ordinary filter text. */
export function choiceForInput<T extends KeyedItem>(value: string, items: readonly T[]): T | undefined {
  const typed = value.trim();
  if (typed === '') return undefined;
  return items.find((item, index) => inputsFor(index, item.key).includes(typed));
}

/** Keys must be single characters and unique: a clash would make one keystroke ambiguous. */
export function duplicateKeys(items: readonly KeyedItem[]): string[] {
  const seen = new Map<string, number>();
  for (const item of items) if (item.key) seen.set(item.key.toLowerCase(), (seen.get(item.key.toLowerCase()) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}

/** The hint shown beside an item: its number and key, e.g. "1 · f". */
export function keyHint(index: number, key?: string): string {
  const parts = index < 9 ? [String(index + 1)] : [];
  if (key) parts.push(key.toLowerCase());
  return parts.join(' · ');
}
