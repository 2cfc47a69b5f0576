// The entity types an annotator may use, one row each. Everything that lists types follows this
// table: the sidecar schema's enum, the semantic-token legend, the text editor's marks and their colours and the manifest's token types and
// scopes (a unit test checks package.json against it), the outline's groups, hovers, the client's
// pick and Annotations view, brat's annotation.conf and the CoNLL tags. Adding a type is one row
// here (and its l10n strings); the model only learns it by retraining on data that has it (its
// own tag set is MODEL_TYPES in entities/tags.ts).

export interface EntityTypeInfo {
  /** Stored in sidecars and exports. */
  id: string;
  /** The one letter that picks it in the client's type list (not a digit: digits pick by position). */
  key: string;
  /** Its name in hovers, code-action titles and diagnostics. */
  name: string;
  /** The same name for an Arabic display language. */
  ar: string;
  /** Its description in the client's type pick (an l10n bundle key). */
  pick: string;
  /** Its group in the outline. */
  group: string;
  /** The same group for an Arabic display language. */
  arGroup: string;
  /** The LSP SymbolKind of its outline entries and workspace symbols, by name. */
  symbol: 'Constructor' | 'Namespace' | 'Class' | 'Constant' | 'Event' | 'Struct' | 'Object';
  /** Semantic token type (legend and manifest). */
  token: string;
  /** The standard token type themes fall back to. */
  superType: string;
  /** TextMate scope for themes without semantic colours. */
  scope: string;
  /** Manifest description of the token type. */
  description: string;
  /** Its mark in the text editor (#rrggbb), for light and for dark themes (contributes.colors). */
  colour: { light: string; dark: string };
}

export const ENTITY_TYPE_TABLE = [
  {
    id: 'PER',
    key: 'p',
    name: 'Person',
    ar: 'شخص',
    pick: 'Person',
    group: 'People',
    arGroup: 'الأشخاص',
    symbol: 'Constructor',
    token: 'entityPerson',
    superType: 'function',
    scope: 'entity.name.function',
    description: 'A person named in the article (PER)',
    colour: { light: '#0b63c9', dark: '#58a6ff' },
  },
  {
    id: 'LOC',
    key: 'l',
    name: 'Place',
    ar: 'مكان',
    pick: 'Place',
    group: 'Places',
    arGroup: 'الأماكن',
    symbol: 'Namespace',
    token: 'entityLocation',
    superType: 'type',
    scope: 'entity.name.type.class',
    description: 'A place named in the article (LOC)',
    colour: { light: '#1a7f37', dark: '#3fb950' },
  },
  {
    id: 'ORG',
    key: 'o',
    name: 'Organisation',
    ar: 'منظمة',
    pick: 'Organisation',
    group: 'Organisations',
    arGroup: 'المنظمات',
    symbol: 'Class',
    token: 'entityOrganization',
    superType: 'keyword',
    scope: 'keyword.control',
    description: 'An organisation named in the article (ORG)',
    colour: { light: '#8250df', dark: '#bc8cff' },
  },
  {
    id: 'MISC',
    key: 'm',
    name: 'Other name',
    ar: 'اسم آخر',
    pick: 'Other (event, product, …)',
    group: 'Other names',
    arGroup: 'أسماء أخرى',
    symbol: 'Constant',
    token: 'entityMisc',
    superType: 'string',
    scope: 'constant.numeric',
    description: 'Another kind of name: event, product, treaty (MISC)',
    colour: { light: '#0e7c86', dark: '#39c5cf' },
  },
] as const satisfies readonly EntityTypeInfo[];

export type EntityType = (typeof ENTITY_TYPE_TABLE)[number]['id'];

/** The type ids in table order (the order of the legend, the outline and every list). */
export const ENTITY_TYPES: readonly EntityType[] = ENTITY_TYPE_TABLE.map((t) => t.id);

export function isEntityType(id: unknown): id is EntityType {
  return (ENTITY_TYPES as readonly unknown[]).includes(id);
}

/** A type's row, undefined for an id the table does not have. */
export function entityTypeInfo(id: string, table: readonly EntityTypeInfo[] = ENTITY_TYPE_TABLE): EntityTypeInfo | undefined {
  return table.find((t) => t.id === id);
}
