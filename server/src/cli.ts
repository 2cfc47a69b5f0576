// The `mizan` command line: the same engine as the language server, over files and folders.
import { isMainThread, workerData } from 'worker_threads';
import { runAgree } from './cli/agreeCommand';
import { runAnalyze } from './cli/analyzeCommand';
import { runEval } from './cli/evalCommand';
import { runExport } from './cli/exportCommand';
import { runImport } from './cli/importCommand';
import { startBigWorker, startWorker } from './cli/worker';

const COMMANDS: Record<string, { run: (args: string[]) => number | Promise<number>; help: string }> = {
  agree: { run: runAgree, help: "agree <folder of annotator 1> <folder of annotator 2> … [--json]   agreement between annotators (F1, Cohen's κ, Krippendorff's α) and their disagreements" },
  analyze: { run: runAnalyze, help: 'analyze <files or folders> [--json] [--jobs N] | analyze --jsonl [inputs or -]   tokens, sentences, quotations, entities, claims' },
  eval: { run: runEval, help: 'eval ner <file> | eval ner --gold <folder> | eval claims <gold folder>' },
  import: { run: runImport, help: 'import <article.txt> <annotations file> [--format json|jsonl|brat|conll|w3c] [--as accepted|suggested] [--map THEIRS=OURS,…]   annotations made elsewhere into the sidecar' },
  export: { run: runExport, help: "export <files or folders> --format json|jsonl|docs|labelstudio|csv|xlsx|brat|conll|w3c [--out dir] [--accepted] [--jobs N]   annotations in other tools' formats" },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(
      `usage: mizan <command> …\n${Object.values(COMMANDS)
        .map((c) => `  mizan ${c.help}`)
        .join('\n')}\n`,
    );
    return name && name !== '--help' ? 2 : 0;
  }
  return command.run(rest);
}

// The CLI's worker threads run this same file (see cli/pool.ts).
const role = isMainThread ? undefined : (workerData as { mizanWorker?: boolean | 'big' } | null)?.mizanWorker;
if (role === 'big') {
  startBigWorker();
} else if (role) {
  startWorker();
} else {
  // A closed pipe (mizan analyze … | head) is a normal way to stop reading, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`mizan: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
