#include "service/plan/planner.h"

// Subscriptions, planned so that the plan never contacts the publisher: a CREATE SUBSCRIPTION
// that connects, a DROP SUBSCRIPTION of one with a replication slot and ALTER SUBSCRIPTION ...
// REFRESH cannot run in a transaction block. So a plan creates with connect = false (then
// ENABLE), drops after DISABLE and slot_name = NONE, and sets publications WITH (refresh =
// false); what that leaves to do on the publisher is said by the subscription-offline hazard.
// two_phase and failover change only by re-creating (ALTER of either talks to the slot).

#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "service/pg/quote.h"
#include "service/plan/render.h"

namespace schemaservice::plan::internal {
namespace {

// A subscription's definition and options (catalog.h DefinedObject) taken apart.
struct Subscription {
  std::string connection;    // "CONNECTION '...'"
  std::string publications;  // "PUBLICATION a, b"
  bool enabled = false;
  std::string slot;                            // 's' quoted, or NONE
  std::vector<std::string> options;            // "name = value", as read, without enabled
  std::map<std::string, std::string> values;   // option name -> value
};

Subscription Parse(const catalog::DefinedObject& o) {
  Subscription s;
  const std::vector<std::string> lines = absl::StrSplit(o.definition, absl::MaxSplits('\n', 1));
  s.connection = lines.at(0);
  s.publications = lines.size() > 1 ? lines[1] : "";
  for (std::string& item : SplitOptionList(o.extra)) {
    const std::string name = OptionName(item);
    const std::string value = item.size() > name.size() + 3 ? item.substr(name.size() + 3) : "";
    if (name == "enabled") {
      s.enabled = value == "true";
      continue;
    }
    if (name == "slot_name") s.slot = value;
    s.values[name] = value;
    s.options.push_back(std::move(item));
  }
  return s;
}

// The value of an option the reader leaves out at its default (16's and 17's).
std::string ValueOf(const Subscription& s, const std::string& name) {
  if (auto it = s.values.find(name); it != s.values.end()) return it->second;
  if (name == "password_required") return "true";
  if (name == "origin") return "'any'";
  return "false";  // run_as_owner, failover
}

}  // namespace

void ObjectPlanner::CreateSubscription(const ObjectRef& ref) {
  const auto& o = *ctx_.to.Get<catalog::DefinedObject>(ref);
  const Subscription s = Parse(o);
  std::vector<std::string> with = {"connect = false"};
  // The default slot name (the subscription's) is left to the default: PostgreSQL checks the
  // characters of a slot name given, but not of the default one ("Sub 1" is refused).
  for (const std::string& option : s.options) {
    if (option != "slot_name = " + pg::QuoteLiteral(o.c.name)) with.push_back(option);
  }
  Emit(Step::kCreate, ref,
       absl::StrCat("CREATE SUBSCRIPTION ", ref.id, " ", s.connection, " ", s.publications, " WITH (",
                    absl::StrJoin(with, ", "), ")"),
       absl::StrCat("create subscription ", ref.id));
  if (s.enabled) {
    Emit(Step::kCreate, ref, absl::StrCat("ALTER SUBSCRIPTION ", ref.id, " ENABLE"),
         absl::StrCat("enable subscription ", ref.id),
         {RuleHazard(Rule::kSubscriptionOffline,
                     absl::StrCat("subscription ", ref.id, " is created without connecting to its publisher (one "
                                  "that connects cannot be created in a transaction block): replication slot ",
                                  s.slot, " is not made there, no table is subscribed, and its worker fails until "
                                  "the slot exists"),
                     absl::StrCat("create the slot on the publisher (pg_create_logical_replication_slot(", s.slot,
                                  ", 'pgoutput')), then run ALTER SUBSCRIPTION ", ref.id,
                                  " REFRESH PUBLICATION outside a transaction to subscribe and copy the tables"))});
  }
  planner_.Part<PrivilegePlanner>().AfterCreate(*ctx_.to.Find(ref)->common, ref.kind, 0);
}

void ObjectPlanner::DropSubscription(const ObjectRef& ref, bool removed) {
  const Subscription s = Parse(*ctx_.from.Get<catalog::DefinedObject>(ref));
  if (s.enabled) {
    Emit(Step::kDrop, ref, absl::StrCat("ALTER SUBSCRIPTION ", ref.id, " DISABLE"),
         absl::StrCat("disable subscription ", ref.id));
  }
  std::vector<Hazard> hazards;
  if (s.slot != "NONE") {
    // DROP SUBSCRIPTION of one with a slot drops the slot on the publisher, outside any
    // transaction; with slot_name = NONE it leaves the publisher alone.
    Emit(Step::kDrop, ref, absl::StrCat("ALTER SUBSCRIPTION ", ref.id, " SET (slot_name = NONE)"),
         absl::StrCat("detach subscription ", ref.id, " from its replication slot"));
    hazards.push_back(RuleHazard(
        Rule::kSubscriptionOffline,
        absl::StrCat("subscription ", ref.id, " is dropped without contacting its publisher: replication slot ",
                     s.slot, " there, if it was made, is left behind and keeps the publisher's WAL"),
        absl::StrCat("drop the slot on the publisher: SELECT pg_drop_replication_slot(", s.slot, ")")));
  }
  if (removed) {
    hazards.push_back(RuleHazard(Rule::kDropOther,
                                 absl::StrCat("replication into this database through ", ref.id, " stops")));
  }
  Emit(Step::kDrop, ref, absl::StrCat("DROP SUBSCRIPTION ", ref.id), absl::StrCat("drop subscription ", ref.id),
       std::move(hazards));
}

absl::Status ObjectPlanner::AlterSubscription(const Change& c) {
  const Subscription a = Parse(*ctx_.from.Get<catalog::DefinedObject>(c.ref));
  const Subscription b = Parse(*ctx_.to.Get<catalog::DefinedObject>(c.ref));
  if (ValueOf(a, "two_phase") != ValueOf(b, "two_phase") || ValueOf(a, "failover") != ValueOf(b, "failover")) {
    return planner_.Recreate(c.ref);
  }
  const std::string alter = absl::StrCat("ALTER SUBSCRIPTION ", c.ref.id);
  // slot_name = NONE is refused while enabled: disabling comes first, enabling last.
  if (a.enabled && !b.enabled) {
    Emit(Step::kAlter, c.ref, absl::StrCat(alter, " DISABLE"), absl::StrCat("disable subscription ", c.ref.id));
  }
  if (a.connection != b.connection) {
    Emit(Step::kAlter, c.ref, absl::StrCat(alter, " ", b.connection),
         absl::StrCat("change the connection of subscription ", c.ref.id));
  }
  if (a.publications != b.publications) {
    Emit(Step::kAlter, c.ref, absl::StrCat(alter, " SET ", b.publications, " WITH (refresh = false)"),
         absl::StrCat("change the publications of subscription ", c.ref.id),
         OnlyIf(b.enabled, RuleHazard(Rule::kSubscriptionOffline,
                                      absl::StrCat("the tables of subscription ", c.ref.id,
                                                   "'s publications are not refreshed (a refresh cannot run in a "
                                                   "transaction block): tables added there are not replicated"),
                                      absl::StrCat("run ALTER SUBSCRIPTION ", c.ref.id,
                                                   " REFRESH PUBLICATION outside a transaction after the plan"))));
  }
  std::set<std::string> names;
  for (const auto& [name, value] : a.values) names.insert(name);
  for (const auto& [name, value] : b.values) names.insert(name);
  std::vector<std::string> changed;
  for (const std::string& name : names) {
    if (name == "two_phase" || name == "failover") continue;
    if (ValueOf(a, name) != ValueOf(b, name)) changed.push_back(absl::StrCat(name, " = ", ValueOf(b, name)));
  }
  if (!changed.empty()) {
    Emit(Step::kAlter, c.ref, absl::StrCat(alter, " SET (", absl::StrJoin(changed, ", "), ")"),
         absl::StrCat("change options of subscription ", c.ref.id));
  }
  if (!a.enabled && b.enabled) {
    Emit(Step::kAlter, c.ref, absl::StrCat(alter, " ENABLE"), absl::StrCat("enable subscription ", c.ref.id),
         {RuleHazard(Rule::kSubscriptionOffline,
                     absl::StrCat("subscription ", c.ref.id, " starts replicating from slot ", b.slot,
                                  " on its publisher, which the plan neither makes nor checks: its worker fails "
                                  "until the slot exists"),
                     absl::StrCat("make sure the slot exists on the publisher (pg_create_logical_replication_slot), "
                                  "and run ALTER SUBSCRIPTION ", c.ref.id,
                                  " REFRESH PUBLICATION outside a transaction if its tables are not subscribed yet"))});
  }
  planner_.Part<PrivilegePlanner>().Alter(Step::kAlter, *ctx_.from.Find(c.ref)->common, *ctx_.to.Find(c.ref)->common,
                              c.ref.kind, 0);
  return absl::OkStatus();
}

}  // namespace schemaservice::plan::internal
