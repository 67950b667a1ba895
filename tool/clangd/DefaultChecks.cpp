//===--- DefaultChecks.cpp - ctxlife's checks on by default in clangd -----===//

#include "tool/clangd/DefaultChecks.h"
#include "lib/compat/TidyCompat.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include <optional>
#include <string>
#include <vector>

using namespace llvm;

namespace ctxlife::clangd {

ArrayRef<std::string> ctxlifeCheckNames() {
  static const std::vector<std::string> Names = [] {
    clang::tidy::ClangTidyCheckFactories Factories;
    for (const auto &Entry : clang::tidy::ClangTidyModuleRegistry::entries())
      if (Entry.getName() == "ctxlife-module")
        Entry.instantiate()->addCheckFactories(Factories);
    std::vector<std::string> Result;
    for (const auto &Factory : Factories)
      Result.push_back(Factory.getKey().str());
    return Result;
  }();
  return Names;
}

std::string withCtxLifeChecks(StringRef Checks, ArrayRef<std::string> Names) {
  SmallVector<StringRef, 16> Globs;
  Checks.split(Globs, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  size_t Base = 0; // ctxlife-* goes after the last bare `*` or `-*`
  for (size_t I = 0; I < Globs.size(); ++I) {
    StringRef Pattern = Globs[I] = Globs[I].trim();
    bool Negative = Pattern.consume_front("-");
    Pattern = Pattern.trim();
    if (Pattern == "*") {
      Base = I + 1;
      continue;
    }
    if (Negative || Pattern.empty())
      continue;
    clang::tidy::GlobList Matcher(Pattern);
    if (any_of(Names, [&](const std::string &N) { return Matcher.contains(N); }))
      return Checks.str(); // the configuration enables ctxlife checks itself
  }
  SmallVector<StringRef, 16> Result(Globs.begin(), Globs.begin() + Base);
  Result.push_back("ctxlife-*");
  Result.append(Globs.begin() + Base, Globs.end());
  return join(Result, ",");
}

} // namespace ctxlife::clangd

// The two functions of clangd that the linker sends here instead (-Wl,--wrap).
// clangd's headers are not installed; these are the declarations of
// clangd/TidyProvider.h (the same in LLVM 19 and 22), spelled out, with their
// symbols named explicitly. disableUnusableChecks is the last provider of the
// chain clangd's main builds; provideDefaultChecks, the one before, returns a
// function_ref in 19 and a unique_function later, so it is not the one wrapped.
using TidyProvider = llvm::unique_function<void(clang::tidy::ClangTidyOptions &,
                                                llvm::StringRef) const>;

#define CTXLIFE_DISABLE_UNUSABLE                                                                   \
  "_ZN5clang6clangd21disableUnusableChecksEN4llvm8ArrayRefINSt7__cxx1112basic_stringIcSt11char_"  \
  "traitsIcESaIcEEEEE"
#define CTXLIFE_IS_FAST "_ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE"

TidyProvider realDisableUnusableChecks(llvm::ArrayRef<std::string> ExtraBadChecks) __asm__(
    "__real_" CTXLIFE_DISABLE_UNUSABLE);
TidyProvider wrapDisableUnusableChecks(llvm::ArrayRef<std::string> ExtraBadChecks) __asm__(
    "__wrap_" CTXLIFE_DISABLE_UNUSABLE);
std::optional<bool> realIsFastTidyCheck(llvm::StringRef Check) __asm__("__real_" CTXLIFE_IS_FAST);
std::optional<bool> wrapIsFastTidyCheck(llvm::StringRef Check) __asm__("__wrap_" CTXLIFE_IS_FAST);

TidyProvider wrapDisableUnusableChecks(llvm::ArrayRef<std::string> ExtraBadChecks) {
  return [Disable = realDisableUnusableChecks(ExtraBadChecks)](
             clang::tidy::ClangTidyOptions &Opts, llvm::StringRef File) {
    Disable(Opts, File);
    Opts.Checks = ctxlife::clangd::withCtxLifeChecks(Opts.Checks.value_or(""),
                                                     ctxlife::clangd::ctxlifeCheckNames());
  };
}

std::optional<bool> wrapIsFastTidyCheck(llvm::StringRef Check) {
  if (llvm::is_contained(ctxlife::clangd::ctxlifeCheckNames(), Check))
    return true;
  return realIsFastTidyCheck(Check);
}
