// Placeholder: filled in by the Claims issue.
export function runEvalClaims(_args: string[]): number {
  process.stderr.write('mizan eval: not implemented yet\n');
  return 2;
}
