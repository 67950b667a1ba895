//===--- Storage.cpp - storage that outlives a request --------------------===//

#include "lib/model/Storage.h"
#include "lib/model/Exprs.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace ctxlife {

std::string Storage::describe() const {
  switch (Kind) {
  case StorageKind::Global:
    return "global '" + Name + "'";
  case StorageKind::StaticMember:
    return "static member '" + Name + "'";
  case StorageKind::LocalStatic:
    return "function-local static '" + Name + "'";
  case StorageKind::ThreadLocal:
    return "thread_local '" + Name + "'";
  case StorageKind::SingletonMember:
    return "member '" + Name + "' of singleton '" + Owner + "'";
  case StorageKind::ServiceMember:
    return "member '" + Name + "' of service object '" + Owner + "'";
  case StorageKind::StoreFunction:
    return "the storage behind '" + Name + "'";
  }
  return Name;
}

std::optional<Storage> staticStorageOf(const VarDecl *V) {
  if (!V)
    return std::nullopt;
  std::string Name = V->getName().str();
  if (V->getTLSKind() != VarDecl::TLS_None)
    return Storage{StorageKind::ThreadLocal, Name, "", V->getLocation()};
  if (V->isStaticLocal())
    return Storage{StorageKind::LocalStatic, Name, "", V->getLocation()};
  if (V->isStaticDataMember())
    return Storage{StorageKind::StaticMember, qualifiedName(V), "",
                   V->getLocation()};
  if (V->hasGlobalStorage())
    return Storage{StorageKind::Global, qualifiedName(V), "", V->getLocation()};
  return std::nullopt;
}

static bool returnsStaticVariable(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *R = dyn_cast<ReturnStmt>(S)) {
    const Expr *E = R->getRetValue();
    if (!E)
      return false;
    E = E->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      E = UO->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *CE = dyn_cast<CXXMemberCallExpr>(E)) // unique_ptr::get()
      E = CE->getImplicitObjectArgument()->IgnoreParenImpCasts();
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))  // *ptr
      if (OC->getNumArgs() == 1)
        E = OC->getArg(0)->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
        return V->hasGlobalStorage();
    return false;
  }
  for (const Stmt *Child : S->children())
    if (returnsStaticVariable(Child))
      return true;
  return false;
}

const CXXRecordDecl *singletonAccessorClass(const FunctionDecl *FD) {
  if (!FD || FD->getNumParams() != 0)
    return nullptr;
  QualType Ret = FD->getReturnType();
  if (!Ret->isReferenceType() && !Ret->isPointerType())
    return nullptr;
  const CXXRecordDecl *RD = Ret->getPointeeType()->getAsCXXRecordDecl();
  if (!RD)
    return nullptr;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (MD->isStatic() && MD->getParent()->getCanonicalDecl() ==
                              RD->getCanonicalDecl())
      return RD;
  const FunctionDecl *Def = nullptr;
  if (FD->hasBody(Def) && returnsStaticVariable(Def->getBody()))
    return RD;
  return nullptr;
}

/// The object a singleton accessor call returns, if \p CE is one.
static std::optional<Storage> accessorStorage(const CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  const CXXRecordDecl *RD = singletonAccessorClass(FD);
  if (!RD)
    return std::nullopt;
  return Storage{StorageKind::SingletonMember, FD->getNameAsString() + "()",
                 qualifiedName(RD), FD->getLocation()};
}

std::optional<Storage> StorageClassifier::thisMember(const FunctionDecl *Fn,
                                                     const NamedDecl *Member) const {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(outermostFunction(Fn));
  if (!MD || isLambdaOperator(MD) || MD->isStatic() ||
      isa<CXXConstructorDecl>(MD) ||
      isa<CXXDestructorDecl>(MD))
    return std::nullopt;
  const CXXRecordDecl *RD = MD->getParent();
  if (Model.isPerRequestClass(RD))
    return std::nullopt;
  return Storage{StorageKind::ServiceMember, Member->getName().str(),
                 qualifiedName(RD), Member->getLocation()};
}

std::optional<Storage>
StorageClassifier::objectStorage(const Expr *E, const FunctionDecl *Fn) const {
  return objectStorageImpl(E, Fn, 0);
}

