//===--- Deferred.cpp - callbacks run after the handler has returned -------===//
//
// A callback the framework keeps and runs once the handler has returned (a
// cpp-httplib content provider, a continuation of Pistache's response
// promise): a local of the function that hands it over is gone by then, so
// capturing one by reference is a finding; what the framework keeps alive
// for it (the knowledge row's `KeepsAlive`: httplib's request and response)
// is not.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/detached-capture/WorkAnalysis.h"
#include "lib/model/Names.h"
#include "lib/model/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace ctxlife {

using WorkAnalysis = DetachedCaptureAnalyzer::WorkAnalysis;

/// A local variable, or a parameter received by value, of the function
/// that hands the callback over, captured by reference: it is destroyed
/// when that function returns, before the callback runs.
bool WorkAnalysis::handlerLocal(const LambdaCapture &C) {
  if (!W.Deferred || !W.In)
    return false;
  const auto *V = dyn_cast<VarDecl>(C.getCapturedVar());
  if (!V || !V->hasLocalStorage() || V->isInitCapture() ||
      V->getType()->isReferenceType() ||
      V->getDeclContext() != static_cast<const DeclContext *>(W.In))
    return false;
  CaptureFinding F;
  F.Loc = C.getLocation();
  F.How = CaptureHow::LocalByReference;
  F.Name = V->getNameAsString();
  F.Type = printDeclaredType(V, Ctx);
  F.From.Root = V;
  F.From.RootLoc = V->getLocation();
  F.From.RootName = F.Name;
  F.Work = W;
  SourceLocation Amp =
      C.isExplicit() ? ampersandBefore(C.getLocation(), SM) : SourceLocation();
  F.Range = SourceRange(Amp.isValid() ? Amp : C.getLocation(), C.getLocation());
  F.Hint = "capture '" + F.Name + "' by value, or move it in as '" + F.Name +
           " = std::move(" + F.Name + ")'";
  Out.push_back(std::move(F));
  return true;
}

/// True when \p O is request-scoped data the framework keeps alive while
/// the deferred callback runs (httplib's request and response).
bool WorkAnalysis::keptAlive(const Origin &O) const {
  if (!W.Deferred || W.Deferred->KeepsAlive.empty() || !O.Context)
    return false;
  const ContextType &CT = O.Context->Context;
  std::string Name = CT.Row ? CT.Row->QualifiedName.str()
                            : (CT.Record ? qualifiedName(CT.Record) : "");
  llvm::SmallVector<llvm::StringRef, 4> Kept;
  W.Deferred->KeepsAlive.split(Kept, ';', -1, /*KeepEmpty=*/false);
  return llvm::is_contained(Kept, llvm::StringRef(Name));
}

} // namespace ctxlife
