// Reads an article as the editor would see it: UTF-8 with or without BOM, CRLF or LF kept as is.
import * as fs from 'fs';

export class ArticleError extends Error {}

export function decodeArticle(bytes: Uint8Array, name: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new ArticleError(`${name}: not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(`${name}: not valid UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readArticle(file: string): string {
  return decodeArticle(fs.readFileSync(file), file);
}

/** Expands folders into their .txt files (sorted, recursive); plain files are kept as given. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const entries = fs.readdirSync(input, { recursive: true, encoding: 'utf8' }).sort();
      for (const e of entries) if (e.endsWith('.txt') && !e.split(/[\\/]/).some((p) => p.startsWith('.') || p === 'node_modules')) out.push(`${input.replace(/[\\/]$/, '')}/${e}`);
    } else {
      out.push(input);
    }
  }
  return out;
}
