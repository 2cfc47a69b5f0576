// Reads --jsonl input: one {"id": …, "text": "…"} object a line, from a stream, a line at a time
// and only as fast as it is consumed (async iteration pulls the next chunk when asked), so memory
// stays bounded whatever the length of the input. A bad line is a record with its error.
import { StringDecoder } from 'string_decoder';

export type JsonlRecord = { line: number; source: string; bytes: number; id: unknown } & ({ text: string } | { error: string });

function parseRecord(line: string, n: number, source: string): JsonlRecord {
  const bytes = Buffer.byteLength(line);
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    return { line: n, source, bytes, id: null, error: `${source}:${n}: not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { line: n, source, bytes, id: null, error: `${source}:${n}: expected an object {"id": …, "text": "…"}` };
  const { id, text } = v as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { line: n, source, bytes, id: id ?? null, error: `${source}:${n}: "text" must be a string, got ${text === undefined ? 'none' : typeof text}` };
  return { line: n, source, bytes, id: id ?? null, text };
}

/** Every non-blank line of `stream` as a record; `source` names the input in error messages. */
export async function* jsonlRecords(stream: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<JsonlRecord> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let n = 0;
  for await (const chunk of stream) {
    // Only the new text is searched for a line end: a line of megabytes comes in many chunks.
    const scan = rest.length;
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let nl = rest.indexOf('\n', scan);
    let from = 0;
    while (nl >= 0) {
      n++;
      const line = rest.slice(from, nl);
      if (line.trim()) yield parseRecord(line, n, source);
      from = nl + 1;
      nl = rest.indexOf('\n', from);
    }
    rest = rest.slice(from);
  }
  rest += decoder.end();
  if (rest.trim()) yield parseRecord(rest, n + 1, source);
}
