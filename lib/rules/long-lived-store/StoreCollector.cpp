//===--- StoreCollector.cpp - the writes of one function ------------------===//
//
// Collects, for `ctxlife-long-lived-store`, every write of one function
// (lambdas included) that may put a value into long-lived storage:
// assignments, initialized statics, store methods of containers and the
// user's store functions, and the calls whose callee may store an argument.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/long-lived-store/LongLivedStore.h"
#include "lib/model/Exprs.h"
#include "lib/model/FunctionWalker.h"
#include "lib/model/Names.h"
#include "lib/model/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace ctxlife {
namespace {

/// Walks one function body, lambdas included, and hands every write to
/// the analyzer together with the function it happens in.
class BodyWalker : public FunctionWalker<BodyWalker> {
public:
  BodyWalker(LongLivedStoreAnalyzer &A, ASTContext &Ctx, const FunctionDecl *FD)
      : FunctionWalker(FD), A(A), Ctx(Ctx) {}

  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      assign(BO->getLHS(), BO->getRHS());
    return true;
  }

  bool VisitVarDecl(VarDecl *V) {
    if (!V->isLocalVarDecl() || !V->getInit())
      return true;
    if (auto S = staticStorageOf(V))
      A.considerStore(V->getInit(), V->getType(), *S, Fns.back(), Ctx);
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *Fn = Fns.back();
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
      if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
        assign(OC->getArg(0), OC->getArg(1));
      else if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2)
        subscript(OC);
      else if (OC->getOperator() == OO_Call)
        A.considerCall(CE, Fn, Ctx); // Through a callable object.
      return true;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && A.isStoreMethod(MD)) {
        const Expr *Obj = MC->getImplicitObjectArgument();
        QualType ObjType = Obj->getType();
        std::optional<Storage> S;
        if (ObjType->isPointerType()) {
          ObjType = ObjType->getPointeeType();
          S = A.storage().pointeeStorage(Obj, Fn);
        } else {
          S = A.storage().objectStorage(Obj, Fn);
        }
        // Containers decide by their element types; a user's store
        // function by what its parameters can hold.
        bool User = A.isUserStoreFunction(MD);
        // compare_exchange_*(expected, desired) stores only `desired`.
        unsigned First =
            MD->getName().starts_with("compare_exchange") ? 1 : 0;
        // One element made from several arguments (`emplace_back(b, e)`)
        // is one store; a map's key and value are two.
        bool Map = hasMemberNamed(ObjType->getAsCXXRecordDecl(), "mapped_type");
        bool Found = false;
        for (unsigned I = First; I < MC->getNumArgs() && (Map || !Found); ++I) {
          const Expr *Arg = MC->getArg(I);
          QualType Dest = ObjType;
          if (User)
            Dest = I < MD->getNumParams() ? MD->getParamDecl(I)->getType()
                                          : Arg->getType();
          if (!User) // A map's key and value are told apart by place.
            if (QualType Place = mapPlace(MD, I, ObjType->getAsCXXRecordDecl());
                !Place.isNull())
              Dest = Place;
          QualType MadeAs =
              User ? QualType() : elementFromReference(MD, I, Arg, ObjType);
          if (S)
            Found = A.considerStore(Arg, Dest, *S, Fn, Ctx, MadeAs);
          else
            A.considerParamStore(Arg, Dest, Obj, Obj->getType()->isPointerType(),
                                 Fn, Ctx, !MadeAs.isNull());
        }
      }
    } else if (const FunctionDecl *FD = CE->getDirectCallee()) {
      if (A.model().isConnectionHandlerRegistrar(FD))
        for (const Expr *Arg : CE->arguments()) {
          const Expr *E = bare(Arg);
          if (const auto *UO = dyn_cast<UnaryOperator>(E))
            E = bare(UO->getSubExpr());
          if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
            if (const auto *H = dyn_cast<FunctionDecl>(DRE->getDecl()))
              A.ConnectionHandlers.insert(H->getCanonicalDecl());
        }
      if (A.isStoreFreeFunction(FD)) {
        Storage S{StorageKind::StoreFunction, qualifiedName(FD), "",
                  FD->getLocation()};
        for (unsigned I = 0; I < CE->getNumArgs(); ++I)
          A.considerStore(CE->getArg(I), CE->getArg(I)->getType(), S, Fn, Ctx);
      }
    }
    A.considerCall(CE, Fn, Ctx);
    return true;
  }
  // NOLINTEND(readability-identifier-naming)

