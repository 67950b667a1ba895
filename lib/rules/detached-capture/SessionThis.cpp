//===--- SessionThis.cpp - `this` of objects destroyed before their work --===//
//
// Raw `this` (or a reference to one of its members) handed to detached work
// by an object that the translation unit destroys while that work can still
// be pending: a connection that `delete this`es, a session owned by a
// `std::unique_ptr` that is reset or erased, an element erased from a
// container (DestructionIndex decides). Quiet when the work checks a weak
// anchor before every use of `this` (the anchor dies with the object).
//
//===----------------------------------------------------------------------===//

#include "lib/model/Exprs.h"
#include "lib/model/Names.h"
#include "lib/rules/detached-capture/WorkAnalysis.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace ctxlife {
namespace {

using WeakSet = llvm::SmallPtrSet<const ValueDecl *, 2>;

/// True when \p S calls, on one of \p Weak, the member of a weak pointer
/// that yields an owning pointer (`lock()`).
bool locksWeak(const Stmt *S, const WeakSet &Weak, const ContextModel &Model) {
  if (!S)
    return false;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S))
    if (const Expr *Obj = MC->getImplicitObjectArgument())
      if (const auto *DRE = dyn_cast<DeclRefExpr>(bare(Obj));
          DRE && Weak.count(DRE->getDecl()) &&
          Model.isOwningSmartPointer(MC->getType()))
        return true;
  for (const Stmt *Child : S->children())
    if (locksWeak(Child, Weak, Model))
      return true;
  return false;
}

/// True when every use of `this` in \p S is inside a branch taken only when
/// one of \p Weak could be locked.
bool thisGuarded(const Stmt *S, const WeakSet &Weak, const ContextModel &Model,
                 bool Guarded) {
  if (!S || isa<LambdaExpr>(S))
    return true;
  if (isa<CXXThisExpr>(S))
    return Guarded;
  if (const auto *If = dyn_cast<IfStmt>(S)) {
    bool Locks = locksWeak(If->getConditionVariableDeclStmt(), Weak, Model) ||
                 locksWeak(If->getCond(), Weak, Model);
    return thisGuarded(If->getInit(), Weak, Model, Guarded) &&
           thisGuarded(If->getCond(), Weak, Model, Guarded) &&
           thisGuarded(If->getThen(), Weak, Model, Guarded || Locks) &&
           thisGuarded(If->getElse(), Weak, Model, Guarded);
  }
  for (const Stmt *Child : S->children())
    if (!thisGuarded(Child, Weak, Model, Guarded))
      return false;
  return true;
}

/// The member an init-capture refers to, when it is one of `this`'s
/// (`[&stats = stats_]`).
const FieldDecl *memberOfThis(const VarDecl *V) {
  if (!V || !V->isInitCapture() || !V->getInit())
    return nullptr;
  const auto *ME = dyn_cast<MemberExpr>(stripCopies(V->getInit()));
  if (!ME || !isa<CXXThisExpr>(bare(ME->getBase())))
    return nullptr;
  return dyn_cast<FieldDecl>(ME->getMemberDecl());
}

} // namespace

using WorkAnalysis = DetachedCaptureAnalyzer::WorkAnalysis;

bool WorkAnalysis::weakAnchorChecked(const LambdaExpr *LE) const {
  WeakSet Weak;
  for (const LambdaCapture &C : LE->captures())
    if (C.capturesVariable() && C.getCaptureKind() == LCK_ByCopy &&
        isNamed(C.getCapturedVar()->getType()->getAsCXXRecordDecl(),
                Model.knowledge().names(Role::WeakPointer)))
      Weak.insert(C.getCapturedVar());
  return !Weak.empty() && thisGuarded(LE->getBody(), Weak, Model, false);
}

bool WorkAnalysis::destroyedThis(const LambdaExpr *LE, SourceLocation Loc,
                                 CaptureHow How, const CXXRecordDecl *RD) {
  Destruction D = Destructions.of(RD, Ctx);
  if (D.Kind == EndOfLife::Unknown || (LE && weakAnchorChecked(LE)))
    return false;
  CaptureFinding F = thisFinding(Loc, How, RD);
  F.Destroyed = D;
  Out.push_back(std::move(F));
  return true;
}

/// `[&stats = stats_]`: a reference to a member dies with the object.
bool WorkAnalysis::memberReference(const LambdaExpr *LE, const LambdaCapture &C) {
  const auto *V = dyn_cast<VarDecl>(C.getCapturedVar());
  const FieldDecl *M = memberOfThis(V);
  if (!M || !V->getType()->isReferenceType())
    return false;
  const auto *RD = dyn_cast<CXXRecordDecl>(M->getParent());
  if (!RD || Model.isSharedFromThisClass(RD) ||
      !destroyedThis(LE, C.getLocation(), CaptureHow::BorrowedCopy, RD))
    return false;
  CaptureFinding &F = Out.back();
  F.Name = V->getNameAsString();
  F.Member = M->getNameAsString();
  return true;
}

} // namespace ctxlife
