// service/util/files.h
//
// Reading a whole file, with an error that names it: the one helper the stages that read
// files (store, shadow sources, TLS) share.
#pragma once

#include <filesystem>
#include <string>

#include "absl/status/statusor.h"

namespace schemaservice {

// The file's bytes, unchanged; FAILED_PRECONDITION "cannot read PATH: reason" otherwise.
absl::StatusOr<std::string> ReadFileToString(const std::filesystem::path& path);

}  // namespace schemaservice
