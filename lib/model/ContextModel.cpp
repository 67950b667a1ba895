//===--- ContextModel.cpp - what a request context is ---------------------===//

#include "lib/model/ContextModel.h"
#include "lib/model/LimitLog.h"
#include "lib/model/LocalFlow.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "lib/model/Printing.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace ctxlife {

ContextModel::ContextModel(const Knowledge &K)
    : K(K), Flow(std::make_unique<LocalFlow>()) {}
ContextModel::~ContextModel() = default;

std::optional<ContextType>
ContextModel::matchOne(const CXXRecordDecl *RD) const {
  std::string Name = qualifiedName(RD);
  if (Name.empty() || names(Role::ServerLifetimeType).contains(Name))
    return std::nullopt;
  auto It = K.contextTypes().find(Name);
  if (It != K.contextTypes().end())
    return ContextType{RD, It->second, It->second->Kind,
                       It->second->AliveUntilCompletion};
  if (names(Role::UserContextType).contains(Name))
    return ContextType{RD, nullptr, Ownership::Borrowed};
  const CXXRecordDecl *Def = RD->getDefinition() ? RD->getDefinition() : RD;
  for (const auto *A : Def->specific_attrs<AnnotateAttr>())
    if (A->getAnnotation() == RequestScopeAnnotation)
      return ContextType{RD, nullptr, Ownership::Borrowed};
  // An annotation on the primary template marks every specialization.
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    for (const auto *A : Spec->getSpecializedTemplate()
                             ->getTemplatedDecl()
                             ->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == RequestScopeAnnotation)
        return ContextType{RD, nullptr, Ownership::Borrowed};
  return std::nullopt;
}

std::optional<ContextType>
ContextModel::lookupRecord(const CXXRecordDecl *RD) const {
  RD = RD->getCanonicalDecl();
  auto It = RecordCache.find(RD);
  if (It != RecordCache.end())
    return It->second;
  RecordCache[RD] = std::nullopt; // Guards against cycles.
  std::optional<ContextType> Result = matchOne(RD);
  if (!Result && !isNamed(RD, names(Role::ServerLifetimeType))) {
    if (const CXXRecordDecl *Def = RD->getDefinition()) {
      for (const CXXBaseSpecifier &B : Def->bases()) {
        const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
        if (!Base)
          continue;
        Result = lookupRecord(Base);
        if (Result)
          break;
      }
    }
  }
  RecordCache[RD] = Result;
  return Result;
}

std::optional<ContextType> ContextModel::contextClass(QualType T) const {
  if (T.isNull() || T->isDependentType())
    return std::nullopt;
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return lookupRecord(RD);
  return std::nullopt;
}

static const TemplateArgumentList *templateArgs(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return &Spec->getTemplateArgs();
  return nullptr;
}

bool ContextModel::isResponseCallback(const CXXRecordDecl *RD) const {
  if (names(Role::ResponseCallbackArg).empty() ||
      !isNamed(RD, names(Role::TypeErasedWrapper)))
    return false;
  const TemplateArgumentList *Args = templateArgs(RD);
  if (!Args || Args->size() == 0 || Args->get(0).getKind() != TemplateArgument::Type)
    return false;
  const auto *Proto = Args->get(0).getAsType()->getAs<FunctionProtoType>();
  if (!Proto)
    return false;
  for (QualType P : Proto->getParamTypes()) {
    QualType V = P.getNonReferenceType();
    const CXXRecordDecl *PR = V->getAsCXXRecordDecl();
    if (!PR)
      continue;
    if (isNamed(PR, names(Role::SharedPointer)))
      if (const CXXRecordDecl *Inner = firstTemplateArgRecord(PR))
        PR = Inner;
    if (isNamed(PR, names(Role::ResponseCallbackArg)))
      return true;
  }
  return false;
}

std::optional<ContextAccess> ContextModel::classify(QualType T) const {
  if (T.isNull() || T->isDependentType())
    return std::nullopt;
  if (T->isReferenceType()) {
    auto Inner = classify(T.getNonReferenceType());
    if (Inner && Inner->How == Access::Object)
      Inner->How = Access::Reference;
    return Inner;
  }
  if (T->isPointerType()) {
    if (auto C = contextClass(T->getPointeeType()))
      return ContextAccess{*C, Access::Pointer};
    return std::nullopt;
  }
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return std::nullopt;
  if (auto C = lookupRecord(RD))
    return ContextAccess{*C, C->Kind == Ownership::Handle ? Access::Handle
                                                          : Access::Object};
  if (isNamed(RD, names(Role::SharedPointer))) {
    if (const TemplateArgumentList *Args = templateArgs(RD))
      if (Args->size() && Args->get(0).getKind() == TemplateArgument::Type)
        if (auto C = contextClass(Args->get(0).getAsType()))
          // A shared copy of a value type (a Beast message made with
          // make_shared) is the program's own object, not the request.
          if (!C->Row || !C->Row->ValueType)
            return ContextAccess{*C, Access::Handle};
    return std::nullopt;
  }
  if (isResponseCallback(RD))
    return ContextAccess{ContextType{RD, nullptr, Ownership::Handle},
                         Access::Handle};
  return std::nullopt;
}

