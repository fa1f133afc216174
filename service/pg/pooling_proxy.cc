#include "service/pg/pooling_proxy.h"

#include <poll.h>

#include <cerrno>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#include <libpq-fe.h>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "service/pg/connection.h"
#include "service/pg/errors.h"
#include "service/util/status.h"

namespace schemaservice::pg {
namespace {

// The signal is backend sharing, seen from two client connections. Comparing two statements
// of the session alone misses the common case: an idle transaction pool (PgBouncer's default
// server_round_robin=0 is LIFO) hands the same server connection back, so both see one pid. A
// second client connection never shares a backend with the session when it reaches the
// server directly or through session pooling (the session's backend stays attached to it),
// whereas through an idle transaction pool it is served by the backend the session has just
// released: the same pid. With default_pool_size=1 every client gets the one backend, busy
// pool or not. What stays probabilistic is a busy pool with several server connections,
// where another client may take the released backend first; then the session's next
// statement usually lands elsewhere, which the two-pid comparison catches, and a few rounds
// make a miss unlikely. The one exact signal a client has says only whether there is a proxy
// at all (the login's BackendKeyData, below), not its mode. Nothing stronger can be read: the
// pool mode is shown only on PgBouncer's admin console (credentials the environment does not
// have) and may differ per database or user; PostgreSQL sees the proxy as an ordinary client;
// and session state (a SET, a session lock, a temporary table) tells exactly what the pid
// tells, which backend ran a statement, while leaving state behind in a shared backend.
constexpr int kRounds = 3;

// A session-pooling proxy whose pool is full (default_pool_size=1: the session holds the one
// server connection) queues the second connection until the session disconnects. Waiting
// that long would deadlock; a queued probe also shows that the session's backend is not
// being handed out, so after this long the probe gives up and the session check decides.
constexpr absl::Duration kProbeWait = absl::Seconds(2);

struct PgConnCloser {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using PgConn = std::unique_ptr<PGconn, PgConnCloser>;

int BackendPid(pqxx::connection& conn) {
  pqxx::nontransaction tx(conn);
  return tx.exec1("SELECT pg_backend_pid()")[0].as<int>();
}

// libpq's message on one line, never with the password (as pg::Connect does).
std::string Message(PGconn* conn, const ConnectionSettings& settings) {
  std::string message(absl::StripTrailingAsciiWhitespace(PQerrorMessage(conn)));
  if (!settings.password.empty()) absl::StrReplaceAll({{settings.password, "***"}}, &message);
  absl::StrReplaceAll({{"\n", " "}, {"\t", " "}}, &message);
  return message;
}

// The second connection, in libpq directly: pqxx has no bounded wait for a query's result.
absl::StatusOr<PgConn> OpenProbe(const ConnectionSettings& settings) {
  PgConn conn(PQconnectdb(ConnInfo(settings, "schemad pooling check").c_str()));
  if (conn == nullptr) return absl::ResourceExhaustedError("libpq: out of memory");
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    return absl::UnavailableError(absl::StrCat("cannot connect to ", settings.Describe(), ": ",
                                               Message(conn.get(), settings)));
  }
  return conn;
}

// pg_backend_pid() of the probe, or nullopt when no backend served it within kProbeWait.
absl::StatusOr<std::optional<int>> ProbePid(PGconn* conn, const ConnectionSettings& settings) {
  const auto broken = [&] {
    return absl::UnavailableError(absl::StrCat("the second connection to ", settings.Describe(),
                                               ": ", Message(conn, settings)));
  };
  if (PQsendQuery(conn, "SELECT pg_backend_pid()") != 1) return broken();
  const absl::Time deadline = absl::Now() + kProbeWait;
  std::optional<int> pid;
  std::string error;
  for (;;) {
    while (PQisBusy(conn)) {
      const absl::Duration left = deadline - absl::Now();
      if (left <= absl::ZeroDuration()) return std::optional<int>();
      pollfd fd{PQsocket(conn), POLLIN, 0};
      const int ready = poll(&fd, 1, static_cast<int>(absl::ToInt64Milliseconds(left)) + 1);
      if (ready < 0 && errno != EINTR) return broken();
      if (PQconsumeInput(conn) != 1) return broken();
    }
    PGresult* result = PQgetResult(conn);
    if (result == nullptr) break;
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1) {
      pid = std::atoi(PQgetvalue(result, 0, 0));
    } else if (error.empty()) {
      error = std::string(absl::StripTrailingAsciiWhitespace(PQresultErrorMessage(result)));
    }
    PQclear(result);
  }
  if (!pid) {
    return absl::UnavailableError(absl::StrCat("the second connection to ", settings.Describe(),
                                               ": SELECT pg_backend_pid() failed: ", error));
  }
  return pid;
}

absl::Status Refuse(absl::string_view where, absl::string_view evidence) {
  return absl::FailedPreconditionError(absl::StrCat(
      "the database of ", where, " is reached through a transaction-pooling proxy (", evidence,
      "), such as PgBouncer with pool_mode=transaction: migrations need one database session "
      "for the whole run, since the migration lock is a session advisory lock and the "
      "session's settings are SET once, and through such a proxy both would stay on a server "
      "connection that other clients reuse. Point the environment's database at the "
      "PostgreSQL server itself or at a session-pooling port (pool_mode=session). Nothing was "
      "run"));
}

}  // namespace

absl::Status RefuseTransactionPooling(pqxx::connection& session, const ConnectionSettings& settings,
                                      absl::string_view where) {
  const std::string context =
      absl::StrCat("checking ", where, " for a transaction-pooling proxy");
  try {
    // Straight to PostgreSQL (or through a plain TCP forwarder), the pid the server announced
    // at login (BackendKeyData) is the backend's; PgBouncer, in any mode, announces a random
    // cancel key of its own. Equal means no pooler, and spares the second connection. (A
    // pooler that passed on the key of the backend it logged in with would pass here
    // whenever it handed that backend back: PgBouncer does not.)
    const int first = BackendPid(session);
    if (first == session.backendpid()) return absl::OkStatus();

    absl::StatusOr<PgConn> probe = OpenProbe(settings);
    if (!probe.ok()) {
      return Annotate(probe.status(), absl::StrCat("opening a second connection to ", where,
                                                   " to check for a transaction-pooling proxy"));
    }
    for (int round = 0; round < kRounds; ++round) {
      const int before = round == 0 ? first : BackendPid(session);
      std::optional<int> other;
      if (*probe != nullptr) {
        absl::StatusOr<std::optional<int>> pid = ProbePid(probe->get(), settings);
        if (!pid.ok()) return Annotate(pid.status(), context);
        other = *pid;
        // Queued (see kProbeWait): closing the connection takes it out of the proxy's queue.
        if (!other) probe->reset();
      }
      const int after = BackendPid(session);
      if (other && (*other == before || *other == after)) {
        return Refuse(where, absl::StrCat("another connection was served by backend ", *other,
                                          ", the one serving this session"));
      }
      if (before != after) {
        return Refuse(where, absl::StrCat("consecutive statements of one connection ran on "
                                          "backends ", before, " and ", after));
      }
    }
  } catch (const std::exception& e) {
    return FromException(e, context);
  }
  return absl::OkStatus();
}

}  // namespace schemaservice::pg
