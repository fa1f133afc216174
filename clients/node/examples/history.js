#!/usr/bin/env node
// Prints the migration history of a project's environments, as `schemactl
// show-all-migrations` does, through the Node client.
//
//   node examples/history.js --project app [--server 127.0.0.1:50051] [--env test]
//                            [--token-file F] [--tls-ca F]
//
// SCHEMACTL_SERVER, SCHEMACTL_PROJECT, SCHEMACTL_TOKEN_FILE, SCHEMACTL_TOKEN and
// SCHEMACTL_TLS_CA are the defaults, as for schemactl; the project is required (--project or
// SCHEMACTL_PROJECT). Exit 1 with the gRPC code and the server's message on a failed call;
// exit 2 with a one-line message on bad usage (an unknown flag, no project, an unreadable
// token or TLS file).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { ClientConfigError, SchemaServiceClient, SchemaServiceError } from '../src/index.js';

function usage(message) {
  console.error(`history: ${message}`);
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      server: { type: 'string', default: process.env.SCHEMACTL_SERVER || '127.0.0.1:50051' },
      project: { type: 'string', default: process.env.SCHEMACTL_PROJECT || undefined },
      env: { type: 'string', default: '' },
      'token-file': { type: 'string', default: process.env.SCHEMACTL_TOKEN_FILE || undefined },
      'tls-ca': { type: 'string', default: process.env.SCHEMACTL_TLS_CA || undefined },
    },
  }));
} catch (error) {
  usage(`${error.message} (flags: --server, --project, --env, --token-file, --tls-ca)`);
}
if (!args.project) usage('--project is required (or set SCHEMACTL_PROJECT)');

let token = process.env.SCHEMACTL_TOKEN || undefined;
if (args['token-file']) {
  try {
    token = readFileSync(args['token-file'], 'utf8').trim();
  } catch (error) {
    usage(`cannot read the --token-file file ${args['token-file']}: ${error.code ?? error.message}`);
  }
}
let client;
try {
  client = new SchemaServiceClient({
    server: args.server, project: args.project, token, tlsCa: args['tls-ca'],
  });
} catch (error) {
  if (!(error instanceof ClientConfigError)) throw error;
  usage(error.message);
}

const state = (s) => s.replace(/^MIGRATION_STATE_/, '').toLowerCase().replace('_', '-');
const when = (d) => (d ? d.toISOString().replace(/\.\d+Z$/, 'Z') : '');

try {
  const history = await client.history({ environment: args.env });
  for (const env of history.environments) {
    console.log(`project ${args.project}, environment ${env.environment}: ` +
      (env.currentVersion ? `at ${env.currentVersion}` : 'no migrations applied yet') +
      (env.pending ? `, ${env.pending} pending` : '') +
      (env.failed ? `, ${env.failed} failed` : ''));
    for (const e of env.entries) {
      console.log(`  ${e.version}  ${state(e.state).padEnd(11)}  ${when(e.finishedAt).padEnd(20)}  ` +
        `${e.appliedBy.padEnd(10)}  ${e.message}`);
    }
    for (const problem of env.problems) console.log(`  problem: ${problem}`);
  }
} catch (error) {
  if (!(error instanceof SchemaServiceError)) throw error;
  console.error(`history: ${error.code}: ${error.message}`);
  process.exitCode = 1;
} finally {
  client.close();
}
