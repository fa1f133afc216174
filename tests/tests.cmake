# Unit tests (beside the code they test) and integration / end-to-end tests (here), one
# ctest entry per binary: each integration binary starts one throw-away PostgreSQL for all
# its tests, and gives each test a fresh database.

function(schemaservice_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_compile_options(${name} PRIVATE ${SCHEMASERVICE_WARNINGS})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gmock GTest::gtest)
  target_compile_definitions(${name} PRIVATE
    SCHEMASERVICE_BINARY_DIR="${CMAKE_BINARY_DIR}"
    SCHEMASERVICE_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    SCHEMASERVICE_PYTHON_STUBS="${CMAKE_BINARY_DIR}/python")
  add_test(NAME ${name} COMMAND ${name} --gtest_color=no)
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT})
endfunction()

schemaservice_library(test_support
  tests/support/process.cc
  tests/support/schemad_runner.cc)
target_compile_definitions(test_support PRIVATE SCHEMASERVICE_BINARY_DIR="${CMAKE_BINARY_DIR}")

schemaservice_library(test_postgres_main tests/support/test_postgres.cc)
target_link_libraries(test_postgres_main PUBLIC ss_pg GTest::gtest)

# Unit tests: no database.
schemaservice_test(quote_test SOURCES service/pg/quote_test.cc LIBS ss_pg GTest::gtest_main)
schemaservice_test(config_test SOURCES service/config/config_test.cc
  LIBS ss_config GTest::gtest_main)

# Integration tests: a real PostgreSQL.
schemaservice_test(pg_test SOURCES tests/pg_test.cc LIBS ss_pg test_support test_postgres_main)
schemaservice_test(history_test SOURCES tests/history_test.cc
  LIBS ss_executor test_postgres_main)

# End-to-end: the schemad and schemactl binaries, the Python client.
schemaservice_test(schemad_test SOURCES tests/schemad_test.cc
  LIBS schemaservice_client ss_pg test_support test_postgres_main TIMEOUT 600)
schemaservice_test(config_errors_test SOURCES tests/config_errors_test.cc
  LIBS test_support absl::strings GTest::gtest_main)
add_dependencies(schemad_test schemad schemactl)
add_dependencies(config_errors_test schemad)
if(TARGET python_stubs)
  add_dependencies(schemad_test python_stubs)
endif()

# The schema engine's round-trip corpus (tests/cases/*/{a,b}.sql), against a real PostgreSQL.
# Three shards, one PostgreSQL each, so `ctest -j2` keeps both cores busy and each shard (the
# pg_dump oracle runs on 15 only, which makes these the slowest) stays well inside its timeout.
schemaservice_test(roundtrip_test SOURCES tests/roundtrip_test.cc
  LIBS ss_executor test_support test_postgres_main TIMEOUT 1800)
set_tests_properties(roundtrip_test PROPERTIES ENVIRONMENT "GTEST_TOTAL_SHARDS=3;GTEST_SHARD_INDEX=0")
foreach(shard 1 2)
  add_test(NAME roundtrip_test_shard${shard} COMMAND roundtrip_test --gtest_color=no)
  set_tests_properties(roundtrip_test_shard${shard} PROPERTIES TIMEOUT 1800
    ENVIRONMENT "GTEST_TOTAL_SHARDS=3;GTEST_SHARD_INDEX=${shard}")
endforeach()

# The same corpus on the majors Debian does not ship (server packages from npm, installed on
# first use by tests/run_on_major.sh); the pg_dump oracle runs on 15 only.
foreach(major 16 17 18)
  foreach(shard 0 1)
    add_test(NAME roundtrip_test_pg${major}_shard${shard}
      COMMAND bash ${CMAKE_SOURCE_DIR}/tests/run_on_major.sh ${major} $<TARGET_FILE:roundtrip_test> --gtest_color=no)
    set_tests_properties(roundtrip_test_pg${major}_shard${shard} PROPERTIES TIMEOUT 1800
      ENVIRONMENT "GTEST_TOTAL_SHARDS=2;GTEST_SHARD_INDEX=${shard}")
  endforeach()
endforeach()
# Databases of two majors side by side (15 and 17; 17's server package installed first).
schemaservice_test(majors_test SOURCES tests/majors_test.cc
  LIBS ss_executor test_support test_postgres_main)
