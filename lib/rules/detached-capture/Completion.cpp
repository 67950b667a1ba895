//===--- Completion.cpp - values alive until the request completes --------===//
//
// A gRPC callback context and reactor, or Crow's response, stay valid until
// the request is completed (`Finish`, `end`): work that completes the
// request may use them, but not after it has.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/detached-capture/WorkAnalysis.h"
#include "lib/model/Limits.h"
#include "lib/model/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {
namespace {

/// Finds, in a function body, the first call that completes the request.
class CompletionScan : public RecursiveASTVisitor<CompletionScan> {
public:
  CompletionScan(const ContextModel &Model, const SourceManager &SM)
      : Model(Model), SM(SM) {}

  // RecursiveASTVisitor's name.
  bool VisitCallExpr(CallExpr *CE) { // NOLINT(readability-identifier-naming)
    if (!Model.isCompletionCall(CE->getDirectCallee()))
      return true;
    if (!First ||
        SM.isBeforeInTranslationUnit(CE->getBeginLoc(), First->getBeginLoc()))
      First = CE;
    return true;
  }

  const CallExpr *First = nullptr;

private:
  const ContextModel &Model;
  const SourceManager &SM;
};

/// Uses of a variable (or of `this`, when Var is null) after a location.
class UseAfter : public RecursiveASTVisitor<UseAfter> {
public:
  UseAfter(const ValueDecl *Var, SourceLocation After, const SourceManager &SM)
      : Var(Var), After(After), SM(SM) {}
  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (Var && DRE->getDecl() == Var)
      note(DRE);
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *TE) {
    if (!Var)
      note(TE);
    return true;
  }
  // NOLINTEND(readability-identifier-naming)
  const Expr *Found = nullptr;

private:
  void note(const Expr *E) {
    SourceLocation L = E->getBeginLoc();
    if (L.isInvalid() || !SM.isBeforeInTranslationUnit(After, L))
      return;
    if (!Found || SM.isBeforeInTranslationUnit(L, Found->getBeginLoc()))
      Found = E;
  }
  const ValueDecl *Var;
  SourceLocation After;
  const SourceManager &SM;
};

} // namespace

using WorkAnalysis = DetachedCaptureAnalyzer::WorkAnalysis;

const FunctionDecl *WorkAnalysis::workDefinition() const {
  const FunctionDecl *FD = Launchers.workFunction(W.Callable);
  return FD && FD->hasBody() ? FD : nullptr;
}

/// True when \p Body completes the request through a function of the
/// translation unit it calls (`finishWith(reactor, status)`).
bool WorkAnalysis::completesIndirectly(const Stmt *Body, unsigned Depth) const {
  if (!Body || Depth > limits::CompletionHelperDepth)
    return false;
  struct Calls : RecursiveASTVisitor<Calls> {
    std::vector<const FunctionDecl *> Callees;
    bool VisitCallExpr(CallExpr *CE) { // NOLINT(readability-identifier-naming)
      if (const FunctionDecl *FD = CE->getDirectCallee())
        Callees.push_back(FD);
      return true;
    }
  } C;
  C.TraverseStmt(const_cast<Stmt *>(Body));
  for (const FunctionDecl *FD : C.Callees) {
    if (Model.isCompletionCall(FD))
      return true;
    const FunctionDecl *Def = nullptr;
    if (FD->hasBody(Def) && !SM.isInSystemHeader(Def->getLocation()) &&
        completesIndirectly(Def->getBody(), Depth + 1))
      return true;
  }
  return false;
}

/// A value that lives until the request is completed (a gRPC callback
/// context, Crow's response): fine in work that completes the request, up
/// to the completing call.
void WorkAnalysis::completion(const ValueDecl *V, const Origin &O,
                              SourceLocation CaptureLoc, CaptureHow How) {
  const FunctionDecl *Work = workDefinition();
  const Stmt *Body = Work ? Work->getBody() : nullptr;
  CompletionScan Scan(Model, SM);
  if (Body)
    Scan.TraverseStmt(const_cast<Stmt *>(Body));
  if (!Scan.First) {
    if (completesIndirectly(Body, 0))
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

/// The first use of \p V (of `this` when null) in the work after a call
/// that completes the request.
void WorkAnalysis::usedAfterCompletion(const ValueDecl *V, const Origin &O) {
  const FunctionDecl *Work = workDefinition();
  if (!Work)
    return;
  CompletionScan Scan(Model, SM);
  Scan.TraverseStmt(Work->getBody());
  if (!Scan.First)
    return;
  const CallExpr *Completion = Scan.First;
  UseAfter U(V, Completion->getEndLoc(), SM);
  U.TraverseStmt(Work->getBody());
  if (!U.Found)
    return;
  CaptureFinding F =
      finding(U.Found->getBeginLoc(), CaptureHow::AfterCompletion, O);
  F.Range = U.Found->getSourceRange();
  F.Name = V ? V->getNameAsString() : "this";
  F.Type = V ? printType(V->getType(), Ctx) : std::string();
  F.CompletionLoc = Completion->getExprLoc();
  F.CompletionName = Completion->getDirectCallee()->getNameAsString();
  Out.push_back(std::move(F));
}

} // namespace ctxlife
