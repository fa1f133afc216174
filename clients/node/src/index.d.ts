// clients/node/src/index.d.ts
//
// Types of the Node client for TypeScript callers, written by hand from
// proto/schemaservice/v1/schema_service.proto: field names in camelCase, enums as their
// names, int64 as number, Timestamp as Date (null when unset). Messages not spelled out
// here (Change, Statement, Hazard, BackupInfo, Event, ...) are typed loosely as Message.
import type { Metadata } from '@grpc/grpc-js';

export const PROTO_DIR: string;
export const DEFAULT_DEADLINE_MS: number;
export const DEFAULT_STREAM_DEADLINE_MS: number;
/** The longest deadline a call takes: 86 400 000 ms (a day). */
export const MAX_DEADLINE_MS: number;

/** A proto message as the client returns it (camelCase keys). */
export type Message = { [field: string]: any };

export class SchemaServiceError extends Error {
  /** The gRPC code's name: "NOT_FOUND", "FAILED_PRECONDITION", "UNAVAILABLE", ... */
  code: string;
  /** The server's message: what to do next. */
  message: string;
  grpcCode?: number;
  /** The RPC that failed, e.g. "Apply". */
  method?: string;
  metadata?: Metadata;
}

/** A local problem before any call (an unreadable TLS file, a malformed token). */
export class ClientConfigError extends Error {}

export interface ClientOptions {
  /** host:port; default 127.0.0.1:50051. */
  server?: string;
  /** The default project of every request. */
  project?: string;
  /** Sent as `authorization: Bearer TOKEN`. */
  token?: string;
  /** CA of the server's certificate: a file path or the PEM. Turns TLS on. */
  tlsCa?: string | Buffer;
  /** Client certificate and key for mutual TLS: file paths or the PEM. */
  tlsCert?: string | Buffer;
  tlsKey?: string | Buffer;
  /** The name to check the server's certificate against, when it differs from `server`. */
  tlsServerName?: string;
  /** Deadline of unary calls in ms; default 30 000. More than 0 and at most MAX_DEADLINE_MS,
   *  else the constructor throws RangeError (TypeError when not a number). */
  deadlineMs?: number;
  /** Deadline of streaming calls in ms; default 3 600 000; the same bounds. */
  streamDeadlineMs?: number;
  /** The default request id of mutating calls (recorded in the event log). */
  requestId?: string;
}

export interface CallOptions {
  /** This call's deadline in ms, bounded as ClientOptions.deadlineMs: out of bounds the
   *  call rejects (or the stream throws) RangeError/TypeError before anything is sent. */
  deadlineMs?: number;
  /** Aborting cancels the call (a stream stops the server between statements). */
  signal?: AbortSignal;
}

export type Phase = 'PHASE_UNSPECIFIED' | 'PHASE_VALIDATING' | 'PHASE_WAITING_FOR_LOCK' |
  'PHASE_BACKING_UP' | 'PHASE_APPLYING' | 'PHASE_VERIFYING' | 'PHASE_RESTORING' |
  'PHASE_DONE';

export type MigrationState = 'MIGRATION_STATE_UNSPECIFIED' | 'MIGRATION_STATE_PENDING' |
  'MIGRATION_STATE_APPLIED' | 'MIGRATION_STATE_FAILED' | 'MIGRATION_STATE_RUNNING' |
  'MIGRATION_STATE_ROLLED_BACK' | 'MIGRATION_STATE_TAMPERED' | 'MIGRATION_STATE_MISSING';

export interface Summary {
  /** Versions applied or rolled back, in the order it happened. */
  versions: string[];
  backupId: string;
  durationMs: number;
  message: string;
  statements: Message[];
  schemaHash: string;
  applied: boolean;
  backup: Message | null;
  database: string;
}

export interface Progress {
  phase: Phase;
  step: number;
  totalSteps: number;
  version: string;
  statementIndex: number;
  statementCount: number;
  bytesDone: number;
  bytesTotal: number;
  message: string;
  at: Date | null;
  /** Set on the last event of a successful stream only. */
  summary: Summary | null;
}

export interface HistoryEntry {
  version: string;
  message: string;
  state: MigrationState;
  checksum: string;
  appliedBy: string;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number;
  error: string;
  fileChecksum: string;
}

