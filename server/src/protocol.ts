// Custom messages between the client and the server, declared once and imported by both sides.
// Plain method names and payload types only: neither side's LSP library is imported here.

/** Server → client: the server is up and which engine parts loaded (logged, and used by tests). */
export const ServerReady = 'mizan/ready';
export interface ServerReadyParams {
  version: string;
  model: boolean;
}
