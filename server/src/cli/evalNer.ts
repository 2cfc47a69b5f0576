// Placeholder: filled in by the Ner issue.
export function runEvalNer(_args: string[]): number {
  process.stderr.write('mizan eval: not implemented yet\n');
  return 2;
}
