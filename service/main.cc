// schemad: the SchemaService server.
//
// Loads one YAML config, starts the embedded PostgreSQL when an environment asks for it,
// checks every configured database answers, then serves gRPC (SchemaService, health,
// reflection; TLS when configured) and Prometheus /metrics on a separate port until SIGTERM
// or SIGINT, when it reports NOT_SERVING, lets running calls finish within the grace period,
// cancels what still runs, and exits within grace + 5 s whatever the calls do.
//
// Exit codes: 0 clean shutdown; 1 runtime failure (cannot listen, embedded server failed);
// 2 bad configuration; 3 a configured database cannot be reached.
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/resource_quota.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/security/tls_certificate_provider.h>
#include <grpcpp/security/tls_credentials_options.h>
#include <prometheus/exposer.h>
#include <prometheus/registry.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "service/api/calls.h"
#include "service/api/metrics_interceptor.h"
#include "service/api/schema_service_impl.h"
#include "service/api/tls_files.h"
#include "service/config/config.h"
#include "service/executor/targets.h"
#include "service/pg/binaries.h"
#include "service/metrics/metrics.h"
#include "service/pg/connection.h"
#include "service/pg/embedded.h"

namespace {

using namespace schemaservice;  // NOLINT: main.cc wires every stage together

constexpr int kExitRuntime = 1;
constexpr int kExitConfig = 2;
constexpr int kExitDatabase = 3;

int Fail(int code, const std::string& message) {
  std::cerr << "schemad: " << message << std::endl;
  return code;
}

// "127.0.0.1:0" with the port gRPC picked -> "127.0.0.1:40123".
std::string WithPort(const std::string& listen, int port) {
  if (listen.rfind("unix:", 0) == 0) return listen;
  return absl::StrCat(listen.substr(0, listen.rfind(':')), ":", port);
}

// Written once the server answers, so scripts and tests wait on a file, not on a sleep.
bool WriteReadyFile(const std::string& path, const std::string& grpc_address,
                    const std::string& metrics_address, const std::string& health_address) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    out << "grpc=" << grpc_address << "\nmetrics=" << metrics_address
        << "\nhealth=" << health_address << "\npid=" << getpid() << "\n";
    if (!out) return false;
  }
  return std::rename(tmp.c_str(), path.c_str()) == 0;
}

// Server TLS from the last good copies of the configured files (TlsFiles), which gRPC's
// watcher re-reads every reload_seconds: a certificate cert-manager rotates is served without
// a restart, and a broken rotation keeps the last good one in service.
std::shared_ptr<grpc::ServerCredentials> ServerCredentials(const config::ServerConfig& server,
                                                           const api::TlsFiles* files) {
  if (!server.tls || files == nullptr) return grpc::InsecureServerCredentials();
  const config::TlsConfig& tls = *server.tls;
  auto provider = std::make_shared<grpc::experimental::FileWatcherCertificateProvider>(
      files->key_path(), files->cert_path(), files->ca_path(),
      static_cast<unsigned int>(tls.reload_seconds));
  grpc::experimental::TlsServerCredentialsOptions options(provider);
  options.watch_identity_key_cert_pairs();
  if (tls.client_ca_file.empty()) {
    options.set_cert_request_type(GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE);
  } else {
    options.watch_root_certs();
    options.set_cert_request_type(GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
  }
  return grpc::experimental::TlsServerCredentials(options);
}

}  // namespace

