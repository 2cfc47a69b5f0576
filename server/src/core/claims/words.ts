// The token view the claim rules read: each token's normalised key, the key without a leading
// و/ف, and the small closed word classes (complementisers, prepositions, relatives) that mark
// where a speaker ends and what is reported begins.
import type { Token } from '../types';
import { normalizeKey } from '../text/normalize';
import type { CueEntry, CueLexicon } from './lexicon';

export interface Word {
  tok: Token;
  key: string;
  /** key without a leading conjunction و/ف (equal to key when there is none). */
  bare: string;
  conj: boolean;
  punct: boolean;
}

export function wordsOf(tokens: Token[]): Word[] {
  return tokens.map((tok) => {
    const key = tok.kind === 'word' ? normalizeKey(tok.text) : tok.text;
    const conj = tok.kind === 'word' && key.length > 2 && (key[0] === 'و' || key[0] === 'ف');
    return { tok, key, bare: conj ? key.slice(1) : key, conj, punct: tok.kind === 'punct' || tok.kind === 'symbol' };
  });
}

const set = (s: string) => new Set(s.split(' ').map((w) => normalizeKey(w)));

/** أن/إن and their suffixed and ب-forms (normalised, so أن and إن are one key). */
export const THAT = set('ان انه انها انهم انهما انهن اننا انني اني انكم بان بانه بانها بانهم بانهما باننا فان فانه فانها فانهم');
/** Coordinated complementisers: a second reported clause of the same speaker (… وأن …). */
export const AND_THAT = set('وان وانه وانها وانهم وبان وبانه وبانها');
export const RELATIVES = set('الذي التي الذين اللذان اللتان اللواتي اللاتي');
export const KANA = set('كان كانت كانوا وكان وكانت وكانوا فكان قد وقد لقد');
/** Words after which the speaker's noun phrase is over: prepositions, adverbs of time and manner. */
export const SPEAKER_STOP = set(
  'في فى خلال خلالها خلاله عقب بعد قبل اثناء أثناء امس أمس اليوم الآن الان حاليا أيضا ايضا كذلك تعليقا ردا مخاطبا ' +
    'عن على حول مع امام أمام عبر الى إلى من منذ لدى عند بقوله بقولها قوله قولها قولهم بقولهم وسط ضمن مساء صباح يوم ' +
    'الانتباه النظر بدوره بدورها من جانبه جانبها جهته جهتها حيث اذ إذ كما ثم لكن بل لـ ل و ف أو او وذلك الذي التي الذين مرة أخرى ' +
    'فيه فيها فيهم منه منها منهم له لها لهم بالقول اللوم باللوم نقلا',
);
/** Outlets a speaker talks to (قال الوزير لوكالة الأنباء، لصحيفة …): ل + one of these ends the speaker. */
export const MEDIA = set('وكالة صحيفة قناة موقع شبكة مجلة إذاعة تلفزيون التلفزيون وسائل الصحفيين الصحافيين');
/** Heads of an organisation a title belongs to (الأمين العام للحزب، المدير التنفيذي للشركة). */
export const ORG_HEADS = set('حزب حركة شركة منظمة وزارة اتحاد جامعة مجلس امم لجنة هيئة جبهة بنك مصرف صندوق جمعية مؤسسة نقابة مركز جيش');
/** Titles that come before a person's name. */
export const TITLES = set(
  'الرئيس الوزير الوزيرة الخبير الخبيرة الباحث الباحثة المتحدث المتحدثة الناطق السفير المحلل الكاتب الكاتبة النائب النائبة ' +
    'الأمين المدير المديرة القائد الشيخ الدكتور الدكتورة اللواء العميد الجنرال المستشار المستشارة الصحفي الصحفية الأستاذ المبعوث ' +
    'العاهل الملك الأمير المرشد المفوض المندوب المراسل المحامي القاضي العقيد النقيب',
);
/** Clause openers that cannot be the subject before a verb. */
export const CLAUSE_WORDS = set('ما مما وما حيث اذ إذ كما وكما ثم بل لكن ولكن فيما بينما وهذا هذا وهو هو وهي هي بدوره بدورها جانبه جانبها جهته جهتها كذلك وكذلك ايضا لكنه لكنها لكنهم ولكنه ولكنها ولكنهم');
/** Prepositions with a pronoun that may stand between a verb and its speaker (وقال فيه الكاتب). */
export const PRONOUN_PREPS = set('فيه فيها فيهم له لها لهم');
/** «، لكنه أكد …»: but + pronoun, before a cue that starts another report of the same speaker. */
export const BUT_HE = set('لكنه لكنها لكنهم لكنهما ولكنه ولكنها ولكنهم');
/** Words before a cue whose clause continues the subject of the sentence's first verb (يقف X … حيث يرى). */
export const CLAUSE_LINKS = set('حيث اذ إذ حين عندما');
/** Heads of a noun phrase that can be a source (… حسب مصادر أمنية، وفق خبراء). */
export const SOURCE_HEADS = set('مصادر مصدر وكالة صحيفة تقرير تقارير بيان مسؤول مسؤولين مسؤولون خبراء خبير محللين محللون محلل وزير وزارة رئيس متحدث ' + 'مراسل شهود موقع قناة شبكة مجلة دراسة مسؤولي مصادر منظمة مكتب');
/** Report nouns that stand for a document speaking for its author (البيان، التقرير). */
export const FIRST_PERSON = set('نحن انا أنا اننا إننا انني إنني لسنا لست لقد كنا علينا لدينا');
export const NEGATIONS = set('لن لم لا سوف ولن ولم ولا فلا فلن');

