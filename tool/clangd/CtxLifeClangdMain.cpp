//===--- CtxLifeClangdMain.cpp - clangd with ctxlife's checks built in ----===//
//
// ctxlife-clangd is clangd: clangd's own main (libclangdMain.a) with its
// tweaks and every built-in clang-tidy module, plus ctxlife's module, whose
// checks are on by default (DefaultChecks.h). What it adds to the command
// line: when clang's builtin headers are not beside the executable (clangd's
// default, <prefix>/lib/clang/<major>), the directory tool/ResourceDir.h finds
// is passed as `--resource-dir=`, unless the command line names one.
//
//===----------------------------------------------------------------------===//

#include "tool/ResourceDir.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace clang::clangd {
// clangd/tool/ClangdMain.h, which Debian does not install.
int clangdMain(int Argc, char *Argv[]);
} // namespace clang::clangd

// Any symbol of the executable, for llvm::sys::fs::getMainExecutable.
static int StaticSymbol;

int main(int Argc, char **Argv) {
  std::vector<std::string> Args(Argv, Argv + Argc);
  ctxlife::ResourceDirSearch Search =
      ctxlife::findResourceDir(Argv[0], static_cast<void *>(&StaticSymbol));
  if (ctxlife::namesResourceDir(Args) || Search.Found == Search.Default)
    return clang::clangd::clangdMain(Argc, Argv);
  if (Search.Found.empty()) {
    // clangd still serves the editor; its diagnostics say which header is missing.
    llvm::errs() << "ctxlife-clangd: warning: "
                 << ctxlife::resourceDirMissing(Search, "--resource-dir") << "\n";
    return clang::clangd::clangdMain(Argc, Argv);
  }
  std::string Flag = "--resource-dir=" + Search.Found;
  std::vector<char *> WithDir(Argv, Argv + Argc);
  WithDir.insert(WithDir.begin() + 1, Flag.data());
  WithDir.push_back(nullptr);
  return clang::clangd::clangdMain(Argc + 1, WithDir.data());
}
