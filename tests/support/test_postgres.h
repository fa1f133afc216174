// tests/support/test_postgres.h
//
// One throw-away PostgreSQL per test binary (the embedded launcher with fsync off), started
// by a GoogleTest environment before the first test and stopped after the last, and one
// fresh database per test. Link `test_postgres_main` to get both.
#pragma once

#include <string>

#include "service/pg/connection_settings.h"
#include "service/pg/embedded.h"

namespace schemaservice::testing {

// The server of this test binary; valid between the environment's SetUp and TearDown.
pg::EmbeddedPostgres& TestServer();

// Creates an empty database named after the running test (plus a counter) and returns
// its settings. Databases are dropped with the server at the end.
pg::ConnectionSettings FreshDatabase();

// The tablespaces cases may place relations in: schemad_ts1 and schemad_ts2. Cluster-wide,
// like roles, so made once per server (the first call), in folders inside the server's own
// temporary folder, owned by the account the server runs as and removed with it.
absl::Status EnsureTestTablespaces();

}  // namespace schemaservice::testing
