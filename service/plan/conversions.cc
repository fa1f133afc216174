#include "service/plan/conversions.h"

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace schemaservice::plan::internal {
using catalog::Catalog;

// Type changes PostgreSQL does without rewriting and without losing values.
bool IsWidening(const std::string& from, const std::string& to) {
  if (to == "text" && (absl::StartsWith(from, "character varying") || from == "text")) return true;
  static const std::vector<std::string> kIntOrder = {"smallint", "integer", "bigint"};
  auto rank = [&](const std::string& t) {
    auto it = std::find(kIntOrder.begin(), kIntOrder.end(), t);
    return it == kIntOrder.end() ? -1 : static_cast<int>(it - kIntOrder.begin());
  };
  if (rank(from) >= 0 && rank(to) > rank(from)) return true;
  if (rank(from) >= 0 && absl::StartsWith(to, "numeric")) return true;
  if (from == "real" && to == "double precision") return true;
  auto length = [](const std::string& t, const std::string& prefix) -> int {
    if (!absl::StartsWith(t, prefix + "(")) return t == prefix ? 1 << 30 : -1;
    return std::atoi(t.c_str() + prefix.size() + 1);
  };
  for (const char* prefix : {"character varying", "bit varying"}) {
    const int a = length(from, prefix), b = length(to, prefix);
    if (a > 0 && b >= a) return true;
  }
  if (absl::StartsWith(from, "numeric(") && to == "numeric") return true;
  return false;
}

// Binary-compatible changes that need no rewrite (varchar widening, varchar -> text).
bool AvoidsRewrite(const std::string& from, const std::string& to) {
  if (to == "text" && absl::StartsWith(from, "character varying")) return true;
  if (absl::StartsWith(from, "character varying") && absl::StartsWith(to, "character varying")) {
    return IsWidening(from, to);
  }
  if (absl::StartsWith(from, "numeric(") && to == "numeric") return true;
  return false;
}

namespace {

// A type's facts with domains replaced by their base type.
const catalog::TypeFacts* Resolved(const Catalog& c, const std::string& name) {
  const catalog::TypeFacts* f = c.FindTypeFacts(name);
  for (int depth = 0; f != nullptr && f->kind == 'd' && depth < 32; ++depth) f = c.FindTypeFacts(f->base);
  return f;
}

}  // namespace

Conversion ConversionOf(const Catalog& from, const std::string& from_type, const Catalog& to,
                        const std::string& to_type) {
  const catalog::TypeFacts* s = Resolved(from, from_type);
  const catalog::TypeFacts* t = Resolved(to, to_type);
  if (s == nullptr || t == nullptr) return Conversion::kUnknown;
  if (s->name == t->name) return Conversion::kDirect;
  if (t->kind == 'e' && (s->kind == 'e' || s->category == 'S')) return Conversion::kThroughText;
  // Row, range and multirange values read back through their text form (a type moved to
  // another schema, a subtype widened); one that does not fit fails the ALTER, and the plan.
  if (s->kind == t->kind && (t->kind == 'c' || t->kind == 'r' || t->kind == 'm')) return Conversion::kThroughText;
  if (std::binary_search(s->casts_to.begin(), s->casts_to.end(), t->name)) return Conversion::kDirect;
  if (s->category == 'A' && t->category == 'A' && !s->element.empty() && !t->element.empty()) {
    return ConversionOf(from, s->element, to, t->element);
  }
  if (s->category == 'S' || t->category == 'S') return Conversion::kDirect;
  return Conversion::kNone;
}

bool VolatileDefault(const std::string& expr) {
  for (const char* f : {"nextval(", "random(", "clock_timestamp(", "gen_random_uuid(",
                        "uuid_generate", "timeofday("}) {
    if (absl::StrContains(expr, f)) return true;
  }
  return false;
}

std::string CastTargetKeepingLengthCheck(const std::string& type) {
  static const std::pair<const char*, const char*> kUnlimited[] = {
      {"character varying(", "character varying"}, {"character(", "bpchar"},
      {"bit varying(", "bit varying"}, {"bit(", "bit varying"}};
  for (const auto& [limited, unlimited] : kUnlimited) {
    if (!absl::StartsWith(type, limited)) continue;
    const size_t close = type.find(')');
    if (close == std::string::npos) return type;
    return absl::StrCat(unlimited, type.substr(close + 1));  // "[]" of an array stays
  }
  return type;
}

}  // namespace schemaservice::plan::internal
