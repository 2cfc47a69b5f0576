// The `mizan` command line: the same engine as the language server, over files and folders.
import { runAnalyze } from './cli/analyzeCommand';
import { runEval } from './cli/evalCommand';
import { runExport } from './cli/exportCommand';

const COMMANDS: Record<string, { run: (args: string[]) => number | Promise<number>; help: string }> = {
  analyze: { run: runAnalyze, help: 'analyze <files or folders> [--json]   tokens, sentences, quotations, entities, claims' },
  eval: { run: runEval, help: 'eval ner <file> | eval ner --gold <folder> | eval claims <gold folder>' },
  export: { run: runExport, help: 'export <files or folders> --format json|jsonl|docs|labelstudio|csv|xlsx|brat|conll|w3c [--out dir] [--accepted]   annotations in other tools\' formats' },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`usage: mizan <command> …\n${Object.values(COMMANDS).map((c) => `  mizan ${c.help}`).join('\n')}\n`);
    return name && name !== '--help' ? 2 : 0;
  }
  return command.run(rest);
}

// A closed pipe (mizan analyze … | head) is a normal way to stop reading, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); throw err; });

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`mizan: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
