// The cue lexicon: reporting verbs and source phrases as data (server/data/cues.json plus a
// workspace's .mizan/cues.json). Validation is here, in the core, so that the CLI and the server
// report the same clear errors; reading the files is the caller's job.
import { normalizeKey } from '../text/normalize';

export interface CueVerbData {
  lemma: string;
  /** Finite forms (past and imperfect), without و/ف. */
  forms: string[];
  /** Circumstantial participles (مضيفا، مؤكدين): always start a new report inside a sentence. */
  participles?: string[];
  /** Prepositions that introduce what is reported (أشار إلى، أعرب عن، شدد على). */
  preps?: string[];
  /** May report with a noun object instead of a clause (نفى الاتهامات، أعرب عن قلقه). */
  nominal?: boolean;
  /** Takes an object before what is said of it (اعتبره، وصف X بأنه); the object may be a suffix. */
  object?: boolean;
  /** Only a report when a clause (أن …), a colon or a quotation follows (رأى، اعتقد، ذكر). */
  needsThat?: boolean;
  /** The speaker follows عن (نقلت الوكالة عن الوزير أن …). */
  relay?: boolean;
  /** The speaker follows one of these, right after the verb, instead of عن (جاء في البيان أن …, not
   * جاء لقاء الرئيسين في منتدى …); implies relay. */
  sourcePreps?: string[];
  /** Whom the request is made of comes before the preposition (دعا الوزير الطرفين إلى …). */
  directive?: boolean;
  /** Reports only with one of these words soon after it (ألقى اللوم على, not ألقى القبض على). */
  needs?: string[];
  /** Whom it is asked of follows the preposition, and a comma may end them (طلب من بوتين خلال زيارته، عدم …). */
  addressee?: boolean;
  /** Still a report when negated: not ruling out is a claim (لم يستبعد أن …). */
  negatable?: boolean;
}

export interface CueSourceData {
  /** Words of the phrase; a final "ل" also matches a word that carries ل (لوسائل). */
  tokens: string[];
}

export interface CueLexiconData {
  verbs?: CueVerbData[];
  /** Forms that read as passive or impersonal when no speaker is found (يذكر أن، يعتقد أن). */
  impersonal?: string[];
  /** Nouns whose relative clause is not a report by anyone (التقارير التي تفيد). */
  reportNouns?: string[];
  sources?: CueSourceData[];
}

export interface CueEntry {
  lemma: string;
  participle: boolean;
  preps: string[];
  nominal: boolean;
  object: boolean;
  needsThat: boolean;
  relay: boolean;
  /** Words the speaker follows for a relay verb (عن unless the entry names others). */
  sourcePreps: string[];
  /** sourcePreps were given: one of them must come right after the verb. */
  sourceNext: boolean;
  directive: boolean;
  needs: string[];
  addressee: boolean;
  negatable: boolean;
}

export interface CueLexicon {
  verbs: Map<string, CueEntry>;
  impersonal: Set<string>;
  reportNouns: Set<string>;
  sources: string[][];
}

export class CueLexiconError extends Error {}

function fail(where: string, path: string, what: string): never {
  throw new CueLexiconError(`${where}: ${path} ${what}`);
}

function stringList(v: unknown, where: string, path: string, required: boolean): string[] {
  if (v === undefined && !required) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) fail(where, path, 'must be a list of non-empty strings');
  return v as string[];
}

function flag(v: unknown, where: string, path: string): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'boolean') fail(where, path, 'must be true or false');
  return v;
}

/** Checks the shape of a cue file; `where` names the file in the error. */
export function validateCueData(raw: unknown, where: string): CueLexiconData {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, 'the file', 'must hold a JSON object with "verbs" and/or "sources"');
  const o = raw as Record<string, unknown>;
  const known = new Set(['about', 'verbs', 'impersonal', 'reportNouns', 'sources']);
  for (const k of Object.keys(o)) if (!known.has(k)) fail(where, `key "${k}"`, `is not known (expected one of ${[...known].join(', ')})`);
  if (o.verbs !== undefined && !Array.isArray(o.verbs)) fail(where, '"verbs"', 'must be a list');
  if (o.sources !== undefined && !Array.isArray(o.sources)) fail(where, '"sources"', 'must be a list');
  const verbs = ((o.verbs as unknown[]) ?? []).map((v, i): CueVerbData => {
    const p = `verbs[${i}]`;
    if (typeof v !== 'object' || v === null) fail(where, p, 'must be an object with "lemma" and "forms"');
    const e = v as Record<string, unknown>;
    if (typeof e.lemma !== 'string' || !e.lemma.trim()) fail(where, `${p}.lemma`, 'must be a non-empty string');
    return {
      lemma: e.lemma,
      forms: stringList(e.forms, where, `${p}.forms`, true),
      participles: stringList(e.participles, where, `${p}.participles`, false),
      preps: stringList(e.preps, where, `${p}.preps`, false),
      nominal: flag(e.nominal, where, `${p}.nominal`),
      object: flag(e.object, where, `${p}.object`),
      needsThat: flag(e.needsThat, where, `${p}.needsThat`),
      relay: flag(e.relay, where, `${p}.relay`),
      sourcePreps: stringList(e.sourcePreps, where, `${p}.sourcePreps`, false),
      directive: flag(e.directive, where, `${p}.directive`),
      needs: stringList(e.needs, where, `${p}.needs`, false),
      addressee: flag(e.addressee, where, `${p}.addressee`),
      negatable: flag(e.negatable, where, `${p}.negatable`),
    };
  });
  const sources = ((o.sources as unknown[]) ?? []).map((s, i): CueSourceData => {
    if (typeof s !== 'object' || s === null) fail(where, `sources[${i}]`, 'must be an object with "tokens"');
    return { tokens: stringList((s as Record<string, unknown>).tokens, where, `sources[${i}].tokens`, true) };
  });
  return {
    verbs,
    sources,
    impersonal: stringList(o.impersonal, where, '"impersonal"', false),
    reportNouns: stringList(o.reportNouns, where, '"reportNouns"', false),
  };
}

/** Merges cue files (built-in first, then the user's) into lookup tables keyed by normalised form. */
export function buildLexicon(...parts: CueLexiconData[]): CueLexicon {
  const lex: CueLexicon = { verbs: new Map(), impersonal: new Set(), reportNouns: new Set(), sources: [] };
  for (const part of parts) {
    for (const v of part.verbs ?? []) {
      const base = {
        lemma: v.lemma,
        preps: (v.preps ?? []).map((p) => normalizeKey(p)),
        nominal: !!v.nominal,
        object: !!v.object,
        needsThat: !!v.needsThat,
        relay: !!v.relay || !!v.sourcePreps?.length,
        directive: !!v.directive,
        sourcePreps: v.sourcePreps?.length ? v.sourcePreps.map((p) => normalizeKey(p)) : ['عن'],
        sourceNext: !!v.sourcePreps?.length,
        needs: (v.needs ?? []).map((w) => normalizeKey(w)),
        addressee: !!v.addressee,
        negatable: !!v.negatable,
      };
      for (const f of v.forms) lex.verbs.set(normalizeKey(f.trim()), { ...base, participle: false });
      for (const f of v.participles ?? []) lex.verbs.set(normalizeKey(f.trim()), { ...base, participle: true });
    }
    for (const w of part.impersonal ?? []) lex.impersonal.add(normalizeKey(w));
    for (const w of part.reportNouns ?? []) lex.reportNouns.add(normalizeKey(w));
    for (const s of part.sources ?? []) lex.sources.push(s.tokens.map((t) => normalizeKey(t)));
  }
  return lex;
}
