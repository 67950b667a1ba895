//===--- ContextModel.cpp - what a request context is ---------------------===//

#include "lib/ContextModel.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace ctxlife {

std::vector<std::string> splitList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Value.split(Parts, ';', -1, false);
  std::vector<std::string> Result;
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P.consume_front("::"))
      P = P.trim();
    if (!P.empty())
      Result.push_back(P.str());
  }
  return Result;
}

std::vector<std::string> unknownFrameworks(const ModelConfig &Config) {
  std::vector<std::string> Unknown;
  for (const std::string &Name : Config.Frameworks)
    if (Name != "all" &&
        llvm::none_of(allFrameworks(), [&](const FrameworkProfile &P) {
          return P.Name.equals_insensitive(Name);
        }))
      Unknown.push_back(Name);
  return Unknown;
}

std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<llvm::StringRef, 6> Parts;
  if (const IdentifierInfo *II = D->getIdentifier())
    Parts.push_back(II->getName());
  else
    return std::string();
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getName());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      if (const IdentifierInfo *II = RD->getIdentifier())
        Parts.push_back(II->getName());
    }
  }
  std::string Name;
  for (llvm::StringRef P : llvm::reverse(Parts)) {
    if (!Name.empty())
      Name += "::";
    Name += P;
  }
  return Name;
}

ContextModel::ContextModel(const ModelConfig &Config) {
  bool All = Config.Frameworks.empty() ||
             llvm::is_contained(Config.Frameworks, std::string("all"));
  for (const FrameworkProfile &P : allFrameworks()) {
    bool Enabled = All || llvm::any_of(Config.Frameworks, [&](const std::string &N) {
                     return P.Name.equals_insensitive(N);
                   });
    if (!Enabled)
      continue;
    for (const ContextTypeRow &Row : P.ContextTypes)
      (Row.HandlerParamOnly ? ParamRows : Rows)[Row.QualifiedName] = &Row;
    for (llvm::StringRef B : P.PerRequestBases)
      PerRequestBases.insert(B);
    for (llvm::StringRef A : P.ResponseCallbackArgs)
      CallbackArgs.insert(A);
    for (llvm::StringRef R : P.ConnectionHandlerRegistrars)
      ConnectionRegistrars.insert(R);
    for (llvm::StringRef B : P.ConnectionHandlerBases)
      ConnectionBases.insert(B);
    for (llvm::StringRef D : P.DerivingFunctions)
      DerivingFunctions.insert(D);
    for (llvm::StringRef C : P.CompletionCalls)
      CompletionCalls.insert(C);
  }
  // Server-lifetime types are never request-scoped, whatever is enabled.
  for (const FrameworkProfile &P : allFrameworks())
    for (llvm::StringRef S : P.ServerLifetimeTypes)
      ServerTypes.insert(S);
  for (const std::string &T : Config.ContextTypes)
    UserTypes.insert(T);
  for (llvm::StringRef V : viewTypeNames())
    Views.insert(V);
  for (llvm::StringRef E : typeErasedWrapperNames())
    Erased.insert(E);
}