add_dependencies(majors_test schemactl)
set_tests_properties(majors_test PROPERTIES ENVIRONMENT "SCHEMAD_PG_BINDIR=")
add_test(NAME majors_test_install COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/install-pg-majors.sh 17)
set_tests_properties(majors_test_install PROPERTIES FIXTURES_SETUP pg17 TIMEOUT 600)
set_tests_properties(majors_test PROPERTIES FIXTURES_REQUIRED pg17)
schemaservice_test(engine_test SOURCES tests/engine_test.cc LIBS ss_executor test_support test_postgres_main)
add_dependencies(engine_test schemactl)
schemaservice_test(plan_test SOURCES service/plan/plan_test.cc service/plan/plan_parts_test.cc service/plan/graph_test.cc service/plan/plan_attached_test.cc service/plan/plan_rows_test.cc service/plan/plan_identity_test.cc service/plan/plan_tablespace_test.cc service/plan/plan_types_test.cc service/plan/plan_kinds_test.cc service/plan/plan_online_test.cc service/plan/render_test.cc LIBS ss_plan GTest::gmock_main)
schemaservice_test(rename_test SOURCES service/plan/rename_test.cc LIBS ss_plan GTest::gmock_main)
schemaservice_test(errors_test SOURCES tests/errors_test.cc LIBS ss_executor test_postgres_main)
schemaservice_test(python_client_test SOURCES tests/python_client_test.cc LIBS ss_pg test_support test_postgres_main TIMEOUT 300)
add_dependencies(python_client_test schemad)
if(TARGET python_stubs)
  add_dependencies(python_client_test python_stubs)
endif()
# The attacks of the trust-boundary issue, hung calls and SIGTERM, against the example config.
schemaservice_test(security_test SOURCES tests/security_test.cc
  LIBS schemaservice_client test_support PkgConfig::PQXX GTest::gtest_main TIMEOUT 600)
add_dependencies(security_test schemad)
schemaservice_test(auth_test SOURCES tests/auth_test.cc
  LIBS schemaservice_client ss_pg test_support test_postgres_main TIMEOUT 300)
add_dependencies(auth_test schemad)
schemaservice_test(auth_rules_test SOURCES service/api/auth_rules_test.cc
  LIBS ss_api GTest::gmock_main)
# /metrics labels only the methods schemad serves; invented paths share one "unknown" series.
schemaservice_test(metrics_test SOURCES tests/metrics_test.cc
  LIBS schemaservice_client ss_pg test_support test_postgres_main TIMEOUT 300)
add_dependencies(metrics_test schemad)
# Names holding newlines stay inside the comments of a printed plan (schemactl diff).
schemaservice_test(render_injection_test SOURCES tests/render_injection_test.cc
  LIBS test_support absl::strings GTest::gtest_main TIMEOUT 300)
add_dependencies(render_injection_test schemactl)
# schemactl's connection flags: a non-PEM TLS file or a directory as token file, said clearly.
schemaservice_test(client_flags_test SOURCES tests/client_flags_test.cc
  LIBS test_support GTest::gtest_main)
add_dependencies(client_flags_test schemactl)
# Apply and Rollback end to end: two replicas racing, SIGKILL inside a migration, the
# migration metrics, SIGTERM during Apply.
schemaservice_test(migrate_e2e_test SOURCES tests/migrate_e2e_test.cc
  LIBS schemaservice_client ss_pg test_support test_postgres_main TIMEOUT 600)
add_dependencies(migrate_e2e_test schemad schemactl)
# The migration store (files only).
schemaservice_test(store_test SOURCES service/store/store_test.cc
  LIBS ss_store test_support GTest::gmock_main)
# Generate: proven migrations written into the store.
schemaservice_test(generate_test SOURCES tests/generate_test.cc
  LIBS ss_executor test_support test_postgres_main)
# Apply, Rollback, Resolve, Baseline and the migration status, in process.
schemaservice_test(migrate_test SOURCES tests/migrate_test.cc
  LIBS ss_executor test_support test_postgres_main)
# The catalog reader's per-major dialect, and the definitions it writes itself (no database).
schemaservice_test(catalog_versions_test SOURCES service/catalog/versions_test.cc
  service/catalog/reader_definitions_test.cc
  LIBS ss_catalog GTest::gmock_main)
# Backups: pg_dump streamed into the backup store, restored from stdin; failures keep nothing.
schemaservice_test(backup_test SOURCES tests/backup_test.cc LIBS ss_backup test_postgres_main)
# The team guide end to end through schemad and schemactl on real databases: sync and its
# guards, backups (taken, verified, restored into a new database and in place), the
# environment identity guard, and a backup that cannot be written.
schemaservice_test(workflow_test SOURCES tests/workflow_test.cc
  LIBS schemaservice_client ss_pg test_support test_postgres_main TIMEOUT 600)
add_dependencies(workflow_test schemad schemactl)
# The team guide through the Python client (manage_db.py) from SQLAlchemy models
# (examples/sqlalchemy_app), in pytest: a throw-away PostgreSQL and a real schemad, each step
# checked with psql; plus rendering errors and the typed client. Needs python3-sqlalchemy and
# python3-pytest.
add_test(NAME python_guide_test
  COMMAND /usr/bin/python3 -m pytest -q -p no:cacheprovider ${CMAKE_SOURCE_DIR}/tests/python_guide_test.py)
