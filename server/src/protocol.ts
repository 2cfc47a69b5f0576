// Mizan's contract between client and server, declared once and imported by both bundles: every
// custom request and notification as a typed RequestType/NotificationType (the way
// vscode-languageserver-protocol declares LSP's own), every server command with its argument
// object, and the initialization options. Neither side sends or handles a message by its name
// alone. Positions and ranges are LSP's (zero-based line, UTF-16 character).
/* eslint-disable @typescript-eslint/no-namespace -- messages are namespaces of method and type, as LSP declares its own (above) */
import { ExecuteCommandRequest, NotificationType, NotificationType0, RequestType, RequestType0, type Command, type ExecuteCommandParams, type Position, type Range } from 'vscode-languageserver-protocol';
import type { Format } from './core/formats/formatNames';

export type { Position, Range };
export { FORMATS as EXPORT_FORMATS, type Format } from './core/formats/formatNames';

/** What the client sends as initializationOptions (a function of trust, so a restart after trust is granted tells the server). */
export interface InitializationOptions {
  /** False in an untrusted workspace: the server shows highlights but writes nothing. */
  trusted: boolean;
  /** Who decisions are recorded as (mizan.author); the server falls back to the OS user name. */
  author?: string;
  /** The extension's workspace storage folder (context.storageUri), where the folder's index is kept between openings. */
  storageDir?: string;
}

/** Server → client: the server is up and which engine parts loaded (logged, and used by tests). */
export interface ServerReadyParams {
  version: string;
  model: boolean;
}
export namespace ServerReady {
  export const method = 'mizan/ready';
  export const type = new NotificationType<ServerReadyParams>(method);
}

/** Server → client: claim spans to paint (semantic tokens cannot paint backgrounds). */
export interface ClaimDecoration {
  range: Range;
  stance?: string;
  status: 'suggested' | 'accepted' | 'rejected';
  orphaned?: boolean;
}
/** A machine suggestion or a human decision (rejected ones are not drawn in the text editor). */
export type MarkStatus = 'suggested' | 'accepted';
/** An entity mention, by type (an id of the entity type table). */
export interface EntityMark {
  range: Range;
  type: string;
  status: MarkStatus;
}
/** A claim's cue (its reporting word) or its speaker, whether or not the speaker is an entity. */
export interface ClaimPartMark {
  range: Range;
  status: MarkStatus;
}
/**
 * Everything Mizan marks in an article, for the client to draw over the text. VS Code puts every
 * span boundary inside a line in its own bidi isolate, which reorders Arabic, so the text editor
 * gets these as overlay decorations (background and border only), never as semantic tokens.
 */
export interface DecorationsParams {
  uri: string;
  version: number;
  claims: ClaimDecoration[];
  entities: EntityMark[];
  cues: ClaimPartMark[];
  speakers: ClaimPartMark[];
}
export namespace DecorationsNotification {
  export const method = 'mizan/decorations';
  export const type = new NotificationType<DecorationsParams>(method);
}

/** Server → client: the annotations of a document changed (status bar, Annotations view). */
export interface Progress {
  tagged: number;
  total: number;
}
export interface AnnotationsChangedParams {
  uri: string;
  progress: Progress;
}
export namespace AnnotationsChanged {
  export const method = 'mizan/annotationsChanged';
  export const type = new NotificationType<AnnotationsChangedParams>(method);
}

/** Client → server: claims tagged in each article of the folder and in all (the Annotations view's folder row). */
export interface ArticleProgress extends Progress {
  uri: string;
}
export interface FolderProgressResult extends Progress {
  articles: ArticleProgress[];
  /** Articles whose sidecar could not be read: their claims are not counted. */
  unreadable: number;
  /** Articles whose claims are still being counted (in the background; FolderChanged follows): not in `articles` yet. */
  counting: number;
}
export namespace FolderProgressRequest {
  export const method = 'mizan/folderProgress';
  export const type = new RequestType0<FolderProgressResult, void>(method);
}

