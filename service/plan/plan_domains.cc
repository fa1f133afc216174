#include "service/plan/planner.h"

// Domains changed in place: default, NOT NULL and checks (a base type or collation change
// rebuilds them, plan_types.cc).

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"
#include "service/util/status.h"

namespace schemaservice::plan::internal {

// A domain's DEFAULT expression, from its definition ("integer DEFAULT 1 NOT NULL").
static std::optional<std::string> DomainDefault(const std::string& def) {
  const std::string key = " DEFAULT ";
  const size_t p = def.find(key);
  if (p == std::string::npos) return std::nullopt;
  std::string rest = def.substr(p + key.size());
  const size_t nn = rest.rfind(" NOT NULL");
  if (nn != std::string::npos && nn + 9 == rest.size()) rest = rest.substr(0, nn);
  return rest;
}

absl::Status TypePlanner::AlterDomain(const catalog::Type& a, const catalog::Type& b) {
  // Base type or collation changes need a new domain; defaults and NOT NULL change in place.
  auto base = [](const std::string& def) {
    std::string s = def;
    for (const char* cut : {" DEFAULT ", " NOT NULL"}) {
      const size_t p = s.find(cut);
      if (p != std::string::npos) s = s.substr(0, p);
    }
    return s;
  };
  if (base(a.definition) != base(b.definition)) return RecreateType(b.c.ref);
  const ObjectRef& ref = b.c.ref;
  // PostgreSQL checks a new NOT NULL or validated CHECK only on columns of the domain itself:
  // while a column holds it inside an array or a composite type, it refuses the ALTER ("cannot
  // alter type ... because column ... uses it"). The domain is rebuilt instead, its columns
  // converted through text (which checks every value).
  const bool tightened = (!absl::EndsWith(a.definition, " NOT NULL") && absl::EndsWith(b.definition, " NOT NULL")) ||
                         std::any_of(b.checks.begin(), b.checks.end(), [&](const auto& check) {
                           return !absl::EndsWith(check.second, " NOT VALID") &&
                                  std::find(a.checks.begin(), a.checks.end(), check) == a.checks.end();
                         });
  if (tightened && UsedInContainers(ref)) return RebuildType(a, b);
  const auto da = DomainDefault(a.definition), db = DomainDefault(b.definition);
  if (da != db) {
    Emit(Step::kAlter, ref,
         db ? absl::StrCat("ALTER DOMAIN ", ref.id, " SET DEFAULT ", *db)
            : absl::StrCat("ALTER DOMAIN ", ref.id, " DROP DEFAULT"),
         absl::StrCat("change default of domain ", ref.id));
  }
  const bool na = absl::EndsWith(a.definition, " NOT NULL"), nb = absl::EndsWith(b.definition, " NOT NULL");
  if (na != nb && nb && !b.not_null_name.empty()) {
    // 17+: SET NOT NULL would take the default name.
    Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, " ADD CONSTRAINT ", pg::QuoteIdent(b.not_null_name), " NOT NULL"),
         absl::StrCat("change NOT NULL of domain ", ref.id),
         {RuleHazard(Rule::kSetNotNull, "checks every column of this domain")});
  } else if (na && nb && a.not_null_name != b.not_null_name) {
    auto name = [](const catalog::Type& t) {
      return t.not_null_name.empty() ? catalog::DefaultNotNullName(t.c.name, "") : t.not_null_name;
    };
    Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, " RENAME CONSTRAINT ", pg::QuoteIdent(name(a)), " TO ", pg::QuoteIdent(name(b))),
         absl::StrCat("rename the NOT NULL constraint of domain ", ref.id));
  } else if (na != nb) {
    Emit(Step::kAlter, ref, absl::StrCat("ALTER DOMAIN ", ref.id, nb ? " SET NOT NULL" : " DROP NOT NULL"),
         absl::StrCat("change NOT NULL of domain ", ref.id),
         OnlyIf(nb, RuleHazard(Rule::kSetNotNull,
                                             "checks every column of this domain")));
  }
  DomainChecksApart(a, b, /*all=*/false);
  return absl::OkStatus();
}

// A domain's checks are dropped in the drop phase (before the functions they call go) and
// added in the create phase (after the functions they call exist), apart from the domain's
// own ALTER: a check calling a function that is re-created (a new return type) is dropped
// and added again around it (`all`, its default too), which DROP FUNCTION would otherwise refuse.
void TypePlanner::DomainChecksApart(const catalog::Type& a, const catalog::Type& b, bool all) {
  const ObjectRef& ref = b.c.ref;
  const NodeKey drop{Step::kDrop, ref, Facet::kDefault}, add{Step::kCreate, ref, Facet::kDefault};
  // A rebuilt domain is made whole with its checks and default: only the old one's go.
  const bool rebuilt = ctx_.rebuilt_types.count(ref) > 0;
  if (all) {
    ctx_.graph.Erase(drop);
    ctx_.graph.Erase(add);
  }
  // Its default too, when it calls the function (kept where it was otherwise).
  const auto da = DomainDefault(a.definition), db = DomainDefault(b.definition);
  if (all && da) ctx_.graph.Emit(drop, absl::StrCat("ALTER DOMAIN ", ref.id, " DROP DEFAULT"), absl::StrCat("drop default of domain ", ref.id));
  if (all && db && !rebuilt) {
    ctx_.graph.Emit(add, absl::StrCat("ALTER DOMAIN ", ref.id, " SET DEFAULT ", *db), absl::StrCat("set default of domain ", ref.id));
  }
  std::map<std::string, std::string> ca(a.checks.begin(), a.checks.end()), cb(b.checks.begin(), b.checks.end());
  auto changed = [&](const std::string& name) { return all || !ca.count(name) || !cb.count(name) || ca[name] != cb[name]; };
  for (const auto& [name, def] : ca) {
    if (changed(name)) {
      ctx_.graph.Emit(drop, absl::StrCat("ALTER DOMAIN ", ref.id, " DROP CONSTRAINT ", name),
                      absl::StrCat("drop check ", name, " of domain ", ref.id));
    }
  }
  for (const auto& [name, def] : cb) {
    if (changed(name) && !rebuilt) {
      ctx_.graph.At(add).statements.push_back(
          Statement{absl::StrCat("ALTER DOMAIN ", ref.id, " ADD CONSTRAINT ", name, " ", StableArrayCasts(def)),
                    absl::StrCat("add check ", name, " to domain ", ref.id),
                    {RuleHazard(Rule::kCheckWithoutNotValid, "checks every value of this domain", "add it NOT VALID, then VALIDATE")},
                    true,
                    ""});
    }
  }
  // A check dropped and added again lost its comment.
  std::map<std::string, std::string> kept;
  for (const auto& [name, comment] : a.check_comments) {
    if (!changed(name)) kept[name] = comment;
  }
  for (const std::string& comment : rebuilt ? std::vector<std::string>{} : CheckCommentsSql(ref.id, kept, b.check_comments)) {
    ctx_.graph.Emit(add, comment, absl::StrCat("comment on a check of domain ", ref.id));
  }
}

}  // namespace schemaservice::plan::internal
