// What a key does in the annotation view. Keys are read by their physical position (KeyboardEvent
// code), so that the stance letters and the movement keys are the same keys on an Arabic layout
// (f is ب there, yet KeyF); digits are also read as typed, Arabic-Indic ones included. Keys with
// Ctrl, Alt or Meta belong to VS Code (its Alt+M chords reach the same commands).
import type { StanceKey, ViewCommand } from './messages';

export interface KeyLike {
  key: string;
  code: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export type KeyAction =
  | { do: 'stance'; stance: string }
  | { do: 'move'; what: 'mark' | 'entity' | 'claim' | 'untagged'; dir: 1 | -1 }
  | { do: 'command'; command: ViewCommand }
  | { do: 'accept' }
  | { do: 'reject' }
  | { do: 'extend'; dir: 'left' | 'right'; by: 'character' | 'word' }
  | { do: 'clear' };

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

function digitOf(k: KeyLike): number | undefined {
  const m = /^(?:Digit|Numpad)([0-9])$/.exec(k.code);
  if (m) return Number(m[1]);
  for (const set of ['0123456789', ARABIC_DIGITS, PERSIAN_DIGITS]) {
    const i = set.indexOf(k.key);
    if (i >= 0 && k.key.length === 1) return i;
  }
  return undefined;
}

/** The letter a key sits under on a US layout (KeyF → f), whatever the layout types. */
function letterOf(k: KeyLike): string | undefined {
  const m = /^Key([A-Z])$/.exec(k.code);
  if (m) return m[1].toLowerCase();
  return /^[a-z]$/i.test(k.key) ? k.key.toLowerCase() : undefined;
}

/** Movement and correction keys; a stance letter configured on one of them wins over it. */
const LETTERS: Record<string, KeyAction | ((shift: boolean) => KeyAction)> = {
  e: (shift) => ({ do: 'move', what: 'entity', dir: shift ? -1 : 1 }),
  c: (shift) => ({ do: 'move', what: 'claim', dir: shift ? -1 : 1 }),
  u: (shift) => ({ do: 'move', what: 'untagged', dir: shift ? -1 : 1 }),
  r: { do: 'command', command: 'relabelEntity' },
  s: { do: 'command', command: 'tagStance' },
  z: { do: 'command', command: 'undo' },
};

export function keyAction(k: KeyLike, stances: readonly StanceKey[]): KeyAction | undefined {
  if (k.ctrlKey || k.altKey || k.metaKey) {
    if (k.ctrlKey && k.shiftKey && (k.key === 'ArrowLeft' || k.key === 'ArrowRight')) return { do: 'extend', dir: k.key === 'ArrowLeft' ? 'left' : 'right', by: 'word' };
    return undefined;
  }
  switch (k.key) {
    case 'Tab':
      return { do: 'move', what: 'mark', dir: k.shiftKey ? -1 : 1 };
    case 'Enter':
      return { do: 'accept' };
    case 'Delete':
    case 'Backspace':
      return { do: 'reject' };
    case 'Escape':
      return { do: 'clear' };
    case 'ArrowLeft':
    case 'ArrowRight':
      return k.shiftKey ? { do: 'extend', dir: k.key === 'ArrowLeft' ? 'left' : 'right', by: 'character' } : undefined;
  }
  const digit = digitOf(k);
  if (digit !== undefined) {
    const label = digit >= 1 ? stances[digit - 1] : undefined;
    return label ? { do: 'stance', stance: label.id } : undefined;
  }
  const letter = letterOf(k);
  if (!letter) return undefined;
  const label = stances.find((s) => s.key === letter);
  if (label && !k.shiftKey) return { do: 'stance', stance: label.id };
  const action = LETTERS[letter];
  return typeof action === 'function' ? action(!!k.shiftKey) : action;
}

/** Alt+M starts one of VS Code's chords: the key after it is the chord's, not the view's. */
export function startsChord(k: KeyLike): boolean {
  return !!k.altKey && !k.ctrlKey && !k.metaKey && k.code === 'KeyM';
}
