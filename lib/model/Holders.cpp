//===--- Holders.cpp - who owns the data a value points to ----------------===//
//
// Facts about classes, computed once per class: whether a class owns what
// its pointers point to (a copy of it never refers to its source), whether
// it refers to data it does not own (a view written as a plain struct), and
// through which member its objects can hold a request they are given.
// Decided from the class's members and special members, never from its
// name.
//
//===----------------------------------------------------------------------===//

#include "lib/model/ContextModel.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace ctxlife {

namespace {

/// The copy constructor of \p RD decides how its pointees are copied, or
/// (non-copyable) its move constructor does.
bool copiesDeliberately(const CXXRecordDecl *RD) {
  const CXXConstructorDecl *Copy = nullptr, *Move = nullptr;
  for (const CXXConstructorDecl *C : RD->ctors()) {
    if (C->isCopyConstructor() && !Copy)
      Copy = C;
    else if (C->isMoveConstructor() && !Move)
      Move = C;
  }
  if (Copy && !Copy->isDeleted())
    return Copy->isUserProvided();
  return Copy && Move && !Move->isDeleted() && Move->isUserProvided();
}

bool isSpecialization(const CXXRecordDecl *RD) {
  return isa<ClassTemplateSpecializationDecl>(RD);
}

} // namespace

bool ContextModel::ownsItsData(const CXXRecordDecl *RD) const {
  const CXXRecordDecl *Def = RD ? RD->getDefinition() : nullptr;
  if (!Def)
    return false;
  Def = Def->getCanonicalDecl()->getDefinition();
  auto It = OwnsCache.find(Def);
  if (It != OwnsCache.end())
    return It->second;
  bool Result = !Def->isLambda() && !lookupRecord(Def) &&
                copiesDeliberately(Def) && !Def->hasTrivialDestructor();
  if (Result)
    for (const FieldDecl *F : Def->fields()) {
      QualType T = F->getType();
      auto A = classify(T);
      if (T->isReferenceType() || isView(T) || (A && A->How != Access::Object) ||
          isNamed(T->getAsCXXRecordDecl(), names(Role::TypeErasedWrapper))) {
        Result = false;
        break;
      }
    }
  OwnsCache[Def] = Result;
  return Result;
}

ContextModel::Members ContextModel::memberwise(const CXXRecordDecl *RD,
                                               unsigned Depth) const {
  const CXXRecordDecl *Def = RD ? RD->getDefinition() : nullptr;
  if (!Def || Depth > limits::CarryDepth)
    return Members::Owning;
  auto It = MemberwiseCache.find(Def);
  if (It != MemberwiseCache.end())
    return It->second;
  MemberwiseCache[Def] = Members::Owning; // Guards against recursion.
  Members Result = Members::None;
  auto Add = [&](QualType T) {
    T = T.getCanonicalType();
    Members M = Members::None;
    if (T->isReferenceType() || isView(T) ||
        (T->isPointerType() && !T->getPointeeType()->isFunctionType()))
      M = Members::Raw;
    else if (const CXXRecordDecl *C = T->getAsCXXRecordDecl())
      M = lookupRecord(C) || C->isLambda() || isSpecialization(C) ||
                  !C->getDefinition()
              ? (canCarry(T) ? Members::Owning : Members::None)
          : ownsItsData(C) ? Members::None
                           : memberwise(C, Depth + 1);
    else if (const auto *AT = dyn_cast<ArrayType>(T.getTypePtr()))
      M = AT->getElementType()->isPointerType() ? Members::Raw : Members::None;
    if (M == Members::Owning || Result == Members::None)
      Result = M == Members::None ? Result : M;
  };
  if (copiesDeliberately(Def) || lookupRecord(Def) || Def->isLambda())
    Result = Members::Owning;
  else {
    for (const FieldDecl *F : Def->fields())
      Add(F->getType());
    for (const CXXBaseSpecifier &B : Def->bases())
      Add(B.getType());
  }
  MemberwiseCache[Def] = Result;
  return Result;
}

bool ContextModel::refersToSource(QualType T) const {
  if (T.isNull() || T->isDependentType())
    return false;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || isSpecialization(RD) || isView(T))
    return false;
  return memberwise(RD, 0) == Members::Raw;
}

bool ContextModel::bindsToSource(QualType T) const {
  if (T.isNull())
    return false;
  if (T->isReferenceType() ||
      (T->isPointerType() && !T->getPointeeType()->isFunctionType()))
    return true;
  return isView(T) || refersToSource(T);
}

const FieldDecl *ContextModel::heldMemberImpl(const CXXRecordDecl *RD,
                                              unsigned Depth) const {
  const CXXRecordDecl *Def = RD ? RD->getDefinition() : nullptr;
  if (!Def || Depth > limits::CarryDepth || Def->isLambda() || lookupRecord(Def))
    return nullptr;
  Def = Def->getCanonicalDecl()->getDefinition();
  auto It = HeldCache.find(Def);
  if (It != HeldCache.end())
    return It->second;
  HeldCache[Def] = nullptr; // Guards against recursion.
  const FieldDecl *Result = nullptr;
  for (const FieldDecl *F : Def->fields()) {
    QualType T = F->getType();
    auto A = classify(T);
    if (A && (A->How == Access::Reference || A->How == Access::Pointer) &&
        A->Context.Kind == Ownership::Borrowed) {
      Result = F;
      break;
    }
    // A holder of a holder: through a reference, a pointer or a smart
    // pointer to it.
    Designated D = designated(T);
    if (D.Record && (D.Indirect || T->isReferenceType()) && D.Record != Def &&
        heldMemberImpl(D.Record, Depth + 1)) {
      Result = F;
      break;
    }
  }
  HeldCache[Def] = Result;
  return Result;
}

const FieldDecl *ContextModel::heldContextMember(const CXXRecordDecl *RD) const {
  return heldMemberImpl(RD, 0);
}

} // namespace ctxlife
