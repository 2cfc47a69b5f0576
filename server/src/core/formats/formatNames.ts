// The export formats by name, apart from their writers, so that the client (which must not bundle
// the writers) offers exactly the formats the server writes.
export const FORMATS = ['json', 'jsonl', 'docs', 'labelstudio', 'csv', 'xlsx', 'brat', 'conll', 'w3c'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(name: unknown): name is Format {
  return (FORMATS as readonly unknown[]).includes(name);
}
