// The semantic token types and modifiers of Mizan, in legend order: one type per entity type of
// the table (core/entityTypes.ts), then the claim parts. package.json contributes the same types,
// modifiers and scopes; manifestTokens() says exactly what, and a unit test holds the manifest to it.
import { ENTITY_TYPE_TABLE, type EntityTypeInfo } from '../core/entityTypes';

interface TokenTypeInfo {
  id: string;
  superType: string;
  scope: string;
  description: string;
}

const CLAIM_TOKEN_TYPES: readonly TokenTypeInfo[] = [
  { id: 'claimCue', superType: 'operator', scope: 'keyword.operator.new', description: 'The reporting word that introduces a claim (قال، أكد، وفقا ل)' },
  { id: 'claimSpeaker', superType: 'variable', scope: 'variable.other.readwrite', description: 'Who made a claim, when not a recognised entity' },
];

const TOKEN_MODIFIER_TABLE = [
  { id: 'suggested', description: 'Suggested by the machine, not yet decided' },
  { id: 'accepted', description: 'Accepted or added by the annotator' },
  { id: 'speaker', description: 'The entity is the speaker of a claim' },
] as const;

const tokenTypesOf = (table: readonly EntityTypeInfo[]): TokenTypeInfo[] => [...table.map((t) => ({ id: t.token, superType: t.superType, scope: t.scope, description: t.description })), ...CLAIM_TOKEN_TYPES];

export function legendFor(table: readonly EntityTypeInfo[] = ENTITY_TYPE_TABLE): { tokenTypes: string[]; tokenModifiers: string[] } {
  return { tokenTypes: tokenTypesOf(table).map((t) => t.id), tokenModifiers: TOKEN_MODIFIER_TABLE.map((m) => m.id) };
}

/** The manifest's semanticTokenTypes, semanticTokenModifiers and semanticTokenScopes for the table. */
export function manifestTokens(table: readonly EntityTypeInfo[] = ENTITY_TYPE_TABLE) {
  const types = tokenTypesOf(table);
  const scopes: Record<string, string[]> = Object.fromEntries(types.map((t) => [t.id, [t.scope]]));
  // Accepted entities read bold, so the annotator sees what is decided at a glance.
  for (const t of table) scopes[`${t.token}.accepted`] = [t.scope, 'markup.bold'];
  return {
    semanticTokenTypes: types.map(({ id, superType, description }) => ({ id, superType, description })),
    semanticTokenModifiers: TOKEN_MODIFIER_TABLE.map((m) => ({ ...m })),
    semanticTokenScopes: [{ language: 'mizan', scopes }],
  };
}

export const TOKEN_TYPES: readonly string[] = legendFor().tokenTypes;
export const TOKEN_MODIFIERS: readonly string[] = legendFor().tokenModifiers;

/** Legend index of each entity type's token. */
export const ENTITY_TOKEN: Readonly<Record<string, number>> = Object.fromEntries(ENTITY_TYPE_TABLE.map((t, i) => [t.id, i]));
export const CUE_TOKEN = TOKEN_TYPES.indexOf('claimCue');
export const SPEAKER_TOKEN = TOKEN_TYPES.indexOf('claimSpeaker');
export const MOD_SUGGESTED = 1 << TOKEN_MODIFIERS.indexOf('suggested');
export const MOD_ACCEPTED = 1 << TOKEN_MODIFIERS.indexOf('accepted');
export const MOD_SPEAKER = 1 << TOKEN_MODIFIERS.indexOf('speaker');
