// Custom messages between the client and the server, declared once and imported by both sides.
// Plain method names and payload types only: neither side's LSP library is imported here.
// Positions and ranges are LSP's (zero-based line, UTF-16 character).

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** Server → client: the server is up and which engine parts loaded (logged, and used by tests). */
export const ServerReady = 'mizan/ready';
export interface ServerReadyParams { version: string; model: boolean }

/** Server → client: claim spans to paint (semantic tokens cannot paint backgrounds). */
export const DecorationsNotification = 'mizan/decorations';
export interface ClaimDecoration { range: Range; stance?: string; status: 'suggested' | 'accepted' | 'rejected'; orphaned?: boolean }
export interface DecorationsParams { uri: string; version: number; claims: ClaimDecoration[] }

/** Server → client: the annotations of a document changed (status bar, Annotations view). */
export const AnnotationsChanged = 'mizan/annotationsChanged';
export interface Progress { tagged: number; total: number }
export interface AnnotationsChangedParams { uri: string; progress: Progress }

/** Server → client: a sidecar file could not be read or validated; annotating that article is paused. */
export const SidecarError = 'mizan/sidecarError';
export interface SidecarErrorParams { uri: string; sidecar: string; message: string }

/** Client → server: the annotated view of a document, for the Annotations view and navigation. */
export const AnnotationsRequest = 'mizan/annotations';
export interface AnnotationsRequestParams {
  uri: string;
  /** Also list rejected annotations (status 'rejected'); they are left out by default. */
  includeRejected?: boolean;
}
export interface AnnotationItem {
  id: string;
  kind: 'entity' | 'claim';
  range: Range;
  text: string;
  status: 'suggested' | 'accepted' | 'rejected';
  source: 'machine' | 'human';
  orphaned?: boolean;
  /** Entities: PER, LOC, ORG, MISC. */
  type?: string;
  /** Claims. */
  speaker?: string;
  cue?: string;
  stance?: string;
  target?: string;
}
export interface AnnotationsResult {
  uri: string;
  items: AnnotationItem[];
  progress: Progress;
  article?: { stance: string; target?: string };
  /** Set while annotating is paused because the sidecar is broken. */
  paused?: string;
  /** False in an untrusted workspace: highlights only, nothing is written. */
  writable: boolean;
}

/** Client → server: stop indexing the folder (the index keeps what is done; changes are indexed again as they come). */
export const IndexCancelRequest = 'mizan/indexCancel';
/** Client (tests, bench) → server: resolves once the workspace index has caught up; answers how many files it holds. */
export const IndexIdleRequest = 'mizan/indexIdle';
export interface IndexIdleResult {
  files: number;
  /** Since the server started: articles analysed, and articles taken unchanged from the stored index. */
  analysed: number;
  restored: number;
}

/** Client → server: the next / previous claim without a stance from a position (null when none). */
export const NextUntaggedRequest = 'mizan/nextUntagged';
export interface NextUntaggedParams { uri: string; position: Position; direction: 'next' | 'previous' }
/** The claim (wrapping around at the ends), or null when every claim has a stance. */
export type NextUntaggedResult = AnnotationItem | null;

/**
 * Commands the server executes (workspace/executeCommand); each takes one argument object and
 * answers { ok: true } or { ok: false, message }. The annotation state lives in the server.
 */
export const ServerCommands = {
  tagStance: 'mizan.server.tagStance',           // { uri, range, stance, target? }: claim at/with range (a selection becomes a claim)
  tagArticleStance: 'mizan.server.tagArticleStance', // { uri, stance, target? }
  setEntityStatus: 'mizan.server.setEntityStatus', // { uri, position, status: 'accepted' | 'rejected' }
  relabelEntity: 'mizan.server.relabelEntity',   // { uri, position, type }
  addEntity: 'mizan.server.addEntity',           // { uri, range, type }
  acceptAll: 'mizan.server.acceptAll',           // { uri, kind: 'entity' | 'claim' }
  setClaimStatus: 'mizan.server.setClaimStatus', // { uri, position, status: 'accepted' | 'rejected' }
  addClaim: 'mizan.server.addClaim',             // { uri, range }
  setSpeaker: 'mizan.server.setSpeaker',         // { uri, position, speakerRange }
  undo: 'mizan.server.undo',                     // { uri }
  startFresh: 'mizan.server.startFresh',         // { uri }: back up a broken sidecar and start a new one
} as const;
export interface CommandResult { ok: boolean; message?: string; id?: string }

/** Default stance labels; the client lets the user configure them (mizan.stance.labels). */
export interface StanceLabel { id: string; en: string; ar: string; key: string }
export const DEFAULT_STANCES: StanceLabel[] = [
  { id: 'favour', en: 'Favour', ar: 'تأييد', key: 'f' },
  { id: 'against', en: 'Against', ar: 'معارضة', key: 'a' },
  { id: 'neutral', en: 'Neutral', ar: 'محايد', key: 'n' },
];
