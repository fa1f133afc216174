// The Node client against the real schemad: a copy of examples/app served with the embedded
// default (schemad starts its own PostgreSQL), on kernel-picked loopback ports, requiring a
// bearer token (random; only its sha256 is in the config). Generate
// writes the first migration through the client, Apply streams it onto env test, History
// shows it; an unknown project fails as SchemaServiceError NOT_FOUND, unary and streaming.
// schemad gets SIGTERM at the end and the test checks that nothing it started still runs.
//
// Run: node --test test/client.test.js (ctest runs it as node_client_test).
// Settings: SCHEMASERVICE_BUILD_DIR (default ../../build: the schemad binary).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync, chmodSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync,
  readdirSync, rmSync, writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import {
  ClientConfigError, drain, SchemaServiceClient, SchemaServiceError,
} from '../src/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BUILD = process.env.SCHEMASERVICE_BUILD_DIR || path.join(REPO, 'build');
const SCHEMAD = path.join(BUILD, 'schemad');
const READY_TIMEOUT_MS = 120_000;  // the embedded PostgreSQL's initdb on a busy CI machine
const STOP_TIMEOUT_MS = 40_000;    // the example's shutdown_grace_seconds is 25

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Processes whose command line mentions `folder` (schemad, its PostgreSQL and their children).
function processesUsing(folder) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'latin1').replaceAll('\0', ' ');
      if (cmdline.includes(folder)) found.push(`${pid}: ${cmdline.trim()}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

class Schemad {
  constructor(work) {
    this.work = work;
    this.log = path.join(work, 'schemad.log');
    this.readyFile = path.join(work, 'ready');
    this.exit = null;
    this.process = spawn(SCHEMAD, ['--config', path.join(work, 'app', 'schemad.yaml'),
      '--listen', '127.0.0.1:0', '--metrics-listen', '127.0.0.1:0',
      '--ready-file', this.readyFile], {
      stdio: ['ignore', openSync(this.log, 'w'), openSync(this.log, 'a')],
      env: { ...process.env, SCHEMAD_STATE_DIR: path.join(work, 'state') },
    });
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
  }

  logTail() {
    try {
      return readFileSync(this.log, 'utf8').split('\n').slice(-30).join('\n');
    } catch {
      return '(no log)';
    }
  }

  // The gRPC address from the ready file (grpc=HOST:PORT).
  async waitReady() {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.exit) {
        throw new Error(`schemad exited during start-up (${JSON.stringify(this.exit)}):\n` +
          this.logTail());
      }
      if (existsSync(this.readyFile)) {
        const grpc = /^grpc=(.+)$/m.exec(readFileSync(this.readyFile, 'utf8'));
        if (grpc) return grpc[1].trim();
      }
      await sleep(100);
    }
    throw new Error(`schemad not ready in ${READY_TIMEOUT_MS} ms:\n${this.logTail()}`);
  }

  // SIGTERM, then the exit status; SIGKILL (and a failure) past the grace period.
  async stop() {
    if (!this.exit) this.process.kill('SIGTERM');
    let timer;
    const status = await Promise.race([this.exited, new Promise((resolve) => {
      timer = setTimeout(() => resolve(null), STOP_TIMEOUT_MS);
    })]);
    clearTimeout(timer);  // a pending timer would keep the test process alive
    if (status) return status;
    this.process.kill('SIGKILL');
    await this.exited;
    throw new Error(`schemad did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM:\n` +
      this.logTail());
  }
}

describe('SchemaServiceClient against a real schemad', { concurrency: 1 }, () => {
  let work;
  let schemad;
  let client;
  let server;
  let generated;
  const token = randomBytes(24).toString('hex');  // the GenerateResponse of the first migration

  before(async () => {
    assert.ok(existsSync(SCHEMAD), `no schemad at ${SCHEMAD}: build it, or set ` +
      'SCHEMASERVICE_BUILD_DIR');
    work = mkdtempSync(path.join(os.tmpdir(), 'node-client-test-'));
    // As root, the embedded PostgreSQL runs as an unprivileged account that must reach it.
    chmodSync(work, 0o755);
    // A copy: Generate writes into the project's migrations folder.
    cpSync(path.join(REPO, 'examples', 'app'), path.join(work, 'app'), { recursive: true });
    appendFileSync(path.join(work, 'app', 'schemad.yaml'), '\nauth:\n  tokens:\n' +
      '    - subject: node-tool\n' +
      `      sha256: ${createHash('sha256').update(token).digest('hex')}\n` +
      '      roles: [admin]\n');
    schemad = new Schemad(work);
    server = await schemad.waitReady();
    assert.match(server, /^127\.0\.0\.1:\d+$/);
    client = new SchemaServiceClient({ server, project: 'app', token, deadlineMs: 120_000,
      streamDeadlineMs: 300_000 });
  });

  after(async () => {
    client?.close();
    if (schemad) {
      const status = await schemad.stop();
      const left = processesUsing(work);
      if (left.length) {
        for (const line of left) {
          try {
            process.kill(Number(line.split(':')[0]), 'SIGKILL');
          } catch {
            // gone meanwhile
          }
        }
      }
      assert.deepEqual(left, [], 'processes left running after schemad stopped');
      assert.deepEqual(status, { code: 0, signal: null },
        `schemad's exit on SIGTERM:\n${schemad.logTail()}`);
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('History of a fresh project lists every environment with nothing applied', async () => {
    const history = await client.history();
    assert.deepEqual(history.environments.map((e) => e.environment).sort(),
      ['dev', 'prod', 'test']);
    for (const env of history.environments) {
      assert.equal(env.currentVersion, '', env.environment);
      assert.equal(env.failed, 0, env.environment);
    }
  });

  it('Generate writes the first migration into the copied project', async () => {
    generated = await client.generate({ message: 'initial schema' });
    assert.equal(generated.empty, false);
    assert.match(generated.migration.version, /^\d{14}$/);
    assert.ok(generated.statements.length > 0);
    assert.ok(generated.statements.some((s) => /CREATE TABLE/.test(s.sql)),
      generated.statements.map((s) => s.sql).join('\n'));
    for (const file of generated.files) {
      assert.ok(existsSync(path.join(work, 'app', 'migrations', file)), file);
    }
  });

  it('Apply to test streams validation, every statement, and a summary last', async () => {
    const { version } = generated.migration;
    const events = [];
    for await (const progress of client.apply({ environment: 'test' })) events.push(progress);
    const shown = events.map((e) => `${e.phase} ${e.statementIndex}/${e.statementCount} ` +
      `${e.message}`).join('\n');

    assert.equal(events[0].phase, 'PHASE_VALIDATING', shown);
    const statements = events.filter((e) => e.phase === 'PHASE_APPLYING' && e.statementIndex);
    assert.ok(statements.length > 0, shown);
    assert.deepEqual(statements.map((e) => e.statementIndex),
      statements.map((_, i) => i + 1), shown);
    for (const e of statements) {
      assert.equal(e.version, version, shown);
      assert.equal(e.statementCount, statements.length, shown);
      assert.ok(e.at instanceof Date && !Number.isNaN(e.at.getTime()), shown);
    }

    const last = events.at(-1);
    assert.equal(last.phase, 'PHASE_DONE', shown);
    assert.deepEqual(last.summary.versions, [version]);
    assert.match(last.summary.message || last.message, new RegExp(version));
    assert.deepEqual(events.slice(0, -1).filter((e) => e.summary), [],
      'only the last event carries a summary');
  });

  it('History shows the migration applied to test only', async () => {
    const { version } = generated.migration;
    const history = await client.history({ environment: 'test', eventLimit: 5 });
    assert.equal(history.currentVersion, version);
    const entry = history.entries.find((e) => e.version === version);
    assert.equal(entry.state, 'MIGRATION_STATE_APPLIED');
    assert.equal(entry.appliedBy, 'node-tool');
    assert.ok(entry.finishedAt instanceof Date);
    assert.deepEqual(history.problems, []);
    assert.ok(history.events.some((e) => e.operation === 'Apply' && e.outcome === 'OK'),
      JSON.stringify(history.events));

    const dev = await client.history({ environment: 'dev' });
    assert.equal(dev.currentVersion, '');
    assert.equal(dev.entries.find((e) => e.version === version).state,
      'MIGRATION_STATE_PENDING');
  });

  it('a second Apply has nothing pending (drain returns the summary)', async () => {
    const messages = [];
    const summary = await drain(client.apply({ environment: 'test' }),
      (p) => messages.push(p.message));
    assert.ok(summary, messages.join('\n'));
    assert.deepEqual(summary.versions, []);
  });

  it('an unknown project is SchemaServiceError NOT_FOUND, unary and streaming', async () => {
    await assert.rejects(client.history({ project: 'no-such-project' }), (error) => {
      assert.ok(error instanceof SchemaServiceError, String(error));
      assert.equal(error.code, 'NOT_FOUND');
      assert.equal(error.grpcCode, 5);
      assert.match(error.message, /no-such-project/);
      return true;
    });
    await assert.rejects(async () => {
      for await (const progress of client.apply({ project: 'no-such-project',
        environment: 'test' })) {
        assert.fail(`no progress expected, got ${JSON.stringify(progress)}`);
      }
    }, (error) => {
      assert.ok(error instanceof SchemaServiceError, String(error));
      assert.equal(error.code, 'NOT_FOUND');
      assert.match(error.message, /no-such-project/);
      return true;
    });
  });

  it('a call without the token is UNAUTHENTICATED; the token never shows', async () => {
    const anonymous = new SchemaServiceClient({ server, project: 'app', deadlineMs: 30_000 });
    try {
      await assert.rejects(anonymous.history(), (error) => {
        assert.ok(error instanceof SchemaServiceError, String(error));
        assert.equal(error.code, 'UNAUTHENTICATED');
        return true;
      });
      await assert.rejects(drain(anonymous.apply({ environment: 'test' })), (error) => {
        assert.equal(error.code, 'UNAUTHENTICATED');
        return true;
      });
    } finally {
      anonymous.close();
    }
    assert.ok(!readFileSync(schemad.log, 'utf8').includes(token), 'the token is in the log');
  });

  it('a deadline shorter than the call is DEADLINE_EXCEEDED', async () => {
    // Generate proves a migration on a shadow database: far longer than 1 ms.
    await assert.rejects(client.generate({ message: 'never written', dryRun: true },
      { deadlineMs: 1 }), (error) => {
      assert.equal(error.code, 'DEADLINE_EXCEEDED');
      return true;
    });
  });

  it('leaving a stream early cancels it without an unhandled error', async () => {
    let seen = 0;
    for await (const progress of client.rollback({ environment: 'test', steps: 1,
      dryRun: true })) {
      assert.ok(progress.phase);
      seen += 1;
      break;
    }
    assert.equal(seen, 1);
    // The dry run changed nothing.
    const history = await client.history({ environment: 'test' });
    assert.equal(history.currentVersion, generated.migration.version);
  });
});