private:
  /// `views.emplace_back(req.body)`, `token.emplace(req.body)`: the element
  /// (a view) is constructed in place from a reference to an owning
  /// argument. In a map, `emplace(key, value)` makes the key from the
  /// first argument and the value from the second.
  /// The element's type then, or null.
  QualType elementFromReference(const CXXMethodDecl *MD, unsigned I,
                                const Expr *Arg, QualType ObjType) const {
    const CXXRecordDecl *RD = ObjType->getAsCXXRecordDecl();
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
    if (!Spec || I >= MD->getNumParams() || !Arg->isGLValue() ||
        !MD->getParamDecl(I)->getType()->isLValueReferenceType())
      return QualType();
    unsigned Which = 0;
    if (hasMemberNamed(RD, "mapped_type")) {
      unsigned Key = MD->getName() == "emplace_hint" ? 1 : 0;
      if (!MD->getName().starts_with("emplace") || I < Key || I > Key + 1 ||
          MD->getNumParams() != Key + 2)
        return QualType();
      Which = I - Key;
    }
    if (Spec->getTemplateArgs().size() <= Which ||
        Spec->getTemplateArgs()[Which].getKind() != TemplateArgument::Type)
      return QualType();
    QualType Elem = Spec->getTemplateArgs()[Which].getAsType();
    QualType ArgT = Arg->getType().getNonReferenceType();
    bool FromRef = ArgT->isRecordType() && !A.model().canCarry(ArgT) &&
                   A.model().canCarry(Elem) && !ArgT->isPointerType() &&
                   Elem.getCanonicalType().getUnqualifiedType() !=
                       ArgT.getCanonicalType().getUnqualifiedType();
    return FromRef ? Elem : QualType();
  }
  /// `m[key]` on a map inserts the key when it is missing: it stores it,
  /// whatever is done with the element (`++m[key]`, `auto &x = m[key]`).
  /// The key type decides: a `std::map<std::string, V>` copies the key.
  void subscript(const CXXOperatorCallExpr *OC) {
    const Expr *Obj = OC->getArg(0);
    const CXXRecordDecl *RD = Obj->getType()->getAsCXXRecordDecl();
    QualType Key = memberType(RD, "key_type");
    if (Key.isNull() || memberType(RD, "mapped_type").isNull())
      return;
    if (auto S = A.storage().objectStorage(Obj, Fns.back()))
      A.considerStore(OC->getArg(1), Key, *S, Fns.back(), Ctx);
  }
  /// What a map's `emplace(k, v...)`, `try_emplace(k, v...)` or
  /// `insert_or_assign(k, v)` makes of argument \p I: its key (copied into
  /// `key_type`) or its mapped value; null for other calls.
  static QualType mapPlace(const CXXMethodDecl *MD, unsigned I,
                           const CXXRecordDecl *RD) {
    const IdentifierInfo *II = MD->getIdentifier();
    QualType Key = memberType(RD, "key_type");
    QualType Mapped = memberType(RD, "mapped_type");
    if (!II || Key.isNull() || Mapped.isNull() ||
        !llvm::is_contained({"emplace", "try_emplace", "insert_or_assign"},
                            II->getName()))
      return QualType();
    return I == 0 ? Key : Mapped;
  }
  static QualType memberType(const CXXRecordDecl *RD, llvm::StringRef Name) {
    if (!RD)
      return QualType();
    for (const Decl *D : RD->decls())
      if (const auto *TD = dyn_cast<TypedefNameDecl>(D))
        if (TD->getIdentifier() && TD->getName() == Name)
          return TD->getUnderlyingType();
    return QualType();
  }
  void assign(const Expr *LHS, const Expr *RHS) {
    const FunctionDecl *Fn = Fns.back();
    if (auto S = A.storage().objectStorage(LHS, Fn))
      A.considerStore(RHS, LHS->getType(), *S, Fn, Ctx);
    else
      A.considerParamStore(RHS, LHS->getType(), LHS, /*Pointee=*/false, Fn, Ctx);
  }

  LongLivedStoreAnalyzer &A;
  ASTContext &Ctx;
};

} // namespace

bool LongLivedStoreAnalyzer::isUserStoreFunction(const FunctionDecl *FD) const {
  return isNamed(FD, Model.knowledge().names(Role::StoreFunction));
}

bool LongLivedStoreAnalyzer::isStoreMethod(const CXXMethodDecl *MD) const {
  if (isUserStoreFunction(MD))
    return true;
  const IdentifierInfo *II = MD->getIdentifier();
  return II && Model.knowledge().names(Role::StoreMethod).contains(II->getName());
}

bool LongLivedStoreAnalyzer::isStoreFreeFunction(const FunctionDecl *FD) const {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (!MD->isStatic())
      return false;
  return isUserStoreFunction(FD);
}

void LongLivedStoreAnalyzer::analyzeFunction(const FunctionDecl *FD,
                                             ASTContext &Ctx) {
  if (!isAnalyzable(FD) || !Analyzed.insert(FD).second)
    return;
  BodyWalker(*this, Ctx, FD).TraverseStmt(FD->getBody());
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      BodyWalker(*this, Ctx, FD).TraverseStmt(Init->getInit());
}

} // namespace ctxlife