/** Server → client: articles of the folder were indexed or removed: its progress may have changed. */
export namespace FolderChanged {
  export const method = 'mizan/folderChanged';
  export const type = new NotificationType0(method);
}

/** Server → client: a sidecar file could not be read or validated; annotating that article is paused. */
export interface SidecarErrorParams {
  uri: string;
  sidecar: string;
  message: string;
}
export namespace SidecarError {
  export const method = 'mizan/sidecarError';
  export const type = new NotificationType<SidecarErrorParams>(method);
}

/** Client → server: the annotated view of a document, for the Annotations view and navigation (null when the document is not open). */
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
  /** Entities: one of the entity types (core/entityTypes.ts). */
  type?: string;
  /** Entities: the entity's canonical name, the same for every mention of it in the article. */
  entity?: string;
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
export namespace AnnotationsRequest {
  export const method = 'mizan/annotations';
  export const type = new RequestType<AnnotationsRequestParams, AnnotationsResult | null, void>(method);
}

/** Client → server: stop indexing the folder (the index keeps what is done; changes are indexed again as they come). */
export namespace IndexCancelRequest {
  export const method = 'mizan/indexCancel';
  export const type = new RequestType0<void, void>(method);
}

/** Client (tests, bench) → server: resolves once the workspace index has caught up; answers how many files it holds. */
export interface IndexIdleResult {
  files: number;
  /** Since the server started: articles analysed, and articles taken unchanged from the stored index. */
  analysed: number;
  restored: number;
}
export namespace IndexIdleRequest {
  export const method = 'mizan/indexIdle';
  export const type = new RequestType0<IndexIdleResult, void>(method);
}

/** Client → server: the next / previous claim without a stance from a position, wrapping around at the ends; null when every claim has a stance. */
export interface NextUntaggedParams {
  uri: string;
  position: Position;
  direction: 'next' | 'previous';
}
export type NextUntaggedResult = AnnotationItem | null;
export namespace NextUntaggedRequest {
  export const method = 'mizan/nextUntagged';
  export const type = new RequestType<NextUntaggedParams, NextUntaggedResult, void>(method);
}

/**
 * Client → server: export the annotations of one article, or of every article under a folder, in
 * one of the export formats (core/formats); the server writes the files into `destination` (a
 * folder's file: URI) and answers what it wrote. Articles open in the editor are exported as they
 * are there, the others from disk.
 */
export interface ExportParams {
  /** file: URI of the article, or of the folder (scope 'folder'). */
  uri: string;
  scope: 'article' | 'folder';
  format: Format;
  /** Leave out the machine's unchecked suggestions. */
  acceptedOnly: boolean;
  destination: string;
  /** Echoed in ExportProgress notifications. */
  progressId?: string;
}
export interface ExportResult {
  ok: boolean;
  message?: string;
  /** file: URIs of the files written. */
  files: string[];
  articles: number;
  /** Articles skipped (a broken sidecar, unreadable text), with why. */
  failed: { uri: string; message: string }[];
  /** What the offsets of this format count. */
  offsets: string;
}
export namespace ExportRequest {
  export const method = 'mizan/export';
  export const type = new RequestType<ExportParams, ExportResult, void>(method);
}

/** Server → client: one more article of an export read (for the progress of a folder export). */
export interface ExportProgressParams {
  id: string;
  done: number;
  total: number;
  file: string;
}
export namespace ExportProgress {
  export const method = 'mizan/exportProgress';
  export const type = new NotificationType<ExportProgressParams>(method);
}

/** Client → server: annotations made elsewhere added to an open article's decisions (see mizan import). */
export interface ImportParams {
  /** The open article. */
  uri: string;
  /** file: URI of the annotations file. */
  source: string;
  /** json, jsonl, brat, conll or w3c; by the file's extension when absent. */
  format?: string;
  as: 'accepted' | 'suggested';
  /** Foreign type → Mizan entity type. */
  map?: Record<string, string>;
}
export interface ImportResult {
  ok: boolean;
  message?: string;
  imported: number;
}
export namespace ImportRequest {
  export const method = 'mizan/import';
  export const type = new RequestType<ImportParams, ImportResult, void>(method);
}

