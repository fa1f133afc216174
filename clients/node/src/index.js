// clients/node/src/index.js
//
// A Node client of schemad's SchemaService, for internal tools: one async method per unary
// RPC, an async iterator of Progress events per streaming one. The service is loaded at run
// time from the repository's proto/ (with @grpc/proto-loader), so the client and schemad
// read one contract and there is no generated code to keep in step.
//
// Messages are plain objects with camelCase field names (`targetVersion`, `eventLimit`),
// enums as their names ("PHASE_APPLYING"), int64 as numbers (sizes and durations fit), and
// google.protobuf.Timestamp as Date. Requests take the same shape; `project` and
// `requestId` default to the client's.
//
// The bearer token travels as `authorization: Bearer TOKEN` metadata rather than as call
// credentials, which gRPC refuses on a plaintext channel (fine on loopback); as the Python
// client and schemactl do.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const here = path.dirname(fileURLToPath(import.meta.url));

// The repository's proto/ (clients/node/src -> proto); SCHEMASERVICE_PROTO_DIR overrides it
// for a client copied out of the tree.
export const PROTO_DIR =
  process.env.SCHEMASERVICE_PROTO_DIR || path.resolve(here, '..', '..', '..', 'proto');

// Unary calls answer quickly; streaming ones wait for locks, dump databases and build
// indexes: an hour, as schemactl and the Python client, unless the caller says otherwise.
export const DEFAULT_DEADLINE_MS = 30_000;
export const DEFAULT_STREAM_DEADLINE_MS = 3_600_000;
// The longest deadline a call takes (a day, as schemactl's --timeout 86400); grpc-js throws
// from a timer, out of the caller's reach, on an Infinity or far-away Date.
export const MAX_DEADLINE_MS = 86_400_000;
const INT32_MAX = 2_147_483_647;

// gRPC code number -> name ("NOT_FOUND"), from grpc-js's own table.
const CODE_NAMES = Object.fromEntries(
  Object.entries(grpc.status).map(([name, number]) => [number, name]));

/**
 * A call that failed. `code` is the gRPC code's name ("NOT_FOUND", "FAILED_PRECONDITION",
 * ...), `message` the server's message (it says what to do next), `grpcCode` the number.
 */
export class SchemaServiceError extends Error {
  constructor(code, message, { grpcCode, method, metadata } = {}) {
    super(message);
    this.name = 'SchemaServiceError';
    this.code = code;
    this.grpcCode = grpcCode;
    this.method = method;
    this.metadata = metadata;
  }

  toString() {
    return `${this.code}: ${this.message}`;
  }

  static fromGrpc(error, method) {
    if (error instanceof SchemaServiceError) return error;
    if (typeof error?.code !== 'number') {
      // Not a call status (a serialization bug, a bad argument): keep it as it is.
      return error;
    }
    return new SchemaServiceError(CODE_NAMES[error.code] ?? `CODE_${error.code}`,
      error.details ?? error.message ?? '', { grpcCode: error.code, method,
        metadata: error.metadata });
  }
}

/** A local problem before any call: an unreadable TLS file, a token gRPC cannot carry. */
export class ClientConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ClientConfigError';
  }
}

let definition;  // loaded once per process: parsing the proto takes ~50 ms

function loadService() {
  if (!definition) {
    const packageDefinition = protoLoader.loadSync('schemaservice/v1/schema_service.proto', {
      includeDirs: [PROTO_DIR],
      keepCase: false,
      longs: Number,
      enums: String,
      defaults: true,
      oneofs: true,
    });
    definition = grpc.loadPackageDefinition(packageDefinition).schemaservice.v1;
  }
  return definition.SchemaService;
}

// The service's methods, by the client's name for them. Streaming ones yield Progress.
const UNARY = {
  diff: 'Diff', generate: 'Generate', listBackups: 'ListBackups', history: 'History',
  newMigration: 'NewMigration', rehash: 'Rehash', resolve: 'Resolve',
};
const STREAMING = {
  apply: 'Apply', rollback: 'Rollback', sync: 'Sync', backup: 'Backup',
  verifyBackup: 'VerifyBackup', restore: 'Restore', baseline: 'Baseline',
};
// Requests that carry a request_id (recorded in the event log).
const WITH_REQUEST_ID = new Set(['Apply', 'Rollback', 'Sync', 'Backup', 'VerifyBackup',
  'Restore', 'Baseline', 'Resolve']);