// No server needed: arguments the client refuses before any call.
describe('SchemaServiceClient argument checks', () => {
  const nowhere = '127.0.0.1:9';  // never dialled: every call below fails before sending

  it('a deadline that is not a positive finite number up to a day throws', async () => {
    for (const deadlineMs of [Infinity, 1e16, 0, -5, NaN, 86_400_001]) {
      assert.throws(() => new SchemaServiceClient({ server: nowhere, deadlineMs }), RangeError,
        String(deadlineMs));
      assert.throws(() => new SchemaServiceClient({ server: nowhere,
        streamDeadlineMs: deadlineMs }), RangeError, String(deadlineMs));
    }
    assert.throws(() => new SchemaServiceClient({ server: nowhere, deadlineMs: '5' }),
      TypeError);
    const client = new SchemaServiceClient({ server: nowhere, deadlineMs: 86_400_000 });
    try {
      for (const deadlineMs of [Infinity, 1e16, 0, NaN]) {
        await assert.rejects(client.history({}, { deadlineMs }), RangeError, String(deadlineMs));
        await assert.rejects(drain(client.apply({ environment: 'test' }, { deadlineMs })),
          RangeError, String(deadlineMs));
      }
    } finally {
      client.close();
    }
  });

  it('integer fields out of int32 or not numbers are refused, not wrapped', async () => {
    const client = new SchemaServiceClient({ server: nowhere });
    try {
      await assert.rejects(client.history({ eventLimit: 1e12 }), RangeError);
      await assert.rejects(client.history({ eventLimit: 2.5 }), RangeError);
      await assert.rejects(client.history({ eventLimit: 'abc' }), TypeError);
      await assert.rejects(drain(client.rollback({ environment: 'test', steps: -1 })),
        RangeError);
    } finally {
      client.close();
    }
  });

  it('a TLS file that is not PEM is a ClientConfigError naming it', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'node-client-pem-'));
    try {
      const file = path.join(folder, 'ca.crt');
      writeFileSync(file, 'not a certificate\n');
      assert.throws(() => new SchemaServiceClient({ server: nowhere, tlsCa: file }),
        (error) => error instanceof ClientConfigError && error.message.includes(file) &&
          /not a PEM certificate/.test(error.message));
      assert.throws(() => new SchemaServiceClient({ server: nowhere,
        tlsCert: Buffer.from('-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n'),
        tlsKey: Buffer.from('junk') }), /not a PEM private key/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('examples/history.js: bad usage is one line and exit 2, no stack trace', () => {
    const script = path.join(REPO, 'clients', 'node', 'examples', 'history.js');
    const env = Object.fromEntries(Object.entries(process.env)
      .filter(([k]) => !k.startsWith('SCHEMACTL_')));
    const run = (args, extra = {}) => spawnSync(process.execPath, [script, ...args],
      { env: { ...env, ...extra }, encoding: 'utf8', timeout: 30_000 });
    for (const [args, extra, expected] of [
      [['--bogus'], {}, /^history: Unknown option '--bogus'/],
      [[], {}, /^history: --project is required \(or set SCHEMACTL_PROJECT\)/],
      [['--project', 'app'], { SCHEMACTL_TOKEN_FILE: '/no/such/token' },
        /^history: cannot read the --token-file file \/no\/such\/token/],
    ]) {
      const r = run(args, extra);
      assert.equal(r.status, 2, `${args} ${r.stderr}`);
      assert.match(r.stderr, expected);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });
});
