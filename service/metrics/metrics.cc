#include "service/metrics/metrics.h"

namespace schemaservice::metrics {
namespace {

// From a quick History read to an Apply that builds indexes for minutes.
const prometheus::Histogram::BucketBoundaries kRpcBuckets = {
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900};

}  // namespace

Metrics::Metrics(prometheus::Registry& registry)
    : rpc_requests_(prometheus::BuildCounter()
                        .Name("schemad_rpc_requests_total")
                        .Help("gRPC requests handled, by service, method and status code.")
                        .Register(registry)),
      rpc_duration_(prometheus::BuildHistogram()
                        .Name("schemad_rpc_duration_seconds")
                        .Help("gRPC request latency, from arrival to the final status.")
                        .Register(registry)) {}

void Metrics::ObserveRpc(const std::string& service, const std::string& method,
                         const std::string& code, double seconds) {
  rpc_requests_.Add({{"service", service}, {"method", method}, {"code", code}}).Increment();
  rpc_duration_.Add({{"service", service}, {"method", method}}, kRpcBuckets).Observe(seconds);
}

}  // namespace schemaservice::metrics
