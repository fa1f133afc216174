#include "service/api/metrics_interceptor.h"

#include <chrono>
#include <string>

#include <google/protobuf/descriptor.h>

#include "grpc/health/v1/health.pb.h"
#include "service/api/status_mapping.h"

namespace schemaservice::api {
namespace {

using grpc::experimental::InterceptionHookPoints;

constexpr char kUnknown[] = "unknown";

class MetricsInterceptor : public grpc::experimental::Interceptor {
 public:
  MetricsInterceptor(std::string full_method, metrics::Metrics& metrics)
      : metrics_(metrics), start_(std::chrono::steady_clock::now()) {
    // "/schemaservice.v1.SchemaService/History" -> service, method. The path is the
    // client's to choose: a label per invented path would be a series per call.
    if (IsKnownMethod(full_method)) {
      const size_t slash = full_method.rfind('/');
      service_ = full_method.substr(1, slash - 1);
      method_ = full_method.substr(slash + 1);
    } else {
      service_ = kUnknown;
      method_ = kUnknown;
    }
    metrics_.CallStarted(service_, method_);
  }
  // gRPC destroys the interceptor when the call is over, whichever way it ended.
  ~MetricsInterceptor() override { metrics_.CallEnded(service_, method_); }

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

bool IsKnownMethod(const std::string& full_method) {
  const size_t slash = full_method.rfind('/');
  if (full_method.empty() || full_method[0] != '/' || slash == std::string::npos ||
      slash == 0) {
    return false;
  }
  // A miss costs one lookup and leaves nothing behind: the pool forgets the names it did
  // not find on the next lookup.
  const google::protobuf::ServiceDescriptor* service =
      google::protobuf::DescriptorPool::generated_pool()->FindServiceByName(
          full_method.substr(1, slash - 1));
  return service != nullptr && service->FindMethodByName(full_method.substr(slash + 1)) != nullptr;
}

MetricsInterceptorFactory::MetricsInterceptorFactory(metrics::Metrics& metrics)
    : metrics_(metrics) {
  // schemad answers health with gRPC's built-in service, which does not use the generated
  // pool; naming one of health.proto's messages links it in, so grpc.health.v1.Health is
  // known and keeps its own labels.
  (void)grpc::health::v1::HealthCheckRequest::descriptor();
}

grpc::experimental::Interceptor* MetricsInterceptorFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  return new MetricsInterceptor(info->method() ? info->method() : "", metrics_);
}

}  // namespace schemaservice::api