int main(int argc, char** argv) {
  // Debian builds Abseil without NDEBUG, so every absl::Mutex (gRPC's included) records lock
  // order in a global graph to detect deadlocks: a global lock and bookkeeping per
  // acquisition, a visible share of each call's CPU under load. Off, as in release builds.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  CLI::App app{"schemad: the PostgreSQL schema-management service (SchemaService over gRPC)"};
  std::string config_path;
  std::string ready_file;
  std::string log_level = "info";
  bool check_config = false;
  std::string listen_override, metrics_listen_override;
  app.add_option("-c,--config", config_path, "YAML configuration file")
      ->envname("SCHEMAD_CONFIG")
      ->required();
  app.add_option("--ready-file", ready_file,
                 "write the listening addresses to this file once serving");
  app.add_option("--log-level", log_level, "trace, debug, info, warn, error")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error"}));
  app.add_option("--listen", listen_override, "override server.listen (host:port)");
  CLI::Option* metrics_listen_flag =
      app.add_option("--metrics-listen", metrics_listen_override,
                     "override server.metrics_listen (host:port; \"\" turns /metrics off)");
  app.add_flag("--check-config", check_config,
               "validate the configuration and the databases' reachability, then exit");
  CLI11_PARSE(app, argc, argv);

  // Block the shutdown signals in every thread (gRPC and prometheus start their own) so
  // only the sigwait below receives them.
  sigset_t shutdown_signals;
  sigemptyset(&shutdown_signals);
  sigaddset(&shutdown_signals, SIGTERM);
  sigaddset(&shutdown_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &shutdown_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  auto logger = spdlog::stderr_logger_mt("schemad");
  logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z level=%l %v");
  logger->set_level(spdlog::level::from_str(log_level));

  absl::StatusOr<config::Config> config = config::LoadConfig(config_path, config::ProcessEnv());
  if (!config.ok()) return Fail(kExitConfig, std::string(config.status().message()));
  if (!listen_override.empty()) config->server.listen = listen_override;
  if (metrics_listen_flag->count() > 0) config->server.metrics_listen = metrics_listen_override;
  if (absl::Status s = config::CheckExposure(*config); !s.ok()) {
    return Fail(kExitConfig, std::string(s.message()));
  }
  if (!config->server.tls && !config::IsLoopback(config->server.listen)) {
    logger->warn(
        "schemad.insecure listen={} server.allow_insecure=true: gRPC without TLS beyond "
        "loopback; tokens and schemas cross the network in clear text unless a proxy in front "
        "terminates TLS",
        config->server.listen);
  }
  const std::string state_dir =
      config->server.state_dir.empty() ? pg::DefaultStateDir() : config->server.state_dir;

  // Each major's programs, found once; a configured folder holding the wrong major is a
  // config error now rather than a failing shadow later.
  std::map<int, std::string> bin_dirs;
  for (const auto& [major, dir] : config->postgres.bin_dirs) bin_dirs[major] = dir.string();
  const pg::Binaries binaries = pg::Binaries::Find(bin_dirs);
  if (absl::Status s = binaries.Check(); !s.ok()) {
    return Fail(kExitConfig, absl::StrCat(config->source, ": ", s.message()));
  }
  const int default_major = binaries.DefaultMajor(config->postgres.default_major);
  logger->info("postgres.binaries default_major={} {}", default_major, binaries.Describe());

  auto registry = std::make_shared<prometheus::Registry>();
  metrics::Metrics metrics(*registry);

  // Resolve every environment to a database, starting the embedded server if one asks.
  std::unique_ptr<pg::EmbeddedPostgres> embedded;
  std::vector<executor::Target> targets;
  for (const config::ProjectConfig& project : config->projects) {
    for (const config::EnvironmentConfig& env : project.environments) {
      executor::Target target{project.name, env.name, env.database.settings};
      if (env.database.embedded) {
        if (!embedded) {
          logger->info("embedded.starting");
          pg::EmbeddedOptions options;
          options.state_dir = state_dir;
          absl::StatusOr<std::string> bin_dir = binaries.ServerDir(default_major);
          if (!bin_dir.ok()) {
            return Fail(kExitConfig, absl::StrCat("database: embedded needs PostgreSQL ",
                                                  default_major, ": ", bin_dir.status().message()));
          }
          options.bin_dir = *bin_dir;
          absl::StatusOr<std::unique_ptr<pg::EmbeddedPostgres>> started =
              pg::EmbeddedPostgres::Start(options);
          if (!started.ok()) return Fail(kExitRuntime, std::string(started.status().message()));
          embedded = std::move(*started);
          logger->info("embedded.started port={} dir={}", embedded->port(),
                       embedded->socket_dir());
        }
        const std::string dbname = config::EmbeddedDatabaseName(project.name, env.name);
        if (absl::Status s = embedded->EnsureDatabase(dbname); !s.ok()) {
          return Fail(kExitRuntime, std::string(s.message()));
        }
        target.settings = embedded->Settings(dbname);
      }
      target.state = std::make_shared<executor::TargetState>();
      target.state->listener = std::make_unique<executor::HistoryListener>(target.settings);
      pg::PoolOptions pool;
      pool.size = env.database.pool_size;
      target.state->pool = pg::Pool::Create(target.Where(), target.settings, pool,
                                            metrics.PoolObserverFor(project.name, env.name, pool.size));
      targets.push_back(std::move(target));
    }
  }

  const executor::Targets target_registry(std::move(targets));

  // A database that cannot be reached now is a configuration problem to report at once,
  // not at the first Apply.
  for (const config::ProjectConfig& project : config->projects) {
    for (const config::EnvironmentConfig& env : project.environments) {
      const executor::Target* target = *target_registry.Find(project.name, env.name);
      absl::StatusOr<std::unique_ptr<pqxx::connection>> conn =
          pg::Connect(target->settings, "schemad-startup");
      if (!conn.ok()) {
        return Fail(kExitDatabase,
                    absl::StrCat(config->source, ":", env.database.line, ": ", env.database.key,
                                 ": ", conn.status().message(),
                                 "; check that the server is up and reachable from here, or "
                                 "fix the settings"));
      }
    }
  }
  for (const config::ProjectConfig& project : config->projects) {
    if (!project.shadow_database || project.shadow_database->embedded) continue;
    executor::ShadowServer shadow(project.shadow_database->settings);
    if (absl::Status s = shadow.CheckAccount(); !s.ok()) {
      return Fail(kExitDatabase,
                  absl::StrCat(config->source, ":", project.shadow_database->line, ": ",
                               project.shadow_database->key, ": ", s.message()));
    }
  }
  if (check_config) {
    std::cout << "schemad: " << config->source << " is valid; every database answered"
              << std::endl;
    return 0;
  }

  if (!config->auth) {
    logger->warn("schemad.no_auth: `auth` is not configured, so every caller may run every "
                 "RPC as \"local\"; configure auth.tokens before exposing schemad");
  }

  std::unique_ptr<prometheus::Exposer> exposer;
  std::string metrics_address;
  if (!config->server.metrics_listen.empty()) {
    try {
      exposer = std::make_unique<prometheus::Exposer>(config->server.metrics_listen);
    } catch (const std::exception& e) {
      return Fail(kExitRuntime, absl::StrCat("cannot serve /metrics on ",
                                             config->server.metrics_listen, ": ", e.what(),
                                             "; choose a free server.metrics_listen"));
    }
    exposer->RegisterCollectable(registry);
    metrics_address = WithPort(config->server.metrics_listen, exposer->GetListeningPorts().at(0));
  }

  grpc::EnableDefaultHealthCheckService(true);
  if (config->server.reflection) grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  // Shadow databases: the project's configured server, else one private server schemad
  // starts (on first use) for shadows alone: caller-supplied SQL never runs where an
  // environment's database lives.
  executor::ShadowServer::Options shadow_options;
  shadow_options.limits = config->server.sandbox;
  shadow_options.state_dir = state_dir;
  shadow_options.binaries = binaries;
  shadow_options.major = default_major;
  // Each running Diff holds up to 4 shadow connections, beside the admin pool and the lock
  // keeper; the environments' servers are apart.
  shadow_options.max_connections = std::min(1000, 6 * config->server.max_concurrent_calls + 20);
  std::vector<std::unique_ptr<executor::ShadowServer>> shadow_servers;
  std::map<std::string, executor::ShadowServer*> shadows;
  executor::ShadowServer* private_shadow = nullptr;
  for (const config::ProjectConfig& project : config->projects) {
    if (project.shadow_database && !project.shadow_database->embedded) {
      executor::ShadowServer::Options options = shadow_options;
      options.admin_pool_size = project.shadow_database->pool_size;
      shadow_servers.push_back(std::make_unique<executor::ShadowServer>(
          project.shadow_database->settings, /*private_server=*/false, options));
      shadows[project.name] = shadow_servers.back().get();
      continue;
    }
    if (private_shadow == nullptr) {
      shadow_servers.push_back(std::make_unique<executor::ShadowServer>(shadow_options));
      private_shadow = shadow_servers.back().get();
    }
    shadows[project.name] = private_shadow;
  }
  api::CallRegistry calls(absl::Seconds(config->server.max_call_seconds),
                          config->server.max_concurrent_calls);
  // The backup store of each project: its backup_dir, else `backups` in the state folder.
  // Temporary files older than the longest call are leftovers of a crash.
  std::vector<std::unique_ptr<backup::BackupStore>> backup_stores;
  api::BackupServices backups;
  backups.binaries = &binaries;
  for (const config::ProjectConfig& project : config->projects) {
    const std::filesystem::path root =
        project.backup_dir.empty() ? std::filesystem::path(state_dir) / "backups" : project.backup_dir;
    backup_stores.push_back(backup::OpenFileStore(
        root, absl::Seconds(config->server.max_call_seconds + config->server.shutdown_grace_seconds + 60)));
    backups.stores[project.name] = backup_stores.back().get();
    logger->info("backups.store project={} {}", project.name, backup_stores.back()->Describe());
  }
  api::SchemaServiceImpl service(*config, target_registry, shadows, calls, logger, &metrics,
                                 std::move(backups));
  grpc::ServerBuilder builder;
  int grpc_port = 0;
  std::unique_ptr<api::TlsFiles> tls_files;
  if (config->server.tls) {
    absl::StatusOr<std::unique_ptr<api::TlsFiles>> started =
        api::TlsFiles::Start(*config->server.tls, logger);
    if (!started.ok()) {
      return Fail(kExitConfig, absl::StrCat(config->source, ": server.tls: ", started.status().message()));
    }
    tls_files = std::move(*started);
  }
  builder.AddListeningPort(config->server.listen,
                           ServerCredentials(config->server, tls_files.get()), &grpc_port);
  // gRPC sets SO_REUSEPORT by default: a second schemad on the same port would then bind too
  // and silently take half the calls.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.SetMaxReceiveMessageSize(config->server.max_message_bytes);
  grpc::ResourceQuota quota("schemad");
  quota.SetMaxThreads(9 * config->server.max_concurrent_calls + 32);
  builder.SetResourceQuota(quota);
  // The sync server lets at most MAX_POLLERS threads wait for work and ends the others after
  // each call (default 2): under many steady callers that is a thread created and joined per
  // call. Up to one per admitted call of a method may wait instead: a bounded set of idle
  // threads that stays after a burst.
  builder.SetSyncServerOption(grpc::ServerBuilder::SyncServerOption::MAX_POLLERS,
                              config->server.max_concurrent_calls);
  builder.RegisterService(&service);
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      interceptors;
  interceptors.push_back(std::make_unique<api::MetricsInterceptorFactory>(metrics));
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server || grpc_port == 0) {
    return Fail(kExitRuntime, absl::StrCat("cannot listen on ", config->server.listen,
                                           ": the address is in use (another schemad?) or not "
                                           "this machine's; choose a free server.listen"));
  }
  // The plaintext health port: a server of its own holding only the default health service
  // (and reflection of it), so nothing but serving status is reachable without TLS.
  std::unique_ptr<grpc::Server> health_server;
  int health_port = 0;
  if (!config->server.health_listen.empty()) {
    grpc::ServerBuilder health_builder;
    health_builder.AddListeningPort(config->server.health_listen,
                                    grpc::InsecureServerCredentials(), &health_port);
    health_builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    health_builder.SetMaxReceiveMessageSize(4096);
    health_server = health_builder.BuildAndStart();
    if (!health_server || health_port == 0) {
      server->Shutdown();
      return Fail(kExitRuntime, absl::StrCat("cannot listen on ", config->server.health_listen,
                                             ": the address is in use or not this machine's; "
                                             "choose a free server.health_listen"));
    }
  }
  std::vector<grpc::HealthCheckServiceInterface*> healths = {server->GetHealthCheckService()};
  if (health_server) healths.push_back(health_server->GetHealthCheckService());
  for (grpc::HealthCheckServiceInterface* health : healths) {
    health->SetServingStatus(v1::SchemaService::service_full_name(), true);
    health->SetServingStatus(true);
  }

  const std::string grpc_address = WithPort(config->server.listen, grpc_port);
  const std::string health_address =
      health_server ? WithPort(config->server.health_listen, health_port) : "off";
  logger->info("schemad.serving grpc={} metrics={} health={} projects={} environments={}",
               grpc_address, metrics_address.empty() ? "off" : metrics_address, health_address,
               config->projects.size(), target_registry.all().size());
  if (!ready_file.empty() && !WriteReadyFile(ready_file, grpc_address, metrics_address,
                                                health_server ? health_address : "")) {
    logger->error("schemad.ready_file_failed path={}", ready_file);
  }

  int signal_number = 0;
  sigwait(&shutdown_signals, &signal_number);
  const int grace = config->server.shutdown_grace_seconds;
  logger->info("schemad.stopping signal={} grace_s={}", strsignal(signal_number), grace);
  // Whatever a call or a server does, schemad is gone within grace + 5 s (k8s kills at 30).
  // The embedded servers die with it (PR_SET_PDEATHSIG); their folders go at the next start.
  std::thread([grace, logger] {
    std::this_thread::sleep_for(std::chrono::milliseconds(grace * 1000 + 4500));
    logger->error("schemad.stop_forced: still stopping {} s after the signal; exiting now",
                  grace + 4.5);
    logger->flush();
    _exit(kExitRuntime);
  }).detach();
  // Load balancers and k8s probes see NOT_SERVING while running calls finish; migration
  // runs stop at their next migration boundary.
  for (grpc::HealthCheckServiceInterface* health : healths) health->Shutdown();
  service.BeginShutdown();
  std::thread stopper([&] {
    server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(grace));
  });
  // At the end of the grace period gRPC cancels the calls still running; their queries are
  // cancelled too, so the handlers return.
  const absl::Time grace_end = absl::Now() + absl::Seconds(grace);
  while (calls.active() > 0 && absl::Now() < grace_end) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (calls.active() > 0) {
    logger->warn("schemad.cancelling calls={}", calls.active());
    calls.CancelAll();
  }
  stopper.join();
  server->Wait();
  if (health_server) health_server->Shutdown(std::chrono::system_clock::now());
  logger->debug("schemad.grpc_stopped");
  exposer.reset();
  logger->debug("schemad.metrics_stopped");
  shadow_servers.clear();
  logger->debug("schemad.shadow_servers_stopped");
  if (embedded) {
    if (absl::Status s = embedded->Stop(absl::Seconds(2)); !s.ok()) {
      logger->warn("embedded.stop {}", std::string(s.message()));
    }
  }
  if (!ready_file.empty()) std::remove(ready_file.c_str());
  logger->info("schemad.stopped");
  return 0;
}
