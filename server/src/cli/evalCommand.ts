// `mizan eval ner …` and `mizan eval claims …`: dispatch to the evaluation of each layer.
import { runEvalNer } from './evalNer';
import { runEvalClaims } from './evalClaims';

export function runEval(args: string[]): number | Promise<number> {
  const [what, ...rest] = args;
  if (what === 'ner') return runEvalNer(rest);
  if (what === 'claims') return runEvalClaims(rest);
  process.stderr.write('usage: mizan eval ner <file> | mizan eval ner --gold <folder> | mizan eval claims <gold folder>\n');
  return 2;
}
