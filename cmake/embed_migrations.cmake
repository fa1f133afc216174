# Writes OUT: a C++ source holding every file of FILES (the service's own migrations,
# named NNNN_name.sql) as a raw string, in name order. Run with cmake -P.
set(body "")
string(REPLACE "|" ";" FILES "${FILES}")
foreach(f ${FILES})
  get_filename_component(name ${f} NAME)
  if(NOT name MATCHES "^([0-9]+)_[a-z0-9_]+\\.sql$")
    message(FATAL_ERROR "service migration ${name}: expected NNNN_name.sql")
  endif()
  string(REGEX REPLACE "^0*([0-9]+)_.*" "\\1" version ${name})
  file(READ ${f} sql)
  if(sql MATCHES "\\)schemad_sql\"")
    message(FATAL_ERROR "service migration ${name} contains the raw-string delimiter")
  endif()
  string(APPEND body "    {${version}, \"${name}\", R\"schemad_sql(${sql})schemad_sql\"},\n")
endforeach()
file(WRITE ${OUT}.tmp
"// Generated from migrations/*.sql by cmake/embed_migrations.cmake. Do not edit.
#include \"service/executor/service_migrations.h\"

namespace schemaservice::executor {

const std::vector<ServiceMigration>& ServiceMigrations() {
  static const std::vector<ServiceMigration> kMigrations = {
${body}  };
  return kMigrations;
}

}  // namespace schemaservice::executor
")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