export function isComma(w: Word | undefined): boolean {
  return !!w && w.punct && (w.key === '،' || w.key === ',');
}

export function isColon(w: Word | undefined): boolean {
  return !!w && w.punct && w.key === ':';
}

/** The lexicon entry of a cue word (with or without و/ف, with an object suffix for object verbs). */
export function cueOf(w: Word, lex: CueLexicon): CueEntry | undefined {
  if (w.tok.kind !== 'word') return undefined;
  const direct = lex.verbs.get(w.key) ?? (w.conj ? lex.verbs.get(w.bare) : undefined);
  if (direct) return direct;
  for (const suffix of ['هما', 'هم', 'ها', 'ه']) {
    if (!w.bare.endsWith(suffix)) continue;
    const e = lex.verbs.get(w.bare.slice(0, -suffix.length));
    if (e?.object) return e;
  }
  return undefined;
}

export type Agreement = 'm' | 'f' | 'p';

/** Gender and number a reporting verb shows (قالت، تقول، مضيفة → f; قالوا، مؤكدين → p). */
export function agreementOf(w: Word, lex: CueLexicon): Agreement {
  const b = w.bare;
  if (/(وا|ون|ين)$/.test(b)) return 'p';
  if (lex.verbs.get(b)?.participle || lex.verbs.get(w.key)?.participle) return b.endsWith('ة') ? 'f' : 'm';
  if (b.endsWith('ت') && lex.verbs.has(b.slice(0, -1))) return 'f';
  if (b.startsWith('ت') && lex.verbs.has(`ي${b.slice(1)}`)) return 'f';
  return 'm';
}

/** True when the cue was found only by removing an object suffix (يعتبره، وصفها). */
export function hasObjectSuffix(w: Word, lex: CueLexicon): boolean {
  return !lex.verbs.has(w.key) && !lex.verbs.has(w.bare);
}

/** A damma written on the first letter (يُعتقد، نُقل، يُذكر): the writer marked a passive. */
export function markedPassive(w: Word): boolean {
  const t = w.tok.text;
  const start = w.conj ? 1 : 0;
  return t[start + 1] === '\u064f';
}