// grpc-js takes any bytes as a CA (and then quietly uses the system's roots) or key: a PEM
// block of the expected label ("CERTIFICATE"; "... PRIVATE KEY") is checked, as schemactl does.
function checkPem(data, source, key) {
  const text = data.toString('latin1');
  for (const m of text.matchAll(/-----BEGIN ([^-\r\n]*)-----/g)) {
    if (key ? m[1].endsWith('PRIVATE KEY') : m[1] === 'CERTIFICATE') return data;
  }
  throw new ClientConfigError(`${source} is not a PEM ${key ? 'private key' : 'certificate'}: ` +
    `it has no ${key ? '-----BEGIN ... PRIVATE KEY-----' : '-----BEGIN CERTIFICATE-----'} line`);
}

function readPem(value, option, key = false) {
  if (value === undefined || value === null || value === '') return null;
  if (Buffer.isBuffer(value)) return checkPem(value, `the ${option} Buffer`, key);
  let data;
  try {
    data = readFileSync(value);
  } catch (e) {
    throw new ClientConfigError(`cannot read the ${option} file ${value}: ${e.code ?? e.message}`);
  }
  if (data.toString('latin1').trim() === '') {
    throw new ClientConfigError(`the ${option} file ${value} is empty`);
  }
  return checkPem(data, `the ${option} file ${value}`, key);
}

// A deadline in milliseconds: a finite number, 0 < ms <= MAX_DEADLINE_MS.
function checkDeadline(ms, name) {
  if (typeof ms !== 'number') {
    throw new TypeError(`${name}: expected a number of milliseconds, got ${typeof ms}`);
  }
  if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_DEADLINE_MS) {
    throw new RangeError(`${name} ${ms}: expected more than 0 and at most ${MAX_DEADLINE_MS} ms`);
  }
  return ms;
}

// Integer fields of requests (int32 in the proto): proto-loader would wrap 1e12 and turn
// 'abc' into 0.
const INTEGER_FIELDS = ['eventLimit', 'steps'];

function checkIntegers(request) {
  for (const field of INTEGER_FIELDS) {
    const value = request[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number') {
      throw new TypeError(`${field}: expected an integer, got ${typeof value}`);
    }
    if (!Number.isInteger(value) || value < 0 || value > INT32_MAX) {
      throw new RangeError(`${field} ${value}: expected an integer from 0 to ${INT32_MAX}`);
    }
  }
}

function checkToken(token) {
  // A header value: printable ASCII without spaces. Never repeat the token in the message.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw new ClientConfigError(
      'the token holds characters a bearer token cannot carry (expected printable ASCII ' +
      'without spaces)');
  }
  return token;
}

// google.protobuf.Timestamp is the only message of this proto shaped {seconds, nanos}:
// those become Dates (null when unset), everything else is copied as it is.
function convert(value) {
  if (Array.isArray(value)) return value.map(convert);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 2 && 'seconds' in value && 'nanos' in value) {
    return new Date(Number(value.seconds) * 1000 + Math.floor(Number(value.nanos) / 1e6));
  }
  const out = {};
  for (const k of keys) out[k] = convert(value[k]);
  return out;
}

/**
 * One channel to schemad.
 *
 *   new SchemaServiceClient({server: '127.0.0.1:50051', project: 'app', token,
 *                            tlsCa, tlsCert, tlsKey, tlsServerName, deadlineMs})
 *
 * TLS turns on with `tlsCa` (the CA of the server's certificate) or `tlsCert` + `tlsKey`
 * (mutual TLS); each is a file path or the PEM as a Buffer. `deadlineMs` is the deadline of
 * unary calls, `streamDeadlineMs` that of streaming ones; every method also takes
 * `{deadlineMs, signal}` as its second argument (an AbortSignal cancels the call).
 */
