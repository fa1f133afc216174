#include "service/executor/engine.h"

#include <openssl/sha.h>

#include <optional>
#include <thread>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "service/util/status.h"

namespace schemaservice::executor {
namespace {

std::string Major(const std::string& version_num) {
  return version_num.size() > 4 ? version_num.substr(0, version_num.size() - 4) : version_num;
}

}  // namespace

absl::StatusOr<std::string> SchemaHash(const catalog::Catalog& c) {
  ASSIGN_OR_RETURN(std::vector<plan::Statement> create, plan::PlanStatements(catalog::Catalog{}, c));
  const std::string text = plan::RenderSql(create);
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  return absl::StrCat("sha256:", absl::BytesToHexString(absl::string_view(
                                     reinterpret_cast<const char*>(digest), sizeof digest)));
}

absl::StatusOr<DiffResult> RunDiff(const DiffRequest& request, ShadowServer& shadow) {
  catalog::ReadOptions read;
  read.schemas = request.schemas;
  // Files compared with a database load on a shadow of that database's major: the target
  // (from) when it is live, else the other side.
  ShadowServer* files_shadow = &shadow;
  const bool from_live = request.from.kind == Source::Kind::kLive;
  const bool to_live = request.to.kind == Source::Kind::kLive;
  if (from_live != to_live) {
    ASSIGN_OR_RETURN(const int major, ServerMajor(from_live ? request.from.live : request.to.live));
    ASSIGN_OR_RETURN(files_shadow, shadow.ForMajor(major));
  } else if (!from_live && request.files_major != 0) {
    ASSIGN_OR_RETURN(files_shadow, shadow.ForMajor(request.files_major));
  }
  // The two sides are independent: read them at once, on two connections, and index each
  // for the planner as soon as it is read (the other read is often still running).
  absl::StatusOr<catalog::Catalog> to_or = absl::InternalError("not read");
  std::optional<plan::IndexedCatalog> to_index;
  std::thread reader([&] {
    to_or = ReadSource(request.to, *files_shadow, read, request.load);
    if (to_or.ok()) to_index.emplace(*to_or);
  });
  absl::StatusOr<catalog::Catalog> from_or =
      ReadSource(request.from, *files_shadow, read, request.load);
  std::optional<plan::IndexedCatalog> from_index;
  if (from_or.ok()) from_index.emplace(*from_or);
  reader.join();
  if (!from_or.ok()) return from_or.status();
  if (!to_or.ok()) return to_or.status();
  const catalog::Catalog& from = *from_or;
  const catalog::Catalog& to = *to_or;
  DiffResult result;
  if (Major(from.server_version) != Major(to.server_version)) {
    result.warnings.push_back(absl::StrCat(
        "the two sides run different PostgreSQL major versions (", request.from.label, ": ",
        from.server_version, ", ", request.to.label, ": ", to.server_version,
        "); the plan is for ", request.from.label, "'s major, and what it cannot hold is refused"));
  }
  // The hash renders the whole "from" schema: on its own thread, beside the plan.
  absl::StatusOr<std::string> hash = std::string();
  std::thread hasher;
  if (request.want_from_hash) hasher = std::thread([&] { hash = SchemaHash(from); });
  absl::StatusOr<plan::Plan> planned = plan::PlanMigration(*from_index, *to_index, request.options);
  if (hasher.joinable()) hasher.join();
  if (!planned.ok()) return planned.status();
  if (!hash.ok()) return hash.status();
  result.plan = std::move(*planned);
  result.from_hash = std::move(*hash);
  // The catalogs and their indexes are freed on two threads at once (each is hundreds of
  // thousands of allocations at 10,000 tables).
  std::thread free_to([&] {
    to_index.reset();
    to_or = absl::InternalError("freed");
  });
  from_index.reset();
  from_or = absl::InternalError("freed");
  free_to.join();
  return result;
}

}  // namespace schemaservice::executor
