// The client's command ids, declared once: package.json contributes the same ids (a unit test
// checks both lists agree), and end-to-end tests call them by these names.
export const Commands = {
  tagStance: 'mizan.tagStance',
  tagArticleStance: 'mizan.tagArticleStance',
  acceptEntity: 'mizan.acceptEntity',
  rejectEntity: 'mizan.rejectEntity',
  relabelEntity: 'mizan.relabelEntity',
  markEntity: 'mizan.markEntity',
  acceptAllEntities: 'mizan.acceptAllEntities',
  acceptClaim: 'mizan.acceptClaim',
  rejectClaim: 'mizan.rejectClaim',
  markClaim: 'mizan.markClaim',
  setSpeaker: 'mizan.setSpeaker',
  acceptAllClaims: 'mizan.acceptAllClaims',
  nextUntagged: 'mizan.nextUntagged',
  previousUntagged: 'mizan.previousUntagged',
  undo: 'mizan.undo',
  startFresh: 'mizan.startFresh',
  refreshAnnotations: 'mizan.refreshAnnotations',
  revealSpan: 'mizan.revealSpan',
  exportAnnotations: 'mizan.exportAnnotations',
  importAnnotations: 'mizan.importAnnotations',
  compareAnnotators: 'mizan.compareAnnotators',
  stopIndexing: 'mizan.stopIndexing',
  viewAccept: 'mizan.view.accept',
  viewReject: 'mizan.view.reject',
  viewRelabel: 'mizan.view.relabel',
  viewTagStance: 'mizan.view.tagStance',
} as const;

/**
 * Not in the manifest (no palette entry): what the status bar and the Annotations view show right
 * now, as plain data, so that end-to-end tests can check them in real VS Code.
 */
export const InternalCommands = {
  statusBar: 'mizan.internal.statusBar',
  annotationsTree: 'mizan.internal.annotationsTree',
  /** The folder's row of the Annotations view (tests read it). */
  folderTree: 'mizan.internal.folderTree',
} as const;

export const AnnotationsViewId = 'mizan.annotations';
export const StatusBarId = 'mizan.progress';
/** Context key set once a Mizan article has been open: shows the Annotations view. */
export const HasArticleContext = 'mizan.hasArticle';
