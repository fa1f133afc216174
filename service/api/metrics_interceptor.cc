#include "service/api/metrics_interceptor.h"

#include <chrono>
#include <string>

#include "service/api/status_mapping.h"

namespace schemaservice::api {
namespace {

using grpc::experimental::InterceptionHookPoints;

class MetricsInterceptor : public grpc::experimental::Interceptor {
 public:
  MetricsInterceptor(std::string full_method, metrics::Metrics& metrics)
      : metrics_(metrics), start_(std::chrono::steady_clock::now()) {
    // "/schemaservice.v1.SchemaService/History" -> service, method
    const size_t slash = full_method.rfind('/');
    if (slash != std::string::npos && slash > 0) {
      service_ = full_method.substr(1, slash - 1);
      method_ = full_method.substr(slash + 1);
    } else {
      service_ = "unknown";
      method_ = full_method;
    }
  }

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      const grpc::Status status = methods->GetSendStatus();
      const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
      metrics_.ObserveRpc(service_, method_, CodeName(status.error_code()), elapsed.count());
    }
    methods->Proceed();
  }

 private:
  metrics::Metrics& metrics_;
  std::chrono::steady_clock::time_point start_;
  std::string service_;
  std::string method_;
};

}  // namespace

grpc::experimental::Interceptor* MetricsInterceptorFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  return new MetricsInterceptor(info->method() ? info->method() : "", metrics_);
}

}  // namespace schemaservice::api