/** Client → server: agreement between the annotators whose copies of the same articles are in these folders (see mizan agree). */
export interface AgreeParams {
  folders: string[];
}
export interface AgreementPlace {
  uri: string;
  range: Range;
  what: string;
  text: string;
}
export interface AgreeResult {
  ok: boolean;
  message?: string;
  /** The report as `mizan agree` prints it. */
  report: string;
  /** Each disagreement at its place in the second annotator's copy. */
  disagreements: AgreementPlace[];
}
export namespace AgreeRequest {
  export const method = 'mizan/agree';
  export const type = new RequestType<AgreeParams, AgreeResult, void>(method);
}

/**
 * The argument object of each server command (workspace/executeCommand takes it as its one
 * argument). The annotation state lives in the server; these are the only ways to change it.
 */
export interface ServerCommandArgs {
  /** The claim at (or, for a selection, made from) the range gets the stance. */
  tagStance: { uri: string; range: Range; stance: string; target?: string };
  tagArticleStance: { uri: string; stance?: string; target?: string };
  setEntityStatus: { uri: string; position: Position; status: 'accepted' | 'rejected' };
  /** type: an entity type id (core/entityTypes.ts). */
  relabelEntity: { uri: string; position: Position; type: string };
  addEntity: { uri: string; range: Range; type: string };
  acceptAll: { uri: string; kind: 'entity' | 'claim' };
  setClaimStatus: { uri: string; position: Position; status: 'accepted' | 'rejected' };
  addClaim: { uri: string; range: Range };
  setSpeaker: { uri: string; position: Position; speakerRange: Range };
  undo: { uri: string };
  /** Backs up a broken sidecar and starts a new one. */
  startFresh: { uri: string };
}
export type ServerCommand = keyof ServerCommandArgs;

/** The command ids the server registers (executeCommandProvider), by short name. */
export const ServerCommands: { readonly [C in ServerCommand]: `mizan.server.${C}` } = {
  tagStance: 'mizan.server.tagStance',
  tagArticleStance: 'mizan.server.tagArticleStance',
  setEntityStatus: 'mizan.server.setEntityStatus',
  relabelEntity: 'mizan.server.relabelEntity',
  addEntity: 'mizan.server.addEntity',
  acceptAll: 'mizan.server.acceptAll',
  setClaimStatus: 'mizan.server.setClaimStatus',
  addClaim: 'mizan.server.addClaim',
  setSpeaker: 'mizan.server.setSpeaker',
  undo: 'mizan.server.undo',
  startFresh: 'mizan.server.startFresh',
};

/** Every server command answers this (null only from a server that does not know the command). */
export interface CommandResult {
  ok: boolean;
  message?: string;
  id?: string;
}

/** workspace/executeCommand typed by its answer. */
export const ExecuteServerCommand = new RequestType<ExecuteCommandParams, CommandResult | null, void>(ExecuteCommandRequest.method);

/** The executeCommand params of a server command: the command's id and its one argument object. */
export function commandParams<C extends ServerCommand>(command: C, args: ServerCommandArgs[C]): ExecuteCommandParams {
  return { command: ServerCommands[command], arguments: [args] };
}

/** An LSP Command (code actions) that runs a server command. */
export function serverCommand<C extends ServerCommand>(title: string, command: C, args: ServerCommandArgs[C]): Command {
  return { title, ...commandParams(command, args) };
}

/** The short name of a server command id, undefined for an id that is not Mizan's. */
export function serverCommandOf(id: string): ServerCommand | undefined {
  return (Object.keys(ServerCommands) as ServerCommand[]).find((c) => ServerCommands[c] === id);
}
