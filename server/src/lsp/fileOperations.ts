// Renames and deletes of articles, as the editor reports them (workspace/didRenameFiles and
// didDeleteFiles: the language client forwards them when the server declares these filters, no
// client code needed). A renamed article's sidecar is moved with it; a deleted one's is kept, and
// the annotator told where it is. Renames made outside the editor are caught on open
// (AnnotationManager.adopt).
import * as fs from 'fs';
import * as path from 'path';
import type { ServerCapabilities } from 'vscode-languageserver/node';
import { decisionCount, moveSidecar } from '../store/sidecarMoves';
import { sidecarPath } from '../store/sidecarStore';
import type { AnnotationService } from './annotations';
import type { ServerContext } from './context';
import { fileOf } from './services';
import { t, type MessageId } from '../messages';

const FILES = { filters: [{ scheme: 'file', pattern: { glob: '**/*', matches: 'file' as const } }] };

export const fileOperationCapabilities: ServerCapabilities = {
  workspace: { fileOperations: { didRename: FILES, didDelete: FILES } },
};

export function registerFileOperations(ctx: ServerContext, service: AnnotationService): void {
  const { connection, documents } = ctx;
  // The log stays in English (for bug reports); the message is in the display language.
  const warn = (id: MessageId, ...args: Array<string | number>) => {
    connection.console.warn(t(undefined, 'window.mizan', t(undefined, id, ...args)));
    void connection.window.showWarningMessage(t(ctx.locale(), 'window.mizan', t(ctx.locale(), id, ...args)));
  };

  connection.workspace.onDidRenameFiles(async ({ files }) => {
    for (const { oldUri, newUri } of files) {
      const from = fileOf(oldUri);
      const to = fileOf(newUri);
      if (!from || !to) continue;
      if (!service.manager.writable) {
        if (fs.existsSync(sidecarPath(from))) warn('file.renamedUntrusted', path.basename(from), sidecarPath(from));
        continue;
      }
      let moved;
      try {
        moved = await moveSidecar(from, to);
      } catch (err) {
        warn('file.renameFailed', path.basename(from), err instanceof Error ? err.message : String(err), sidecarPath(from));
        continue;
      }
      if (moved.kind === 'kept') warn('file.renameKept', path.basename(from), path.basename(to), moved.from);
      if (moved.kind === 'moved') connection.console.log(`Mizan: annotations moved with the article: ${moved.from} → ${moved.to}`);
      if (moved.kind === 'moved' && documents.get(newUri)) {
        const changed = await service.manager.rereadQueued(newUri, () => documents.get(newUri)?.getText());
        if (changed) service.changed(newUri);
      }
    }
  });

  connection.workspace.onDidDeleteFiles(({ files }) => {
    for (const { uri } of files) {
      const file = fileOf(uri);
      if (!file || !fs.existsSync(sidecarPath(file))) continue;
      const count = decisionCount(sidecarPath(file));
      if (count === undefined) warn('file.deleted', path.basename(file), sidecarPath(file));
      else warn(count === 1 ? 'file.deletedOne' : 'file.deletedMany', path.basename(file), count, sidecarPath(file));
    }
  });
}
