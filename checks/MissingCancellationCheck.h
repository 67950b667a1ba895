//===--- MissingCancellationCheck.h - ctxlife-missing-cancellation -*- C++ -*-===//

#ifndef CTXLIFE_CHECKS_MISSINGCANCELLATIONCHECK_H
#define CTXLIFE_CHECKS_MISSINGCANCELLATIONCHECK_H

#include "checks/CtxLifeCheck.h"
#include "lib/rules/missing-cancellation/MissingCancellation.h"

namespace ctxlife::tidy {

/// Finds work done for a request that the request's deadline and
/// cancellation do not reach: downstream gRPC calls with a fresh client
/// context, loops that never exit on cancellation, and `std::jthread`s that
/// ignore their stop token.
///
/// For the user-facing documentation see:
/// docs/checks/ctxlife-missing-cancellation.md
class MissingCancellationCheck : public CtxLifeCheck {
public:
  MissingCancellationCheck(llvm::StringRef Name,
                           clang::tidy::ClangTidyContext *Context)
      : CtxLifeCheck(Name, Context, LauncherOptions | CancellationOptions,
                     /*LambdasApart=*/true),
        Analyzer(contexts()) {}

private:
  void analyze(const clang::FunctionDecl *FD, clang::ASTContext &Ctx) override {
    Analyzer.analyzeFunction(FD, Ctx);
  }
  void finishTranslationUnit(clang::ASTContext &Ctx) override;
  void report(const PropagationFinding &F);
  void report(const LoopFinding &F);
  void report(const ThreadFinding &F);
  void report(const WrapperFinding &F);
  void report(const ChainFinding &F);

  MissingCancellationAnalyzer Analyzer;
};

} // namespace ctxlife::tidy

#endif
