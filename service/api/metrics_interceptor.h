// service/api/metrics_interceptor.h
//
// Counts every RPC (the SchemaService's, health's and reflection's) and times it from
// arrival to the final status, so /metrics shows traffic and latency per method and code
// without each handler remembering to. Only methods in the generated descriptor pool get
// their own labels: any path a client invents is counted as service="unknown",
// method="unknown", so unauthenticated callers cannot grow memory or /metrics.
#pragma once

#include <string>

#include <grpcpp/support/server_interceptor.h>

#include "service/metrics/metrics.h"

namespace schemaservice::api {

// True when "/package.Service/Method" names a method compiled into this binary.
bool IsKnownMethod(const std::string& full_method);

class MetricsInterceptorFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit MetricsInterceptorFactory(metrics::Metrics& metrics);
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

 private:
  metrics::Metrics& metrics_;
};

}  // namespace schemaservice::api
