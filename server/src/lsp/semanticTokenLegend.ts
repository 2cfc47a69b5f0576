// The semantic token types and modifiers of Mizan, in legend order. package.json contributes the
// same ids (semanticTokenTypes, semanticTokenModifiers, semanticTokenScopes).
import type { EntityType } from '../core/types';

export const TOKEN_TYPES = ['entityPerson', 'entityLocation', 'entityOrganization', 'entityMisc', 'claimCue', 'claimSpeaker'] as const;
export const TOKEN_MODIFIERS = ['suggested', 'accepted', 'speaker'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

export const ENTITY_TOKEN: Record<EntityType, number> = { PER: 0, LOC: 1, ORG: 2, MISC: 3 };
export const CUE_TOKEN = 4;
export const SPEAKER_TOKEN = 5;
export const MOD_SUGGESTED = 1 << 0;
export const MOD_ACCEPTED = 1 << 1;
export const MOD_SPEAKER = 1 << 2;
