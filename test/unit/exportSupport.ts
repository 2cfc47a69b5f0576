// One sample as every export receives it: emoji and a flag before the article (so that code
// points and UTF-16 units differ), the gold as the machine's suggestions, and one claim decided.
import { pathToFileURL } from 'url';
import * as path from 'path';
import { analyzeBase } from '../../server/src/core/analyze';
import type { AnnotatedDocument } from '../../server/src/core/annotate/model';
import { mergeDecisions } from '../../server/src/core/annotate/merge';
import { anchorOf } from '../../server/src/core/annotate/quote';
import type { ExportInput } from '../../server/src/core/formats/exportInput';
import { suggestionsOf } from './annotateSupport';
import { readSample } from './anchorSupport';
import { SAMPLES_DIR } from '../support/samples';

export const HEAD = '🇸🇦 عاجل 📰: ';

function shifted(view: AnnotatedDocument, by: number): AnnotatedDocument {
  const move = <T extends { start: number; end: number; speaker?: { start: number; end: number } }>(a: T): T => ({
    ...a,
    start: a.start + by,
    end: a.end + by,
    ...(a.speaker ? { speaker: { start: a.speaker.start + by, end: a.speaker.end + by } } : {}),
  });
  return { entities: view.entities.map(move), claims: view.claims.map(move) };
}

export function inputOf(name: string): ExportInput {
  const text = HEAD + readSample(name);
  const base = analyzeBase(text);
  const machine = shifted(suggestionsOf(name), HEAD.length);
  const c = machine.claims[0];
  const decisions = {
    records: [
      {
        kind: 'claim' as const,
        id: 'c-1',
        ...anchorOf(text, c),
        claimKind: c.claimKind,
        status: 'accepted' as const,
        source: 'machine' as const,
        stance: 'against',
        target: 'التحالف، "الروسي" الإيراني',
        history: [{ action: 'stance', author: 'ali', time: '2026-01-01T00:00:00.000Z' }],
      },
    ],
  };
  const uri = pathToFileURL(path.join(SAMPLES_DIR, name)).href;
  return { file: name, uri, text, view: mergeDecisions(machine, decisions), tokens: base.tokens, sentences: base.sentences, decisions };
}

export const codePointSlice = (text: string, start: number, end: number): string => [...text].slice(start, end).join('');
