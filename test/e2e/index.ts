// Entry that VS Code calls with --extensionTestsPath (desktop) or the extensionTestsPath payload
// (code-server): runs every suite/*.test.js with mocha inside the extension host.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

// The launcher shows only lines with this mark: the workbench forwards every console message.
const MARK = '[mizan-e2e] ';
const say = (...args: unknown[]) => console.log(MARK + format(...args));

export function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    for (const l of format(...args).split('\n')) say(l);
  };
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 120_000 });
  // The launcher's --untrusted run (Workspace Trust on, folder not trusted) and its --installed run
  // (the packaged .vsix) have their own tests.
  const suites: Record<string, string> = { untrusted: 'untrusted', installed: 'installed' };
  const suiteDir = path.join(__dirname, suites[process.env.MIZAN_E2E_SUITE ?? ''] ?? 'suite');
  for (const f of fs
    .readdirSync(suiteDir)
    .filter((n) => n.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(suiteDir, f));
  // The launchers' own check that a failing assertion makes the whole run exit non-zero.
  if (process.env.MIZAN_E2E_INJECT_FAILURE) mocha.addFile(path.join(__dirname, 'injectedFailure.js'));
  if (process.env.MIZAN_E2E_GREP) mocha.grep(process.env.MIZAN_E2E_GREP);
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      // The launcher relays this line as the run's closing line.
      say(`e2e: ${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} end-to-end test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}
