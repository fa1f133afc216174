#include "service/plan/graph.h"

#include <algorithm>
#include <queue>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace schemaservice::plan::internal {

const char* StepName(Step step) {
  static constexpr const char* kNames[] = {"drop", "alter", "create"};
  return kNames[static_cast<int>(step)];
}

std::string NodeKey::Name() const {
  switch (facet) {
    case Facet::kWhole: return ref.id;
    case Facet::kDefault: return absl::StrCat(ref.id, "#default");
    case Facet::kIdentity: return absl::StrCat(ref.id, "#identity");
    case Facet::kNoInherit: return absl::StrCat(ref.id, " NO INHERIT ", parent);
    case Facet::kInherit: return absl::StrCat(ref.id, " INHERIT ", parent);
    case Facet::kKeptNotNull: return absl::StrCat(ref.id, " NOT NULL kept from parents");
    case Facet::kShell: return absl::StrCat(ref.id, "#shell");
    case Facet::kRows: return absl::StrCat(ref.id, "#rows");
    case Facet::kToast: return absl::StrCat(ref.id, "#toast");
  }
  return ref.id;
}

void Graph::Emit(Step step, const catalog::ObjectRef& ref, Statement s) { Emit(NodeKey{step, ref}, std::move(s)); }

void Graph::Emit(const NodeKey& key, Statement s) {
  std::sort(s.hazards.begin(), s.hazards.end());
  s.hazards.erase(std::unique(s.hazards.begin(), s.hazards.end()), s.hazards.end());
  At(key).statements.push_back(std::move(s));
}

void Graph::Emit(const NodeKey& key, std::string sql, std::string description) {
  At(key).statements.push_back(Statement{std::move(sql), std::move(description), {}, true, ""});
}

void Graph::Emit(Step step, const catalog::ObjectRef& ref, std::string sql, std::string description,
                 std::vector<Hazard> hazards, std::string lock) {
  Emit(step, ref, Statement{std::move(sql), std::move(description), std::move(hazards), true, std::move(lock)});
}

void Graph::AddHazard(Step step, const catalog::ObjectRef& ref, const Hazard& h) {
  auto it = nodes_.find(NodeKey{step, ref});
  if (it == nodes_.end() || it->second.statements.empty()) return;
  auto& hazards = it->second.statements.front().hazards;
  hazards.push_back(h);
  std::sort(hazards.begin(), hazards.end());
}

void Graph::ApplyConditionalEdges() {
  for (const auto& [node, before] : conditional_) {
    if (nodes_.count(node) && nodes_.count(before)) nodes_[node].after.insert(before);
  }
  conditional_.clear();
}

absl::StatusOr<std::vector<Statement>> Graph::Sort(const Priority& priority, std::set<NodeKey>* stuck_nodes) {
  ApplyConditionalEdges();
  // Kahn's algorithm with a priority queue: deterministic for a given graph.
  std::map<NodeKey, int> indegree;
  std::map<NodeKey, std::vector<NodeKey>> next;
  for (const auto& [key, node] : nodes_) {
    indegree[key];
    for (const NodeKey& before : node.after) {
      if (!nodes_.count(before)) continue;
      next[before].push_back(key);
      ++indegree[key];
    }
  }
  auto cmp = [&](const NodeKey& a, const NodeKey& b) { return priority(a) > priority(b); };
  std::priority_queue<NodeKey, std::vector<NodeKey>, decltype(cmp)> ready(cmp);
  for (const auto& [key, deg] : indegree) {
    if (deg == 0) ready.push(key);
  }
  std::vector<Statement> out;
  size_t done = 0;
  while (!ready.empty()) {
    const NodeKey key = ready.top();
    ready.pop();
    ++done;
    for (const Statement& s : nodes_[key].statements) out.push_back(s);
    for (const NodeKey& n : next[key]) {
      if (--indegree[n] == 0) ready.push(n);
    }
  }
  if (done == nodes_.size()) return out;
  std::vector<std::string> stuck;
  for (const auto& [key, deg] : indegree) {
    if (deg == 0) continue;
    if (stuck_nodes != nullptr) stuck_nodes->insert(key);
    std::vector<std::string> waits;
    for (const NodeKey& b : nodes_[key].after) {
      if (indegree.count(b) && indegree[b] > 0) waits.push_back(absl::StrCat(StepName(b.step), " ", b.Name()));
    }
    stuck.push_back(absl::StrCat(StepName(key.step), " ", catalog::KindName(key.ref.kind), " ", key.Name(),
                                 " (after ", absl::StrJoin(waits, ", "), ")"));
  }
  return absl::UnimplementedError(
      absl::StrCat("cannot order the plan: a dependency cycle among ", absl::StrJoin(stuck, ", ")));
}

}  // namespace schemaservice::plan::internal
