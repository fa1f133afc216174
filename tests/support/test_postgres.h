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

}  // namespace schemaservice::testing