std::optional<ContextType>
ContextModel::matchOne(const CXXRecordDecl *RD) const {
  std::string Name = qualifiedName(RD);
  if (Name.empty() || ServerTypes.contains(Name))
    return std::nullopt;
  auto It = Rows.find(Name);
  if (It != Rows.end())
    return ContextType{RD, It->second, It->second->Kind,
                       It->second->AliveUntilCompletion};
  if (UserTypes.contains(Name))
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
  if (!Result && !ServerTypes.contains(qualifiedName(RD))) {
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

bool hasQualifiedName(const NamedDecl *D,
                      std::initializer_list<llvm::StringRef> Names) {
  if (!D || !D->getIdentifier())
    return false;
  std::string Name = qualifiedName(D);
  return llvm::is_contained(Names, llvm::StringRef(Name));
}

static bool isNamed(const CXXRecordDecl *RD,
                    std::initializer_list<llvm::StringRef> Names) {
  return hasQualifiedName(RD, Names);
}

static const TemplateArgumentList *templateArgs(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return &Spec->getTemplateArgs();
  return nullptr;
}

bool ContextModel::isResponseCallback(const CXXRecordDecl *RD) const {
  if (CallbackArgs.empty() || !Erased.contains(qualifiedName(RD)))
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
    if (isNamed(PR, {"std::shared_ptr", "boost::shared_ptr"}))
      if (const TemplateArgumentList *SA = templateArgs(PR))
        if (SA->size() && SA->get(0).getKind() == TemplateArgument::Type)
          if (const CXXRecordDecl *Inner = SA->get(0).getAsType()->getAsCXXRecordDecl())
            PR = Inner;
    if (CallbackArgs.contains(qualifiedName(PR)))
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
  if (isNamed(RD, {"std::shared_ptr", "boost::shared_ptr"})) {
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

const ContextTypeRow *ContextModel::handlerParamRow(const CXXRecordDecl *RD,
                                                    unsigned Depth) const {
  if (!RD || Depth > 8)
    return nullptr;
  auto It = ParamRows.find(qualifiedName(RD));
  if (It != ParamRows.end())
    return It->second;
  if (const CXXRecordDecl *Def = RD->getDefinition())
    for (const CXXBaseSpecifier &B : Def->bases())
      if (const ContextTypeRow *Row =
              handlerParamRow(B.getType()->getAsCXXRecordDecl(), Depth + 1))
        return Row;
  return nullptr;
}

std::optional<ContextAccess> ContextModel::classifyDecl(const ValueDecl *D) const {
  if (!D)
    return std::nullopt;
  if (std::optional<ContextAccess> A = classify(D->getType()))
    return A;
  const auto *P = dyn_cast<ParmVarDecl>(D);
  if (!P || ParamRows.empty())
    return std::nullopt;
  QualType T = P->getType();
  if (!T->isPointerType() && !T->isReferenceType())
    return std::nullopt;
  const CXXRecordDecl *RD = T->getPointeeType()->getAsCXXRecordDecl();
  const ContextTypeRow *Row = handlerParamRow(RD, 0);
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
  return RD && isNamed(RD, {"std::shared_ptr", "std::unique_ptr", "std::weak_ptr",
                            "boost::shared_ptr", "boost::weak_ptr"});
}

bool ContextModel::isView(QualType T) const {
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  return RD && Views.contains(qualifiedName(RD));
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
  if (T.isNull() || Depth > 4)
    return false;
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
  std::string Name = qualifiedName(RD);
  if (auto C = lookupRecord(RD))
    Result = C->Kind == Ownership::Handle;
  else if (Name == "std::weak_ptr" || Name == "boost::weak_ptr")
    Result = false; // Neither dangles nor keeps alive.
  else if (RD->isLambda() || Views.contains(Name) || Erased.contains(Name) ||
           Name == "std::shared_ptr" || Name == "std::unique_ptr" ||
           Name == "boost::shared_ptr" || Name == "boost::intrusive_ptr")
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
    if (hasDerefOperator(Def))
      Result = true;
    for (const FieldDecl *F : Def->fields())
      if (!Result && canCarryImpl(F->getType(), Depth + 1))
        Result = true;
    for (const CXXBaseSpecifier &B : Def->bases())
      if (!Result && canCarryImpl(B.getType(), Depth + 1))
        Result = true;
  }
  CarryCache[T.getTypePtr()] = Result;
  return Result;
}

static bool derivesFrom(const CXXRecordDecl *RD, const llvm::StringSet<> &Names,
                        unsigned Depth = 0) {
  if (!RD || Depth > 8)
    return false;
  if (Names.contains(qualifiedName(RD)))
    return true;
  const CXXRecordDecl *Def = RD->getDefinition();
  if (!Def)
    return false;
  for (const CXXBaseSpecifier &B : Def->bases())
    if (derivesFrom(B.getType()->getAsCXXRecordDecl(), Names, Depth + 1))
      return true;
  return false;
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
  if (lookupRecord(RD) || derivesFrom(RD, PerRequestBases))
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
  return FD && FD->getIdentifier() && !ConnectionRegistrars.empty() &&
         ConnectionRegistrars.contains(qualifiedName(FD));
}

bool ContextModel::isDerivingFunction(const FunctionDecl *FD) const {
  return FD && FD->getIdentifier() && !DerivingFunctions.empty() &&
         DerivingFunctions.contains(qualifiedName(FD));
}

bool ContextModel::isConnectionHandlerMethod(const FunctionDecl *FD) const {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
  return MD && !ConnectionBases.empty() &&
         derivesFrom(MD->getParent(), ConnectionBases);
}

bool derivesFrom(const CXXRecordDecl *RD,
                 std::initializer_list<llvm::StringRef> Names) {
  llvm::StringSet<> Set;
  for (llvm::StringRef N : Names)
    Set.insert(N);
  return derivesFrom(RD, Set);
}

bool ContextModel::isReactorClass(const CXXRecordDecl *RD) const {
  return !PerRequestBases.empty() && derivesFrom(RD, PerRequestBases);
}

bool ContextModel::isCompletionCall(const FunctionDecl *FD) const {
  return FD && FD->getIdentifier() && !CompletionCalls.empty() &&
         CompletionCalls.contains(qualifiedName(FD));
}

/// \p Pattern with `%0` replaced by \p Name and `%1` by `.` or `->`.
static std::string fillPattern(llvm::StringRef Pattern, llvm::StringRef Name,
                               bool Arrow) {
  std::string Out;
  llvm::StringRef Hint = Pattern;
  for (size_t I = 0; I < Hint.size(); ++I) {
    if (Hint[I] == '%' && I + 1 < Hint.size() && Hint[I + 1] == '0') {
      Out += Name;
      ++I;
    } else if (Hint[I] == '%' && I + 1 < Hint.size() && Hint[I + 1] == '1') {
      Out += Arrow ? "->" : ".";
      ++I;
    } else {
      Out += Hint[I];
    }
  }
  return Out;
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
