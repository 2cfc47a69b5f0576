// Runs a set-up step with its output kept in a log file, so that a failing step can say why in
// one line (the first error line of its output) instead of only its exit code.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const errorLine = /\b(error|ERR!|fatal|No such file|not found|cannot|failed)\b/i;

/** The first line of `output` that reads like the cause of a failure (or the last line). */
export function firstErrorLine(output) {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => errorLine.test(l) && !/^npm (warn|notice)/i.test(l)) ?? lines.at(-1) ?? '(no output)';
}

/**
 * Runs `cmd args`; on failure throws an Error naming the step, its exit code, the first error line
 * and the log file holding the whole output. `logDir` defaults to the system's temporary folder.
 */
/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ label?: string, logDir?: string } & import('node:child_process').SpawnSyncOptions} [options]
 */
export function runLogged(cmd, args, { label = `${cmd} ${args.join(' ')}`, logDir = os.tmpdir(), ...options } = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
  if (r.status === 0) return output;
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `mizan-setup-${label.replace(/[^\w.-]+/g, '-').slice(0, 60)}.log`);
  fs.writeFileSync(logFile, output);
  throw new Error(`${label} failed (exit ${r.status ?? r.signal}): ${firstErrorLine(output)} (whole output: ${logFile})`);
}
