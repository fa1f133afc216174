// service/metrics/metrics.h
//
// The metric families schemad exports on /metrics. The prometheus::Registry built in
// main.cc is the only process-wide object; Metrics registers its families on it once and
// is handed to the stages by reference.
#pragma once

#include <string>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

namespace schemaservice::metrics {

class Metrics {
 public:
  explicit Metrics(prometheus::Registry& registry);

  // One finished RPC: `method` is the short name ("History"), `code` the gRPC code name.
  void ObserveRpc(const std::string& service, const std::string& method,
                  const std::string& code, double seconds);

 private:
  prometheus::Family<prometheus::Counter>& rpc_requests_;
  prometheus::Family<prometheus::Histogram>& rpc_duration_;
};

}  // namespace schemaservice::metrics
