// Checks the one argument object of a server command, so that a malformed call gets a clear answer
// instead of an exception deep inside.
import type { Position, Range } from '../protocol';

export class BadArgs extends Error {}

function isPosition(p: unknown): p is Position {
  const o = p as Position | null;
  return !!o && Number.isInteger(o.line) && Number.isInteger(o.character) && o.line >= 0 && o.character >= 0;
}

function isRange(r: unknown): r is Range {
  const o = r as Range | null;
  return !!o && isPosition(o.start) && isPosition(o.end);
}

export class Args {
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly command: string,
  ) {}

  static of(value: unknown, command: string): Args {
    if (!value || typeof value !== 'object') throw new BadArgs(`${command} expects one argument object`);
    return new Args(value as Record<string, unknown>, command);
  }

  string(key: string): string {
    const v = this.raw[key];
    if (typeof v !== 'string' || !v) throw new BadArgs(`${this.command}: "${key}" must be a non-empty string`);
    return v;
  }

  optionalString(key: string): string | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') throw new BadArgs(`${this.command}: "${key}" must be a string`);
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const v = this.raw[key];
    if (!values.includes(v as T)) throw new BadArgs(`${this.command}: "${key}" must be one of ${values.join(', ')}`);
    return v as T;
  }

  position(key: string): Position {
    const v = this.raw[key];
    if (!isPosition(v)) throw new BadArgs(`${this.command}: "${key}" must be a position { line, character }`);
    return v;
  }

  range(key: string): Range {
    const v = this.raw[key];
    if (!isRange(v)) throw new BadArgs(`${this.command}: "${key}" must be a range { start, end }`);
    return v;
  }
}