export class SchemaServiceClient {
  constructor({
    server = '127.0.0.1:50051', project = '', token, tlsCa, tlsCert, tlsKey, tlsServerName,
    deadlineMs = DEFAULT_DEADLINE_MS, streamDeadlineMs = DEFAULT_STREAM_DEADLINE_MS,
    requestId = '',
  } = {}) {
    this.server = server;
    this.project = project;
    this.deadlineMs = checkDeadline(deadlineMs, 'deadlineMs');
    this.streamDeadlineMs = checkDeadline(streamDeadlineMs, 'streamDeadlineMs');
    this.requestId = requestId;
    this.metadata = new grpc.Metadata();
    if (token !== undefined && token !== null && token !== '') {
      this.metadata.set('authorization', `Bearer ${checkToken(String(token).trim())}`);
    }
    // Diff responses of large models pass gRPC's 4 MiB default; the server bounds its work.
    const options = { 'grpc.max_receive_message_length': -1 };
    let credentials;
    if (tlsCa || tlsCert || tlsKey) {
      if (!tlsCert !== !tlsKey) {
        throw new ClientConfigError('tlsCert and tlsKey go together (mutual TLS)');
      }
      credentials = grpc.credentials.createSsl(
        readPem(tlsCa, 'tlsCa'), readPem(tlsKey, 'tlsKey', true), readPem(tlsCert, 'tlsCert'));
      if (tlsServerName) options['grpc.ssl_target_name_override'] = tlsServerName;
    } else {
      credentials = grpc.credentials.createInsecure();
    }
    const Service = loadService();
    this.stub = new Service(server, credentials, options);
  }

  /** Closes the channel; calls in flight are cancelled. */
  close() {
    this.stub.close();
  }

  _request(rpc, request) {
    const full = { project: this.project, ...request };
    checkIntegers(full);
    if (WITH_REQUEST_ID.has(rpc) && !full.requestId) full.requestId = this.requestId;
    return full;
  }

  _callOptions(defaultMs, { deadlineMs } = {}) {
    const ms = deadlineMs === undefined ? defaultMs : checkDeadline(deadlineMs, 'deadlineMs');
    return { deadline: new Date(Date.now() + ms) };
  }

  // A bad argument (deadlineMs, an integer field) rejects the promise: the executor throws.
  _unary(rpc, request, options = {}) {
    return new Promise((resolve, reject) => {
      const call = this.stub[rpc](this._request(rpc, request), this.metadata,
        this._callOptions(this.deadlineMs, options), (error, response) => {
          options.signal?.removeEventListener('abort', onAbort);
          if (error) reject(SchemaServiceError.fromGrpc(error, rpc));
          else resolve(convert(response));
        });
      const onAbort = () => call.cancel();
      if (options.signal?.aborted) call.cancel();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  async * _stream(rpc, request, options = {}) {
    const call = this.stub[rpc](this._request(rpc, request), this.metadata,
      this._callOptions(this.streamDeadlineMs, options));
    // The iterator below takes the status as an exception; this listener only keeps the
    // CANCELLED of an early `break` (or an abort) from becoming an uncaught 'error' event.
    call.on('error', () => {});
    const onAbort = () => call.cancel();
    if (options.signal?.aborted) call.cancel();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      for await (const progress of call) yield convert(progress);
    } catch (error) {
      throw SchemaServiceError.fromGrpc(error, rpc);
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      call.cancel();  // a no-op once the status arrived; stops the server after a `break`
    }
  }
}

for (const [name, rpc] of Object.entries(UNARY)) {
  SchemaServiceClient.prototype[name] = function (request = {}, options = {}) {
    return this._unary(rpc, request, options);
  };
}
for (const [name, rpc] of Object.entries(STREAMING)) {
  SchemaServiceClient.prototype[name] = function (request = {}, options = {}) {
    return this._stream(rpc, request, options);
  };
}

/**
 * Reads a streaming call to its end: the summary of its last event (null if none came),
 * calling `onProgress` with every event on the way.
 */
export async function drain(progressStream, onProgress = () => {}) {
  let summary = null;
  for await (const progress of progressStream) {
    onProgress(progress);
    if (progress.summary) summary = progress.summary;
  }
  return summary;
}

// Schema sources for Diff: `client.diff({from: sources.migrations(), to: sources.models()})`.
export const sources = {
  environment: (name) => ({ environment: name }),
  models: () => ({ models: {} }),
  migrations: (upToVersion = '') => ({ migrations: { upToVersion } }),
  inline: (files) => ({ inlineModels: inlineModels(files) }),
};

/** [{name, sql}] or [[name, sql]] -> InlineModels, for Generate, Sync and Diff. */
export function inlineModels(files) {
  return { files: files.map((f) => (Array.isArray(f) ? { name: f[0], sql: f[1] } : f)) };
}
