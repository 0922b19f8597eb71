// The one place for error-propagation helpers (Abseil 20220623 ships none).
//
//   CC_RETURN_IF_ERROR(LoadThing(path));
//   CC_ASSIGN_OR_RETURN(Pack pack, LoadPack(dir));
#ifndef CLAIMCHECK_CHECKER_STATUS_MACROS_H_
#define CLAIMCHECK_CHECKER_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define CC_RETURN_IF_ERROR(expr)                 \
  do {                                           \
    ::absl::Status cc_status_ = (expr);          \
    if (!cc_status_.ok()) return cc_status_;     \
  } while (0)

#define CC_STATUS_CONCAT_INNER_(a, b) a##b
#define CC_STATUS_CONCAT_(a, b) CC_STATUS_CONCAT_INNER_(a, b)

#define CC_ASSIGN_OR_RETURN(lhs, expr) \
  CC_ASSIGN_OR_RETURN_IMPL_(CC_STATUS_CONCAT_(cc_statusor_, __LINE__), lhs, expr)

#define CC_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()

#endif  // CLAIMCHECK_CHECKER_STATUS_MACROS_H_
