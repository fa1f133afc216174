// service/pg/pooling_proxy.h
//
// Migrations need one database session for a whole run: the project's migration lock is a
// session advisory lock and the session's settings are SET once. Behind a transaction-pooling
// proxy (PgBouncer pool_mode=transaction or statement) each transaction of a client may run
// on another server connection, and the server connection it used is handed to other clients
// between transactions, lock and settings included. A session-pooling proxy (pool_mode=session)
// keeps one server connection per client and is fine. Reads (History, Diff) do not depend on
// the session and work through either.
#pragma once

#include <pqxx/pqxx>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "service/pg/connection_settings.h"

namespace schemaservice::pg {

// OK when `session` keeps its own server backend; FAILED_PRECONDITION naming `where` (the
// environment) when it shares one, i.e. when `settings` lead to a transaction-pooling proxy.
// Through a proxy, opens and closes a second connection with `settings` (its wait for a
// backend bounded to a few seconds); `session` must be idle (no open transaction) and may
// have been obtained in any way, from a pool included.
absl::Status RefuseTransactionPooling(pqxx::connection& session, const ConnectionSettings& settings,
                                      absl::string_view where);

}  // namespace schemaservice::pg
