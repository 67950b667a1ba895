//===--- ModelOptions.h - the options every ctxlife check shares -*- C++ -*-===//
//
// `Frameworks` and `ContextTypes` mean the same in every check, so they are
// read the same way everywhere: the check's own value, else the global one.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_CHECKS_MODELOPTIONS_H
#define CTXLIFE_CHECKS_MODELOPTIONS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/ContextModel.h"
#include "lib/Frameworks.h"
#include "llvm/ADT/StringExtras.h"

namespace ctxlife::tidy {

/// The launchers option (`DetachingCalls`), shared by every check that
/// models detached work: the check's own value, else the global one.
inline std::string
detachingCallsOption(clang::tidy::ClangTidyCheck::OptionsView &Options) {
  return Options.getLocalOrGlobal("DetachingCalls", defaultDetachingCalls()).str();
}

struct ModelOptions {
  std::string Frameworks;
  std::string ContextTypes;

  explicit ModelOptions(clang::tidy::ClangTidyCheck::OptionsView &Options)
      : Frameworks(Options.getLocalOrGlobal("Frameworks", "all")),
        ContextTypes(Options.getLocalOrGlobal("ContextTypes", "")) {}

  ModelConfig config() const {
    return ModelConfig{splitList(Frameworks), splitList(ContextTypes)};
  }

  void store(clang::tidy::ClangTidyCheck::OptionsView &Options,
             clang::tidy::ClangTidyOptions::OptionMap &Opts) const {
    Options.store(Opts, "Frameworks", Frameworks);
    Options.store(Opts, "ContextTypes", ContextTypes);
  }

  /// Reports framework names no profile has, once per check.
  void validate(clang::tidy::ClangTidyCheck &Check) const {
    std::vector<std::string> Unknown = unknownFrameworks(config());
    if (Unknown.empty())
      return;
    std::vector<std::string> Known;
    for (const FrameworkProfile &P : allFrameworks())
      Known.push_back(P.Name.str());
    Check.configurationDiag("unknown framework '%0' in option 'Frameworks' "
                            "(known: all, %1)")
        << Unknown.front() << llvm::join(Known, ", ");
  }
};

} // namespace ctxlife::tidy

#endif
