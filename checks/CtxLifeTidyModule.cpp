//===--- CtxLifeTidyModule.cpp - the ctxlife clang-tidy module ------------===//
//
// The only place the checks are listed. Linked into the clang-tidy plugin
// (`clang-tidy --load=CtxLifeTidyModule-llvm<major>.so`) and into the
// `ctxlife` tool.
//
//===----------------------------------------------------------------------===//

#include "checks/DetachedCaptureCheck.h"
#include "checks/LongLivedStoreCheck.h"
#include "checks/MissingCancellationCheck.h"
#include "lib/compat/TidyCompat.h"

namespace ctxlife::tidy {

class CtxLifeModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<DetachedCaptureCheck>("ctxlife-detached-capture");
    Factories.registerCheck<LongLivedStoreCheck>("ctxlife-long-lived-store");
    Factories.registerCheck<MissingCancellationCheck>(
        "ctxlife-missing-cancellation");
  }
};

} // namespace ctxlife::tidy

static clang::tidy::ClangTidyModuleRegistry::Add<ctxlife::tidy::CtxLifeModule>
    X("ctxlife-module", "Checks for request-context lifetime misuse.");

// Referenced by the standalone tool so the linker keeps the registration.
volatile int CtxLifeModuleAnchorSource = 0;
