#include "service/pg/connection.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "service/pg/quote.h"

#include <libpq-fe.h>

#include "absl/strings/numbers.h"

namespace schemaservice::pg {

std::string ConnectionSettings::Describe() const {
  return absl::StrCat("host=", host, " port=", port, " dbname=", dbname, " user=", user);
}

std::string ConnInfo(const ConnectionSettings& s, absl::string_view application_name) {
  std::string out = absl::StrCat(
      "host=", QuoteConninfoValue(s.host), " port=", s.port,
      " dbname=", QuoteConninfoValue(s.dbname), " user=", QuoteConninfoValue(s.user),
      " connect_timeout=", s.connect_timeout_seconds,
      " application_name=", QuoteConninfoValue(application_name),
      // Detect a peer that vanished without closing TCP within about a minute.
      " keepalives=1 keepalives_idle=30 keepalives_interval=10 keepalives_count=3",
      " tcp_user_timeout=60000");
  if (!s.password.empty()) absl::StrAppend(&out, " password=", QuoteConninfoValue(s.password));
  if (!s.sslmode.empty()) absl::StrAppend(&out, " sslmode=", QuoteConninfoValue(s.sslmode));
  return out;
}

absl::StatusOr<std::unique_ptr<pqxx::connection>> Connect(const ConnectionSettings& settings,
                                                          absl::string_view application_name) {
  try {
    return std::make_unique<pqxx::connection>(ConnInfo(settings, application_name));
  } catch (const std::exception& e) {
    // libpq's messages name host and port but never the password; strip it anyway in case
    // a future libpq echoes the conninfo.
    std::string message(absl::StripTrailingAsciiWhitespace(e.what()));
    if (!settings.password.empty()) {
      absl::StrReplaceAll({{settings.password, "***"}}, &message);
    }
    absl::StrReplaceAll({{"\n", " "}, {"\t", " "}}, &message);
    const bool refused_login = message.find("authentication failed") != std::string::npos ||
                               (message.find("database \"") != std::string::npos &&
                                message.find("does not exist") != std::string::npos) ||
                               message.find("role \"") != std::string::npos;
    const std::string text =
        absl::StrCat("cannot connect to ", settings.Describe(), ": ", message);
    return refused_login ? absl::FailedPreconditionError(text) : absl::UnavailableError(text);
  }
}

absl::StatusOr<ConnectionSettings> ParseConnectionString(const std::string& text) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(text.c_str(), &error);
  if (options == nullptr) {
    std::string message = error ? error : "out of memory";
    if (error) PQfreemem(error);
    return absl::InvalidArgumentError(absl::StrCat(
        "not a connection string: ", absl::StripTrailingAsciiWhitespace(message),
        "; expected postgres://user@host:port/dbname"));
  }
  ConnectionSettings s;
  s.host = "localhost";
  s.user = "";
  bool port_ok = true;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr) continue;
    const std::string key = o->keyword, value = o->val;
    if (key == "host" || key == "hostaddr") s.host = value;
    if (key == "port") port_ok = absl::SimpleAtoi(value, &s.port);
    if (key == "dbname") s.dbname = value;
    if (key == "user") s.user = value;
    if (key == "password") s.password = value;
    if (key == "sslmode") s.sslmode = value;
    if (key == "connect_timeout") port_ok = port_ok && absl::SimpleAtoi(value, &s.connect_timeout_seconds);
  }
  PQconninfoFree(options);
  if (!port_ok) return absl::InvalidArgumentError("connection string: port must be a number");
  if (s.user.empty()) {
    const char* env_user = std::getenv("PGUSER");
    const char* login = std::getenv("USER");
    s.user = env_user ? env_user : login ? login : "postgres";
  }
  if (s.dbname.empty()) s.dbname = s.user;
  if (s.password.empty()) {
    if (const char* pw = std::getenv("PGPASSWORD")) s.password = pw;
  }
  return s;
}

}  // namespace schemaservice::pg
