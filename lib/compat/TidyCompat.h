//===--- TidyCompat.h - the clang-tidy engine APIs that differ by major ---===//
//
// The clang-tidy engine library (clangTidy) changed between LLVM 19 and
// LLVM 22 in the places the module registration (checks/) and the standalone
// driver (tool/) use. One function per difference; with ClangCompat.h (the
// AST side) the only place that tests the LLVM version. The functions give
// clang-tidy's own defaults on both majors, so ctxlife enables, lists and runs
// exactly what the clang-tidy of its major would.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_COMPAT_TIDYCOMPAT_H
#define CTXLIFE_LIB_COMPAT_TIDYCOMPAT_H

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <string>
#include <vector>

// The module registry (ClangTidyModuleRegistry::Add) had its own header up
// to clang-tidy 21; clang-tidy 22 moved it into ClangTidyModule.h and the
// old header only warns that it is deprecated (removed in LLVM 24).
#if CLANG_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace ctxlife::compat {

// clang-tidy 22 added query-based custom checks (`CustomChecks:` in
// .clang-tidy), enabled only by --experimental-custom-checks; the functions
// that enumerate checks gained a flag for them. ctxlife, like clang-tidy by
// default, leaves them off; analyzer alpha checks stay off on both majors.

/// The checks \p Options enables (clang::tidy::getCheckNames).
inline std::vector<std::string>
enabledCheckNames(const clang::tidy::ClangTidyOptions &Options) {
#if CLANG_VERSION_MAJOR < 22
  return clang::tidy::getCheckNames(Options, false);
#else
  return clang::tidy::getCheckNames(Options, false, false);
#endif
}

/// Every check's options with their effective values
/// (clang::tidy::getCheckOptions).
inline clang::tidy::ClangTidyOptions::OptionMap
effectiveCheckOptions(const clang::tidy::ClangTidyOptions &Options) {
#if CLANG_VERSION_MAJOR < 22
  return clang::tidy::getCheckOptions(Options, false);
#else
  return clang::tidy::getCheckOptions(Options, false, false);
#endif
}

/// Every check linked in, and every option of theirs
/// (getAllChecksAndOptions; its result type was renamed from
/// NamesAndOptions{Names, Options} to ChecksAndOptions{Checks, Options} in
/// clang-tidy 22).
struct ChecksAndOptions {
  llvm::StringSet<> Checks;
  llvm::StringSet<> Options;
};
inline ChecksAndOptions allChecksAndOptions() {
#if CLANG_VERSION_MAJOR < 22
  clang::tidy::NamesAndOptions All = clang::tidy::getAllChecksAndOptions(false);
  return {std::move(All.Names), std::move(All.Options)};
#else
  clang::tidy::ChecksAndOptions All = clang::tidy::getAllChecksAndOptions(false, false);
  return {std::move(All.Checks), std::move(All.Options)};
#endif
}

/// The compiler arguments the configuration removes from each compile command
/// (`RemovedArgs`, the key of clang-tidy's --removed-arg), which clang-tidy 22
/// added. clang-tidy 19's configuration has no such key (its parser reports
/// it as unknown), so there is nothing to remove. The --removed-arg flag
/// itself is ctxlife's own on every major (tool/Options.cpp).
inline llvm::ArrayRef<std::string>
configRemovedArgs(const clang::tidy::ClangTidyOptions &Options) {
#if CLANG_VERSION_MAJOR < 22
  return {};
#else
  if (!Options.RemovedArgs)
    return {};
  return *Options.RemovedArgs;
#endif
}

/// A ClangTidyContext with clang-tidy's defaults (analyzer alpha checks and,
/// on clang-tidy 22, query-based custom checks off) and
/// --enable-module-headers-parsing as given: clang-tidy 22 added the
/// custom-checks flag to the constructor. Returned by value (guaranteed
/// copy elision: the context is neither copied nor moved).
inline clang::tidy::ClangTidyContext
makeTidyContext(std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> Provider,
                bool EnableModuleHeadersParsing) {
#if CLANG_VERSION_MAJOR < 22
  return clang::tidy::ClangTidyContext(std::move(Provider), false,
                                       EnableModuleHeadersParsing);
#else
  return clang::tidy::ClangTidyContext(std::move(Provider), false,
                                       EnableModuleHeadersParsing, false);
#endif
}

/// Creates the DiagnosticsEngine through which \p Context reports to
/// \p Consumer, and gives it to \p Context. The caller keeps the engine alive
/// while \p Context is used. Up to clang 21 DiagnosticsEngine shared its
/// DiagnosticOptions by reference count; clang 22 takes a plain reference, so
/// the options must outlive the engine, and ClangTidyContext owns them
/// (setDiagnosticsEngine takes them along).
inline std::unique_ptr<clang::DiagnosticsEngine>
attachDiagnostics(clang::tidy::ClangTidyContext &Context,
                  clang::DiagnosticConsumer &Consumer) {
#if CLANG_VERSION_MAJOR < 22
  auto DE = std::make_unique<clang::DiagnosticsEngine>(
      new clang::DiagnosticIDs(), new clang::DiagnosticOptions(), &Consumer,
      /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(DE.get());
#else
  auto Opts = std::make_unique<clang::DiagnosticOptions>();
  auto DE = std::make_unique<clang::DiagnosticsEngine>(
      clang::DiagnosticIDs::create(), *Opts, &Consumer,
      /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(std::move(Opts), DE.get());
#endif
  return DE;
}

} // namespace ctxlife::compat

#endif // CTXLIFE_LIB_COMPAT_TIDYCOMPAT_H
