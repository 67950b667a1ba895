//===--- LaunchKinds.cpp - what each launch kind's outcomes mean -----------===//
//
// The outcome table: for every way a launcher lets go of its work, which
// fates of the object it returns (Schema.h's `Fate`) leave the work running
// after the request has ended, and what the notes say.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Schema.h"
#include "llvm/Support/ErrorHandling.h"

namespace ctxlife {
namespace {

using K = LaunchKind;
//                                  Unknown Waited Detached Kept  Dropped
constexpr std::array<bool, NumFates> Always{true, true, true, true, true};
constexpr std::array<bool, NumFates> DetachedOrKept{false, false, true, true,
                                                    false};
constexpr std::array<bool, NumFates> KeptOnly{false, false, false, true, false};
constexpr std::array<bool, NumFates> KeptOrDropped{false, false, false, true,
                                                   true};
constexpr std::array<bool, NumFates> NotWaited{false, false, true, true, true};

const LaunchKindRow Rows[] = {
    {K::Thread, "thread", 0, DetachedOrKept, "the thread is detached here",
     "the thread is kept in %1 here and is not joined before the request ends",
     "a thread kept in %1"},
    {K::Always, "always", FirstCallableArg, Always,
     "'%0' runs it later, after this function returns", "", ""},
    {K::UnlessAwaited, "async", LastArg, KeptOrDropped,
     "'%0' starts it here and its result is never awaited", "", ""},
    {K::FutureUnlessKept, "future", FirstCallableArg, KeptOnly,
     "the future is kept in %1 here, so nothing waits for the task before "
     "the request ends",
     "the future is kept in %1 here, so nothing waits for the task before "
     "the request ends",
     ""},
    {K::TaskUnlessWaited, "task", FirstCallableArg, NotWaited,
     "'%0' starts it here and the task is never waited for", "", ""},
    {K::OnCompletion, "", LastArg, Always,
     "'%0' calls it when the operation completes, after this function returns",
     "", ""},
    {K::DetachedToken, "", LastArg, Always,
     "'%0' starts it here and nothing waits for it", "", ""},
    {K::AwaitableResult, "", LastArg, KeptOrDropped,
     "'%0' starts it here and its result is never awaited", "", ""},
};

} // namespace

llvm::ArrayRef<LaunchKindRow> launchKinds() { return Rows; }

const LaunchKindRow &launchKind(LaunchKind Kind) {
  for (const LaunchKindRow &R : Rows)
    if (R.Kind == Kind)
      return R;
  llvm_unreachable("every launch kind has a row");
}

} // namespace ctxlife
