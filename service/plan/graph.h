// service/plan/graph.h
//
// Internal to plan/: the statements of one plan as a graph. A node is one step (drop, alter
// or create) of one object and holds that step's statements; an edge says which node must
// run first. The per-kind planners add nodes and the edges they know of; the orderer
// (plan_order.cc) adds the edges the catalogs' dependencies imply; Sort turns the graph into
// the plan's order, deterministically.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "service/catalog/catalog.h"
#include "service/plan/plan.h"

namespace schemaservice::plan::internal {

enum class Step { kDrop = 0, kAlter = 1, kCreate = 2 };
const char* StepName(Step step);  // "drop"

// A step split off an object's own node so it can be ordered apart from it: a column's
// default or identity (kDefault also: a domain's checks) dropped in the drop phase (before what it used goes), one parent of a
// table given up (NO INHERIT) or taken (INHERIT), the renames of NOT NULL constraints a
// table kept from former parents (after every NO INHERIT), and a base type's shell (CREATE
// TYPE name), which its I/O functions need before the type can be made whole; the rows of a
// recreated table kept aside (drop phase) and put back (create phase).
enum class Facet { kWhole, kDefault, kIdentity, kNoInherit, kInherit, kKeptNotNull, kShell, kRows, kToast };

struct NodeKey {
  Step step;
  catalog::ObjectRef ref;
  Facet facet = Facet::kWhole;
  std::string parent;  // kInherit, kNoInherit: the parent table

  // The name the sort breaks ties by and errors show: the object's id, with the facet.
  std::string Name() const;
  bool operator<(const NodeKey& o) const {
    return std::tie(step, ref, facet, parent) < std::tie(o.step, o.ref, o.facet, o.parent);
  }
  bool operator==(const NodeKey& o) const {
    return step == o.step && ref == o.ref && facet == o.facet && parent == o.parent;
  }
};

struct Node {
  std::vector<Statement> statements;
  std::set<NodeKey> after;  // nodes that must run before this one
};

class Graph {
 public:
  // The node, created empty when new: an empty node still orders what depends on it.
  Node& At(Step step, const catalog::ObjectRef& ref) { return nodes_[NodeKey{step, ref}]; }
  bool Has(Step step, const catalog::ObjectRef& ref) const { return nodes_.count(NodeKey{step, ref}) > 0; }
  Node& At(const NodeKey& key) { return nodes_[key]; }
  bool Has(const NodeKey& key) const { return nodes_.count(key) > 0; }
  void Erase(const NodeKey& key) { nodes_.erase(key); }

  // Appends a statement to the node; its hazards are sorted and made unique.
  void Emit(Step step, const catalog::ObjectRef& ref, Statement s);
  void Emit(Step step, const catalog::ObjectRef& ref, std::string sql, std::string description,
            std::vector<Hazard> hazards = {}, std::string lock = "");
  void Emit(const NodeKey& key, Statement s);
  void Emit(const NodeKey& key, std::string sql, std::string description);
  // Adds a hazard to the node's first statement (none when the node has no statement).
  void AddHazard(Step step, const catalog::ObjectRef& ref, const Hazard& h);

  // `node` runs after `before` when both end up planned: either may be planned later.
  void OrderIfPlanned(const NodeKey& node, const NodeKey& before) { conditional_.emplace_back(node, before); }

  // Turns the conditional orders whose nodes both exist into edges (Sort does it too).
  void ApplyConditionalEdges();

  std::map<NodeKey, Node>& nodes() { return nodes_; }
  const std::map<NodeKey, Node>& nodes() const { return nodes_; }

  // Every statement, each node after the nodes it waits for; among nodes that are ready, the
  // one `priority` ranks lowest first. A cycle fails with UNIMPLEMENTED naming each node that
  // waits and what it waits for; `stuck` (when given) gets those nodes.
  using Priority = std::function<std::tuple<int, int, std::string>(const NodeKey&)>;
  absl::StatusOr<std::vector<Statement>> Sort(const Priority& priority, std::set<NodeKey>* stuck = nullptr);

 private:
  std::map<NodeKey, Node> nodes_;
  std::vector<std::pair<NodeKey, NodeKey>> conditional_;
};

}  // namespace schemaservice::plan::internal