std::optional<Storage>
StorageClassifier::objectStorageImpl(const Expr *E, const FunctionDecl *Fn,
                                     unsigned Depth) const {
  if (!E || Depth > limits::StorageDepth)
    return std::nullopt;
  E = stripTemporaries(E);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
    if (!V)
      return std::nullopt;
    if (auto S = staticStorageOf(V))
      return S;
    // `auto &m = g_map; m[k] = ...` stores into g_map.
    if (V->getType()->isReferenceType() && V->getInit())
      return objectStorageImpl(V->getInit(), Fn, Depth + 1);
    return std::nullopt;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const Expr *Base = stripTemporaries(ME->getBase());
    if (isa<CXXThisExpr>(Base)) {
      // Writing through a reference member writes another object.
      if (ME->getMemberDecl()->getType()->isReferenceType())
        return std::nullopt;
      return thisMember(Fn, ME->getMemberDecl());
    }
    std::optional<Storage> S = ME->isArrow()
                                   ? pointeeStorage(Base, Fn, Depth + 1)
                                   : objectStorageImpl(Base, Fn, Depth + 1);
    // `Registry::Instance().items`, `reg.items` with `auto &reg =
    // Registry::Instance()`: name the singleton's member, not the accessor.
    if (S && S->Kind == StorageKind::SingletonMember &&
        llvm::StringRef(S->Name).ends_with("()")) {
      S->Name = ME->getMemberDecl()->getName().str();
      S->Loc = ME->getMemberDecl()->getLocation();
    }
    return S;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Deref)
      return pointeeStorage(UO->getSubExpr(), Fn, Depth + 1);
    return std::nullopt;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    return AS->getBase()->getType()->isPointerType()
               ? pointeeStorage(AS->getBase(), Fn, Depth + 1)
               : objectStorageImpl(AS->getBase(), Fn, Depth + 1);
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
    // m[k], *it, p->... on an object: an element of that object.
    if (OC->getNumArgs() == 0)
      return std::nullopt;
    OverloadedOperatorKind K = OC->getOperator();
    if (K == OO_Arrow || K == OO_Star)
      return pointeeStorage(OC->getArg(0), Fn, Depth + 1);
    return objectStorageImpl(OC->getArg(0), Fn, Depth + 1);
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    // m.at(k), v.front(), opt.value(): references into the object.
    if (!MC->getMethodDecl() ||
        !MC->getMethodDecl()->getReturnType()->isReferenceType())
      return std::nullopt;
    const Expr *Obj = MC->getImplicitObjectArgument();
    return Obj->getType()->isPointerType()
               ? pointeeStorage(Obj, Fn, Depth + 1)
               : objectStorageImpl(Obj, Fn, Depth + 1);
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    if (auto S = accessorStorage(CE))
      return S;
  }
  return std::nullopt;
}

std::optional<Storage>
StorageClassifier::pointeeStorage(const Expr *E, const FunctionDecl *Fn,
                                  unsigned Depth) const {
  if (!E || Depth > limits::StorageDepth)
    return std::nullopt;
  E = stripTemporaries(E);
  if (isa<CXXThisExpr>(E))
    return std::nullopt; // `this->x` is handled by the member case.
  // The pointee of a service object's member: state it owns through a smart
  // pointer is the service's own; a raw pointer's is of unknown lifetime.
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (isa<CXXThisExpr>(stripTemporaries(ME->getBase()))) {
      if (Model.isOwningSmartPointer(ME->getMemberDecl()->getType()))
        return thisMember(Fn, ME->getMemberDecl());
      return std::nullopt;
    }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    if (auto S = accessorStorage(CE))
      return S;
    // g_ptr.get(), g_ptr.operator->()
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE))
      if (OC->getOperator() == OO_Arrow && OC->getNumArgs() == 1)
        return pointeeStorage(OC->getArg(0), Fn, Depth + 1);
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      return objectStorageImpl(MC->getImplicitObjectArgument(), Fn, Depth + 1);
    return std::nullopt;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_AddrOf)
      return objectStorageImpl(UO->getSubExpr(), Fn, Depth + 1);
  // `auto *reg = &g_registry; reg->...` reaches g_registry.
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
      if (V->isLocalVarDecl() && !V->isStaticLocal() && V->getInit() &&
          !V->getType()->isReferenceType())
        return pointeeStorage(V->getInit(), Fn, Depth + 1);
  // The pointee of a long-lived pointer (or smart pointer) is long-lived.
  return objectStorageImpl(E, Fn, Depth + 1);
}

} // namespace ctxlife