const ContextTypeRow *ContextModel::handlerParamRow(const CXXRecordDecl *RD) const {
  const ContextTypeRow *Row = nullptr;
  anyClassInHierarchy(RD, [&](const CXXRecordDecl *C) {
    auto It = K.handlerParamTypes().find(qualifiedName(C));
    if (It != K.handlerParamTypes().end())
      Row = It->second;
    return Row != nullptr;
  });
  return Row;
}

std::optional<ContextAccess> ContextModel::classifyDecl(const ValueDecl *D) const {
  if (!D)
    return std::nullopt;
  if (std::optional<ContextAccess> A = classify(D->getType()))
    return A;
  const auto *P = dyn_cast<ParmVarDecl>(D);
  if (!P || K.handlerParamTypes().empty())
    return std::nullopt;
  QualType T = P->getType();
  if (!T->isPointerType() && !T->isReferenceType())
    return std::nullopt;
  const CXXRecordDecl *RD = T->getPointeeType()->getAsCXXRecordDecl();
  const ContextTypeRow *Row = handlerParamRow(RD);
  const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!Row || !FD)
    return std::nullopt;
  for (const ParmVarDecl *Other : FD->parameters()) {
    if (Other == P)
      continue;
    std::optional<ContextAccess> Sibling = classify(Other->getType());
    if (!Sibling || Sibling->Context.Kind != Ownership::Borrowed)
      continue;
    return ContextAccess{ContextType{RD, Row, Ownership::Borrowed,
                                     Sibling->Context.UntilCompletion},
                         T->isPointerType() ? Access::Pointer : Access::Reference};
  }
  return std::nullopt;
}

bool ContextModel::isOwningSmartPointer(QualType T) const {
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  return RD && (isNamed(RD, names(Role::SharedPointer)) ||
                isNamed(RD, names(Role::UniquePointer)) ||
                isNamed(RD, names(Role::WeakPointer)));
}

const CXXRecordDecl *ContextModel::sharedPointee(QualType T) const {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!isNamed(RD, names(Role::SharedPointer)) &&
      !isNamed(RD, names(Role::WeakPointer)))
    return nullptr;
  return firstTemplateArgRecord(RD);
}

bool ContextModel::isSmartPointer(const CXXRecordDecl *RD) const {
  return isNamed(RD, names(Role::SharedPointer)) ||
         isNamed(RD, names(Role::UniquePointer));
}

Designated ContextModel::designated(QualType T) const {
  Designated D;
  if (T.isNull())
    return D;
  T = T.getNonReferenceType();
  if (T->isPointerType()) {
    D.Indirect = true;
    T = T->getPointeeType();
  }
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (RD && !D.Indirect && isSmartPointer(RD))
    if (const TemplateArgumentList *Args = templateArgs(RD);
        Args && Args->size() && Args->get(0).getKind() == TemplateArgument::Type) {
      D.Indirect = D.Smart = true;
      RD = Args->get(0).getAsType()->getAsCXXRecordDecl();
    }
  D.Record = RD;
  return D;
}

bool ContextModel::isSharedFromThisClass(const CXXRecordDecl *RD) const {
  return isOrDerives(RD, names(Role::SharedFromThisBase));
}

bool ContextModel::isView(QualType T) const {
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  return isNamed(RD, names(Role::View)) ||
         (RD && isOrDerives(RD, names(Role::RangeView)));
}

bool ContextModel::canCarry(QualType T) const { return canCarryImpl(T, 0); }

static bool hasDerefOperator(const CXXRecordDecl *RD) {
  for (const CXXMethodDecl *M : RD->methods()) {
    OverloadedOperatorKind K = M->getOverloadedOperator();
    if (K == OO_Arrow || (K == OO_Star && M->getNumParams() == 0))
      return true;
  }
  for (const Decl *D : RD->decls())
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      if (FT->getTemplatedDecl()->getOverloadedOperator() == OO_Arrow)
        return true;
  return false;
}