export interface EnvironmentHistory {
  environment: string;
  entries: HistoryEntry[];
  events: Message[];
  currentVersion: string;
  problems: string[];
  pending: number;
  failed: number;
}

export interface HistoryResponse {
  entries: HistoryEntry[];
  events: Message[];
  currentVersion: string;
  problems: string[];
  environments: EnvironmentHistory[];
}

export interface ModelFile { name: string; sql: string }
export interface InlineModels { files: ModelFile[] }
export type SchemaSource =
  | { environment: string }
  | { models: {} }
  | { migrations: { upToVersion?: string } }
  | { inlineModels: InlineModels };

/** Requests: the proto's fields in camelCase; `project` (and `requestId`) default to the client's. */
type Req<T> = T & { project?: string };

export class SchemaServiceClient {
  constructor(options?: ClientOptions);
  readonly server: string;
  project: string;
  close(): void;

  /** renames: rename hints, "[KIND:]OLD=NEW" (e.g. "public.users.nick=nickname"). */
  diff(request: Req<{ from: SchemaSource; to: SchemaSource; schemas?: string[];
    online?: boolean; renames?: string[] }>, options?: CallOptions): Promise<Message>;
  generate(request: Req<{ message: string; online?: boolean; dryRun?: boolean;
    models?: InlineModels; renames?: string[] }>, options?: CallOptions): Promise<Message>;
  listBackups(request: Req<{ environment: string }>, options?: CallOptions):
    Promise<{ backups: Message[] }>;
  /** eventLimit: an integer from 0 to 2 147 483 647 (else RangeError/TypeError, rejected). */
  history(request?: Req<{ environment?: string; eventLimit?: number }>,
    options?: CallOptions): Promise<HistoryResponse>;
  newMigration(request: Req<{ message: string }>, options?: CallOptions): Promise<Message>;
  rehash(request?: Req<{}>, options?: CallOptions): Promise<{ files: string[] }>;
  resolve(request: Req<{ environment: string; version: string;
    as: 'RESOLVE_AS_APPLIED' | 'RESOLVE_AS_ROLLED_BACK'; requestId?: string }>,
    options?: CallOptions): Promise<{ entry: HistoryEntry | null }>;

  apply(request: Req<{ environment: string; targetVersion?: string; dryRun?: boolean;
    requestId?: string; allowOutOfOrder?: boolean }>, options?: CallOptions):
    AsyncGenerator<Progress, void, undefined>;
  /** steps: an integer from 0 to 2 147 483 647 (else RangeError/TypeError, thrown). */
  rollback(request: Req<{ environment: string; steps?: number; toVersion?: string;
    confirmDataLoss?: boolean; dryRun?: boolean; requestId?: string }>,
    options?: CallOptions): AsyncGenerator<Progress, void, undefined>;
  sync(request: Req<{ environment: string; confirmSchemaHash?: string;
    confirmDataLoss?: boolean; online?: boolean; models?: InlineModels; renames?: string[];
    requestId?: string }>, options?: CallOptions): AsyncGenerator<Progress, void, undefined>;
  backup(request: Req<{ environment: string; reason?: string; requestId?: string }>,
    options?: CallOptions): AsyncGenerator<Progress, void, undefined>;
  verifyBackup(request: Req<{ environment: string; backupId: string; requestId?: string }>,
    options?: CallOptions): AsyncGenerator<Progress, void, undefined>;
  restore(request: Req<{ environment: string; backupId: string; newDatabase?: string;
    confirmOverwrite?: boolean; confirmEnvironment?: string; requestId?: string }>,
    options?: CallOptions): AsyncGenerator<Progress, void, undefined>;
  baseline(request: Req<{ environment: string; version: string; requestId?: string }>,
    options?: CallOptions): AsyncGenerator<Progress, void, undefined>;
}

/** Reads a stream to its end; the last summary (null if none came). */
export function drain(stream: AsyncIterable<Progress>,
  onProgress?: (progress: Progress) => void): Promise<Summary | null>;

export const sources: {
  environment(name: string): SchemaSource;
  models(): SchemaSource;
  migrations(upToVersion?: string): SchemaSource;
  inline(files: Array<ModelFile | [string, string]>): SchemaSource;
};

export function inlineModels(files: Array<ModelFile | [string, string]>): InlineModels;
