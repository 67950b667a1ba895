//===--- Completion.cpp - values alive until the request completes --------===//
//
// A gRPC callback context and reactor, or Crow's response, stay valid until
// the request is completed (`Finish`, `end`): work that completes the
// request may use them, but not after it has.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/detached-capture/WorkAnalysis.h"
#include "lib/model/Fixpoint.h"
#include "lib/model/Ordering.h"
#include "lib/model/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {
namespace {

/// The calls in a function body that complete the request, and the uses
/// of one value (of `this`, when Var is null), in source order.
class CompletionScan : public RecursiveASTVisitor<CompletionScan> {
public:
  CompletionScan(const ContextModel &Model, const ValueDecl *Var, bool WantUses)
      : Model(Model), Var(Var), WantUses(WantUses) {}

  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool VisitCallExpr(CallExpr *CE) {
    if (Model.isCompletionCall(CE->getDirectCallee()))
      Completions.push_back(CE);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (WantUses && Var && DRE->getDecl() == Var)
      Uses.push_back(DRE);
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *TE) {
    if (WantUses && !Var)
      Uses.push_back(TE);
    return true;
  }
  // NOLINTEND(readability-identifier-naming)

  std::vector<const CallExpr *> Completions;
  std::vector<const Expr *> Uses;

private:
  const ContextModel &Model;
  const ValueDecl *Var;
  bool WantUses;
};

} // namespace

using WorkAnalysis = DetachedCaptureAnalyzer::WorkAnalysis;

const FunctionDecl *WorkAnalysis::workDefinition() const {
  const FunctionDecl *FD = Launchers.workFunction(W.Callable);
  return FD && FD->hasBody() ? FD : nullptr;
}

/// True when \p Body completes the request through functions of the
/// translation unit it calls (`finishWith(reactor, status)`), at any depth.
bool WorkAnalysis::completesIndirectly(const Stmt *Body) const {
  struct Calls : RecursiveASTVisitor<Calls> {
    std::vector<const FunctionDecl *> Callees;
    bool VisitCallExpr(CallExpr *CE) { // NOLINT(readability-identifier-naming)
      if (const FunctionDecl *FD = CE->getDirectCallee())
        Callees.push_back(FD);
      return true;
    }
  };
  auto CalleesOf = [](const Stmt *S) {
    Calls C;
    C.TraverseStmt(const_cast<Stmt *>(S));
    return std::move(C.Callees);
  };
  return reachesBody(
      Body,
      [&](const Stmt *S) {
        return llvm::any_of(CalleesOf(S),
                            [&](const FunctionDecl *FD) { return Model.isCompletionCall(FD); });
      },
      [&](const Stmt *S, llvm::function_ref<void(const FunctionDecl *)> Follow) {
        for (const FunctionDecl *FD : CalleesOf(S))
          if (!SM.isInSystemHeader(FD->getLocation()))
            Follow(FD);
      });
}

/// A value that lives until the request is completed (a gRPC callback
/// context, Crow's response): fine in work that completes the request, up
/// to the completing call.
void WorkAnalysis::completion(const ValueDecl *V, const Origin &O,
                              SourceLocation CaptureLoc, CaptureHow How) {
  const FunctionDecl *Work = workDefinition();
  const Stmt *Body = Work ? Work->getBody() : nullptr;
  CompletionScan Scan(Model, V, /*WantUses=*/false);
  if (Body)
    Scan.TraverseStmt(const_cast<Stmt *>(Body));
  if (Scan.Completions.empty()) {
    if (completesIndirectly(Body))
      return;
    CaptureFinding F = finding(CaptureLoc, How, O);
    F.Name = V ? V->getNameAsString() : O.RootName;
    F.Type = V ? printType(V->getType(), Ctx) : std::string();
    F.Range = SourceRange(CaptureLoc, CaptureLoc);
    F.Hint = "complete the request from this work, and do not use '" + F.Name +
             "' after that";
    Out.push_back(std::move(F));
    return;
  }
  if (V) // A bound argument is not used by name in the body.
    usedAfterCompletion(V, O);
}

void WorkAnalysis::reactorThis(const CXXRecordDecl *RD) {
  Origin O;
  O.Root = RD;
  O.RootLoc = RD->getLocation();
  O.RootName = "this";
  O.Captured = true;
  // The reactor lives until it is finished, by whoever does.
  usedAfterCompletion(nullptr, O);
}

/// The first use of \p V (of `this` when null) in the work that may run
/// after a call that completes the request, on the same path.
void WorkAnalysis::usedAfterCompletion(const ValueDecl *V, const Origin &O) {
  const FunctionDecl *Work = workDefinition();
  if (!Work)
    return;
  CompletionScan Scan(Model, V, /*WantUses=*/true);
  Scan.TraverseStmt(Work->getBody());
  if (Scan.Completions.empty() || Scan.Uses.empty())
    return;
  auto ByLoc = [&](const Stmt *A, const Stmt *B) {
    return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
  };
  llvm::stable_sort(Scan.Completions, ByLoc);
  llvm::stable_sort(Scan.Uses, ByLoc);
  Ordering &Order = Launchers.ordering();
  for (const Expr *Use : Scan.Uses)
    for (const CallExpr *Completion : Scan.Completions) {
      if (!Order.mayRunAfter(Work, Completion, Use))
        continue;
      CaptureFinding F = finding(Use->getBeginLoc(), CaptureHow::AfterCompletion, O);
      F.Range = Use->getSourceRange();
      F.Name = V ? V->getNameAsString() : "this";
      F.Type = V ? printType(V->getType(), Ctx) : std::string();
      F.CompletionLoc = Completion->getExprLoc();
      F.CompletionName = Completion->getDirectCallee()->getNameAsString();
      Out.push_back(std::move(F));
      return;
    }
}

} // namespace ctxlife
