#!/usr/bin/env node
// Prints the migration history of a project's environments, as `schemactl
// show-all-migrations` does, through the Node client.
//
//   node examples/history.js [--server 127.0.0.1:50051] [--project app] [--env test]
//                            [--token-file F] [--tls-ca F]
//
// SCHEMACTL_SERVER, SCHEMACTL_PROJECT, SCHEMACTL_TOKEN and SCHEMACTL_TLS_CA are the defaults,
// as for schemactl. Exit 1 with the gRPC code and the server's message on a failed call.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { SchemaServiceClient, SchemaServiceError } from '../src/index.js';

const { values: args } = parseArgs({
  options: {
    server: { type: 'string', default: process.env.SCHEMACTL_SERVER || '127.0.0.1:50051' },
    project: { type: 'string', default: process.env.SCHEMACTL_PROJECT || 'app' },
    env: { type: 'string', default: '' },
    'token-file': { type: 'string' },
    'tls-ca': { type: 'string', default: process.env.SCHEMACTL_TLS_CA || undefined },
  },
});

const token = args['token-file']
  ? readFileSync(args['token-file'], 'utf8').trim()
  : process.env.SCHEMACTL_TOKEN || undefined;
const client = new SchemaServiceClient({
  server: args.server, project: args.project, token, tlsCa: args['tls-ca'],
});

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
