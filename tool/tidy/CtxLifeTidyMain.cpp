//===--- CtxLifeTidyMain.cpp - clang-tidy with ctxlife's checks built in --===//
//
// ctxlife-tidy is clang-tidy: clang-tidy's own main (libclangTidyMain.a) with
// every built-in module, plus ctxlife's module, linked in. Flags, output and
// exit codes are clang-tidy's; there is no plugin to load and no version to
// match. The one thing added: when clang's builtin headers are not beside the
// executable (clang-tidy's default, <prefix>/lib/clang/<major>), the directory
// tool/ResourceDir.h finds is passed as `--extra-arg-before=-resource-dir=`,
// unless the command line already names a resource directory.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/tool/ClangTidyMain.h"
#include "tool/ResourceDir.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

// Any symbol of the executable, for llvm::sys::fs::getMainExecutable.
static int StaticSymbol;

int main(int Argc, const char **Argv) {
  std::vector<std::string> Args(Argv, Argv + Argc);
  ctxlife::ResourceDirSearch Search =
      ctxlife::findResourceDir(Argv[0], static_cast<void *>(&StaticSymbol));
  if (Search.Found.empty()) {
    // clang-tidy itself still runs (--help, --list-checks, --dump-config); any
    // file that includes a builtin header then fails to compile.
    if (!ctxlife::namesResourceDir(Args))
      llvm::errs() << "ctxlife-tidy: warning: "
                   << ctxlife::resourceDirMissing(Search, "--extra-arg=-resource-dir") << "\n";
    return clang::tidy::clangTidyMain(Argc, Argv);
  }
  if (Search.Found == Search.Default || ctxlife::namesResourceDir(Args))
    return clang::tidy::clangTidyMain(Argc, Argv);
  std::string Extra = "--extra-arg-before=-resource-dir=" + Search.Found;
  std::vector<const char *> WithDir(Argv, Argv + Argc);
  WithDir.insert(WithDir.begin() + 1, Extra.c_str());
  WithDir.push_back(nullptr);
  return clang::tidy::clangTidyMain(Argc + 1, WithDir.data());
}
