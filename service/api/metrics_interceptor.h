// service/api/metrics_interceptor.h
//
// Counts every RPC (the SchemaService's, health's and reflection's) and times it from
// arrival to the final status, so /metrics shows traffic and latency per method and code
// without each handler remembering to.
#pragma once

#include <grpcpp/support/server_interceptor.h>

#include "service/metrics/metrics.h"

namespace schemaservice::api {

class MetricsInterceptorFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit MetricsInterceptorFactory(metrics::Metrics& metrics) : metrics_(metrics) {}
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

 private:
  metrics::Metrics& metrics_;
};

}  // namespace schemaservice::api
