// The workspace index's progress in the editor: an LSP work-done progress that the client shows in
// VS Code's window progress (the status bar), cancellable (window/workDoneProgress/cancel, or the
// request IndexCancelRequest that the client's "Stop indexing the folder" command sends).
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { IndexProgress } from './indexer';

/** Fewer articles than this are indexed without a progress item (it would only flicker). */
const MIN_ARTICLES = 20;

export function indexProgress(connection: Connection, supported: () => boolean, cancel: () => void): (p: IndexProgress) => void {
  let reporter: WorkDoneProgressServerReporter | undefined;
  let starting = false;
  let latest: IndexProgress | undefined;
  const message = (p: IndexProgress) => `${p.done}/${p.total} articles${p.fromStorage ? ` (${p.fromStorage} unchanged since last time)` : ''}`;
  return (p) => {
    latest = p;
    if (p.done >= p.total) {
      reporter?.done();
      reporter = undefined;
      return;
    }
    if (reporter) {
      reporter.report(Math.floor((100 * p.done) / p.total), message(p));
      return;
    }
    if (starting || !supported() || p.total < MIN_ARTICLES) return;
    starting = true;
    void connection.window.createWorkDoneProgress().then(
      (r) => {
        starting = false;
        if (!latest || latest.done >= latest.total) {
          r.done();
          return;
        }
        reporter = r;
        r.begin('Mizan: indexing the folder', Math.floor((100 * latest.done) / latest.total), message(latest), true);
        r.token.onCancellationRequested(() => {
          cancel();
          r.done();
          if (reporter === r) reporter = undefined;
        });
      },
      () => {
        starting = false;
      },
    );
  };
}
