//===--- UserData.cpp - request contexts passed as `void *` user data -----===//
//
// C-style launchers run a function later with an opaque argument:
// `pthread_create(&t, attr, entry, arg)`, a fiber library's
// `thread_create(fn, arg)`, a callback registration `on_event(fd, ev, cb,
// data)`. A request context passed as that argument is captured by the work
// exactly as a lambda capture would be. The entry function says whether the
// work uses it: a use after the cast back to a pointer is the note; an entry
// whose body never uses it (or only deletes it) is quiet.
//
//===----------------------------------------------------------------------===//

#include "lib/model/Exprs.h"
#include "lib/model/Printing.h"
#include "lib/rules/detached-capture/WorkAnalysis.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace ctxlife {
namespace {

/// \p E without the casts that only change how a pointer is seen
/// (`const_cast<T *>(&req)`, `static_cast<void *>(p)`).
const Expr *withoutPointerCasts(const Expr *E) {
  for (E = stripWritten(E); E;) {
    const auto *EC = dyn_cast<ExplicitCastExpr>(E);
    if (!EC || !EC->getType()->isPointerType() ||
        !EC->getSubExpr()->getType()->isPointerType())
      return E;
    E = stripWritten(EC->getSubExpr());
  }
  return E;
}

/// The parameter through which \p Entry receives its user data.
const ParmVarDecl *opaqueParam(const FunctionDecl *Entry) {
  for (const ParmVarDecl *P : Entry->parameters())
    if (P->getType()->isVoidPointerType())
      return P;
  return nullptr;
}

/// Where the entry function first uses its user data: the parameter read
/// through a cast, or a local initialized from it. Deleting it is not a use.
class EntryUses : public RecursiveASTVisitor<EntryUses> {
public:
  explicit EntryUses(const ParmVarDecl *P) { Names.insert(P); }

  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool VisitVarDecl(VarDecl *V) {
    if (const Expr *Init = V->getInit())
      if (const auto *DRE =
              dyn_cast<DeclRefExpr>(withoutPointerCasts(Init->IgnoreImplicit())))
        if (Names.count(DRE->getDecl())) {
          Names.insert(V);
          NotUses.insert(DRE);
        }
    return true;
  }
  bool VisitCXXDeleteExpr(CXXDeleteExpr *DE) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(withoutPointerCasts(DE->getArgument())))
      NotUses.insert(DRE);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (Names.count(DRE->getDecl()))
      Refs.push_back(DRE);
    return true;
  }
  // NOLINTEND(readability-identifier-naming)

  /// The first use, in source order, or null.
  const DeclRefExpr *first() const {
    for (const DeclRefExpr *DRE : Refs)
      if (!NotUses.count(DRE))
        return DRE;
    return nullptr;
  }

private:
  llvm::SmallPtrSet<const ValueDecl *, 4> Names;
  llvm::SmallPtrSet<const DeclRefExpr *, 4> NotUses;
  std::vector<const DeclRefExpr *> Refs;
};

} // namespace

using WorkAnalysis = DetachedCaptureAnalyzer::WorkAnalysis;

void WorkAnalysis::userData() {
  const auto *CE = dyn_cast<CallExpr>(W.Launch);
  const FunctionDecl *Launcher = CE ? CE->getDirectCallee() : nullptr;
  if (!Launcher || W.Wrapper)
    return;
  // The work is a function taking `void *` (not a lambda: its captures are
  // what it takes), run with the launcher's `void *` argument.
  const FunctionDecl *Entry = Launchers.workFunction(W.Callable);
  const ParmVarDecl *Param =
      Entry && !isLambdaOperator(Entry) ? opaqueParam(Entry) : nullptr;
  if (!Param)
    return;
  unsigned Shift = objectArgs(CE, Launcher);
  for (unsigned I = 0; I < Launcher->getNumParams() && I + Shift < CE->getNumArgs();
       ++I) {
    const Expr *Arg = CE->getArg(I + Shift);
    if (Arg != W.Callable && !isa<CXXDefaultArgExpr>(Arg) &&
        Launcher->getParamDecl(I)->getType()->isVoidPointerType())
      passedData(Arg, Entry, Param);
  }
}

void WorkAnalysis::passedData(const Expr *Arg, const FunctionDecl *Entry,
                              const ParmVarDecl *Param) {
  Tracer T(Model, Ctx);
  std::optional<Origin> O = T.value(Arg);
  if (!O)
    O = localObject(referencedLocal(withoutPointerCasts(Arg)));
  const Expr *Written = withoutPointerCasts(Arg);
  if (!O || !O->Context || (O->isHandle() && Model.isHandle(Written->getType())))
    return;
  // What the entry does with it: a body that never uses it is quiet.
  SourceLocation Use;
  const FunctionDecl *Def = nullptr;
  if (Entry->hasBody(Def)) {
    EntryUses Uses(Def->getParamDecl(Param->getFunctionScopeIndex()));
    Uses.TraverseStmt(Def->getBody());
    const DeclRefExpr *First = Uses.first();
    if (!First)
      return;
    Use = First->getLocation();
  }
  if (O->HeldBy) {
    held(*O, *O->HeldBy, CaptureHow::UserData);
    Out.back().Entry = Entry->getNameAsString();
    Out.back().EntryUse = Use;
    return;
  }
  if (aliveUntilCompletion(*O))
    return completion(nullptr, *O, Arg->getBeginLoc(), CaptureHow::UserData);
  CaptureFinding F = finding(Arg->getBeginLoc(), CaptureHow::UserData, *O);
  F.Range = Arg->getSourceRange();
  F.Name = sourceText(Written, Ctx);
  F.Type = printType(Written->getType(), Ctx);
  F.Entry = Entry->getNameAsString();
  F.EntryUse = Use;
  F.Hint = copyHint(*O, O->RootName, QualType(), /*Capture=*/false);
  Out.push_back(std::move(F));
}

} // namespace ctxlife
