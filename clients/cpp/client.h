// clients/cpp/client.h
//
// The library's header is schemaservice/client.h (clients/cpp/include/, installed as
// include/schemaservice/client.h). This one keeps the names in-tree code and tests have long
// used, schemaservice::client::Client and its options.
#pragma once

#include "schemaservice/client.h"

namespace schemaservice::client {

using ::schemaservice::Client;
using ::schemaservice::ClientOptions;
using ::schemaservice::ReadSecretFile;

}  // namespace schemaservice::client