set_tests_properties(python_guide_test PROPERTIES TIMEOUT 600
  ENVIRONMENT "SCHEMASERVICE_BUILD_DIR=${CMAKE_BINARY_DIR};SCHEMASERVICE_PYTHON_STUBS=${CMAKE_BINARY_DIR}/python;PYTHONDONTWRITEBYTECODE=1")
# deploy/k8s: the base and every overlay rendered (kubectl kustomize when kubectl with
# kustomize v4+ is on PATH, else a small renderer in the test) and checked: kinds, probes,
# security context, every referenced ConfigMap/Secret key. Needs python3-yaml.
add_test(NAME k8s_manifests_test
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/k8s_manifests_test.py)
set_tests_properties(k8s_manifests_test PROPERTIES TIMEOUT 120
  ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
# The Node client (clients/node) against a real schemad on a copy of examples/app with the
# embedded default, in node's own test runner: Generate, History, a streamed Apply to test,
# NOT_FOUND as SchemaServiceError. Runs `npm ci` first when node_modules is missing or stale;
# skipped (exit 77) only where node/npm are not installed (Debian's nodejs and npm).
add_test(NAME node_client_test COMMAND bash ${CMAKE_SOURCE_DIR}/clients/node/scripts/ctest.sh)
set_tests_properties(node_client_test PROPERTIES TIMEOUT 600 SKIP_RETURN_CODE 77
  ENVIRONMENT "SCHEMASERVICE_BUILD_DIR=${CMAKE_BINARY_DIR}")
# The C++ client library against the real schemad with a token required: every typed call
# under the client's project and request id, Apply's events in order with the summary last,
# per-call deadlines, schemad's codes and messages passed on, cancelling from another thread.
schemaservice_test(cpp_client_test
  SOURCES tests/cpp_client_test.cc tests/support/served_project.cc
  LIBS schemaservice_client test_support test_postgres_main TIMEOUT 300)
add_dependencies(cpp_client_test schemad schemactl)
# Connection pools through the real schemad: at most pool_size sessions under 12 callers and
# nothing left in them, and an environment's PostgreSQL restarted under load (UNAVAILABLE,
# fast, while down; served again after, by the same schemad).
schemaservice_test(pool_test
  SOURCES tests/pool_test.cc tests/support/served_project.cc
  LIBS schemaservice_client test_support test_postgres_main TIMEOUT 300)
add_dependencies(pool_test schemad schemactl)
# schemad behind PgBouncer (Debian's pgbouncer on loopback, pools of one and four):
# session pooling applies; transaction pooling serves History but Apply is refused
# (FAILED_PRECONDITION, nothing applied), and the check itself decides the same way each time.
schemaservice_test(pgbouncer_test
  SOURCES tests/pgbouncer_test.cc tests/support/served_project.cc
  LIBS schemaservice_client ss_pg test_support test_postgres_main TIMEOUT 300)
add_dependencies(pgbouncer_test schemad schemactl)
# The installed package as another service uses it: `cmake --install` into a temporary
# prefix, examples/cpp_client built there as a project of its own (ccache when present), then
# run against the real schemad: History, an Apply streamed, the table in the database.
schemaservice_test(cpp_client_example_test
  SOURCES tests/cpp_client_example_test.cc tests/support/served_project.cc
  LIBS test_support test_postgres_main TIMEOUT 300)
set(EXAMPLE_CCACHE "")
if(CCACHE_PROGRAM)
  set(EXAMPLE_CCACHE ${CCACHE_PROGRAM})
endif()
target_compile_definitions(cpp_client_example_test PRIVATE
  SCHEMASERVICE_CMAKE="${CMAKE_COMMAND}"
  SCHEMASERVICE_CCACHE="${EXAMPLE_CCACHE}"
  SCHEMASERVICE_INSTALL_LIBDIR="${CMAKE_INSTALL_LIBDIR}")
add_dependencies(cpp_client_example_test schemad schemactl schemaservice_client)
# The soak (scripts/bench/soak.sh) for a minute: mixed History / Diff / Apply load from
# load_client with every tenth call cancelled, /metrics scraped; fails on any error or wrong
# answer, RSS climbing, fds, connections or shadow databases leaking, a slow shutdown. At one
# minute schemad's RSS still settles (about 1.4 MB/min over 30-60 s, 0.1-0.3 MB/min after 3-5
# minutes), so this run allows 4 MB/min and catches fast leaks; the 10-minute default run of
# soak.sh holds the 1 MB/min line.
add_test(NAME soak_test COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/bench/soak.sh 60)
set_tests_properties(soak_test PROPERTIES TIMEOUT 300
  ENVIRONMENT "BUILD_DIR=${CMAKE_BINARY_DIR};RSS_SLOPE_MAX_KB_PER_MIN=4096")
