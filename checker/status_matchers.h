// Test-only gMock matchers for absl::Status (Abseil 20220623 has no StatusIs).
//
//   EXPECT_THAT(LoadPack(dir), IsOk());
//   EXPECT_THAT(Read(path), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("line 3")));
#ifndef CLAIMCHECK_CHECKER_STATUS_MATCHERS_H_
#define CLAIMCHECK_CHECKER_STATUS_MATCHERS_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"

namespace claimcheck {
namespace testing {

inline const absl::Status& GetStatus(const absl::Status& s) { return s; }
template <typename T>
const absl::Status& GetStatus(const absl::StatusOr<T>& s) {
  return s.status();
}

MATCHER(IsOk, "is OK") {
  const absl::Status& s = GetStatus(arg);
  if (!s.ok()) *result_listener << "status is " << s.ToString();
  return s.ok();
}

MATCHER_P2(StatusIs, code, message_matcher, "") {
  const absl::Status& s = GetStatus(arg);
  *result_listener << "status is " << s.ToString();
  return s.code() == code &&
         ::testing::ExplainMatchResult(message_matcher, std::string(s.message()),
                                       result_listener);
}

}  // namespace testing
}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_STATUS_MATCHERS_H_