bool ContextModel::canCarryImpl(QualType T, unsigned Depth) const {
  if (T.isNull())
    return false;
  if (Depth > limits::CarryDepth.Value) {
    const Decl *D = T->getAsTagDecl();
    limitlog::hit(limits::CarryDepth, D ? D->getLocation() : SourceLocation());
    return false;
  }
  T = T.getCanonicalType();
  if (T->isReferenceType() || T->isMemberPointerType())
    return true;
  if (T->isPointerType())
    return !T->getPointeeType()->isFunctionType();
  if (const auto *AT = dyn_cast<ArrayType>(T.getTypePtr()))
    return canCarryImpl(AT->getElementType(), Depth + 1);
  // `std::_Bind<F(Args...)>` and similar carry their bound arguments in a
  // function type.
  if (const auto *FT = dyn_cast<FunctionProtoType>(T.getTypePtr())) {
    for (QualType P : FT->getParamTypes())
      if (canCarryImpl(P, Depth + 1))
        return true;
    return false;
  }
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  auto Cached = CarryCache.find(T.getTypePtr());
  if (Cached != CarryCache.end())
    return Cached->second;
  CarryCache[T.getTypePtr()] = false; // Guards against recursion.
  bool Result = false;
  if (auto C = lookupRecord(RD))
    Result = C->Kind == Ownership::Handle;
  else if (isNamed(RD, names(Role::WeakPointer)))
    Result = false; // Neither dangles nor keeps alive.
  else if (RD->isLambda() || isView(T) ||
           isNamed(RD, names(Role::TypeErasedWrapper)) ||
           isNamed(RD, names(Role::SharedPointer)) ||
           isNamed(RD, names(Role::UniquePointer)) ||
           isNamed(RD, names(Role::IntrusivePointer)))
    Result = true;
  else if (const TemplateArgumentList *Args = templateArgs(RD)) {
    for (const TemplateArgument &A : Args->asArray()) {
      if (A.getKind() == TemplateArgument::Type &&
          canCarryImpl(A.getAsType(), Depth + 1))
        Result = true;
      else if (A.getKind() == TemplateArgument::Pack)
        for (const TemplateArgument &P : A.pack_elements())
          if (P.getKind() == TemplateArgument::Type &&
              canCarryImpl(P.getAsType(), Depth + 1))
            Result = true;
      if (Result)
        break;
    }
    if (!Result && RD->hasDefinition() && hasDerefOperator(RD->getDefinition()))
      Result = true;
  } else if (const CXXRecordDecl *Def = RD->getDefinition()) {
    // A class that copies and frees what it points to holds its own data.
    if (!ownsItsData(Def)) {
      if (hasDerefOperator(Def))
        Result = true;
      for (const FieldDecl *F : Def->fields())
        if (!Result && canCarryImpl(F->getType(), Depth + 1))
          Result = true;
      for (const CXXBaseSpecifier &B : Def->bases())
        if (!Result && canCarryImpl(B.getType(), Depth + 1))
          Result = true;
    }
  }
  CarryCache[T.getTypePtr()] = Result;
  return Result;
}

bool ContextModel::isPerRequestClass(const CXXRecordDecl *RD) const {
  if (!RD)
    return false;
  RD = RD->getCanonicalDecl();
  auto It = PerRequestCache.find(RD);
  if (It != PerRequestCache.end())
    return It->second;
  bool Result = false;
  const CXXRecordDecl *Def = RD->getDefinition();
  if (lookupRecord(RD) || isOrDerives(RD, names(Role::PerRequestBase)))
    Result = true;
  else if (Def) {
    for (const FieldDecl *F : Def->fields()) {
      auto A = classify(F->getType());
      if (A && A->How == Access::Object) {
        Result = true;
        break;
      }
    }
    for (const CXXConstructorDecl *Ctor : Def->ctors()) {
      if (Result)
        break;
      if (Ctor->isCopyOrMoveConstructor())
        continue;
      for (const ParmVarDecl *P : Ctor->parameters())
        if (classify(P->getType())) {
          Result = true;
          break;
        }
    }
  }
  PerRequestCache[RD] = Result;
  return Result;
}

bool ContextModel::isConnectionHandlerRegistrar(const FunctionDecl *FD) const {
  return isNamed(FD, names(Role::ConnectionHandlerRegistrar));
}

bool ContextModel::isDerivingFunction(const FunctionDecl *FD) const {
  return isNamed(FD, names(Role::DerivingFunction));
}

bool ContextModel::isConnectionHandlerMethod(const FunctionDecl *FD) const {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
  return MD && isOrDerives(MD->getParent(), names(Role::ConnectionHandlerBase));
}

bool ContextModel::isReactorClass(const CXXRecordDecl *RD) const {
  return isOrDerives(RD, names(Role::PerRequestBase));
}

bool ContextModel::isCompletionCall(const FunctionDecl *FD) const {
  return isNamed(FD, names(Role::CompletionCall));
}

std::string ContextModel::hintFor(const ContextType &Ctx, llvm::StringRef Name,
                                  bool Arrow) const {
  llvm::StringRef Hint =
      Ctx.Row ? Ctx.Row->Hint
              : (Ctx.Kind == Ownership::Handle
                     ? llvm::StringRef("per-request work that owns the handle")
                     : llvm::StringRef("a copy of the fields needed"));
  return fillPattern(Hint, Name, Arrow);
}

std::string ContextModel::captureCopyFor(const ContextType &Ctx,
                                         llvm::StringRef Name, bool Arrow) const {
  if (!Ctx.Row || Ctx.Row->CaptureCopy.empty())
    return std::string();
  return fillPattern(Ctx.Row->CaptureCopy, Name, Arrow);
}

} // namespace ctxlife
