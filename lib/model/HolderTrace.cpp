//===--- HolderTrace.cpp - objects that hold what they are given ----------===//
//
// The tracer's part for objects built from a request: an object made with
// a constructor, an aggregate initializer, `std::make_shared`/`make_unique`
// or `new` keeps the request only in a member that binds to what it is
// given (a reference, a raw pointer, a view); then the object is
// request-scoped and the origin says which member holds it. A member that
// owns (a copy, a handle, a `shared_ptr`) keeps nothing of the request.
// Classes of system headers (containers, `std::function`, `std::pair`)
// keep the tracer's general rule: they hold whatever they are built from.
//
//===----------------------------------------------------------------------===//

#include "lib/compat/ClangCompat.h"
#include "lib/model/Exprs.h"
#include "lib/model/Names.h"
#include "lib/model/Printing.h"
#include "lib/model/Provenance.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {
namespace {

/// True when the member initializer \p Init binds the member to parameter
/// \p P itself (`res(r)`, `req_(&r)`, `view_(std::move(v))`), not to a
/// value computed from it.
bool bindsParam(const Expr *Init, const ParmVarDecl *P) {
  const Expr *E = stripCopies(Init);
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    E = bare(UO->getSubExpr());
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  return DRE && DRE->getDecl() == P;
}

/// The member of \p Ctor's class initialized from its parameter \p P.
const FieldDecl *memberOf(const CXXConstructorDecl *Ctor, const ParmVarDecl *P) {
  for (const CXXCtorInitializer *Init : Ctor->inits())
    if (Init->isMemberInitializer() && Init->isWritten() &&
        bindsParam(Init->getInit(), P))
      return Init->getMember();
  return nullptr;
}

/// The constructor `make_shared<C>(Args...)` calls: the one taking that
/// many arguments, when it is the only one.
const CXXConstructorDecl *constructorFor(const CXXRecordDecl *RD,
                                         unsigned NumArgs) {
  const CXXConstructorDecl *Found = nullptr;
  for (const CXXConstructorDecl *C : RD->ctors()) {
    if (C->isCopyOrMoveConstructor() || C->isDeleted() ||
        NumArgs < C->getMinRequiredArguments() || NumArgs > C->getNumParams())
      continue;
    if (Found)
      return nullptr;
    Found = C;
  }
  return Found;
}

} // namespace

std::optional<Origin> Tracer::held(const CXXRecordDecl *RD,
                                   const CXXConstructorDecl *Ctor,
                                   llvm::ArrayRef<const Expr *> Args,
                                   SourceLocation At, bool &Decided) {
  Decided = false;
  const CXXRecordDecl *Def = RD ? RD->getDefinition() : nullptr;
  if (!Def || Ctx.getSourceManager().isInSystemHeader(Def->getLocation()) ||
      Def->isLambda() || Model.contextClass(compat::recordType(Ctx, Def)))
    return std::nullopt;
  const FunctionDecl *Body = nullptr;
  if (Ctor && !(Ctor->hasBody(Body) && isa<CXXConstructorDecl>(Body)))
    return std::nullopt; // A constructor out of sight: the general rule.
  Decided = true;
  const auto *CtorDef = cast_or_null<CXXConstructorDecl>(Body);
  unsigned NumBases = Def->getNumBases();
  llvm::SmallVector<const FieldDecl *, 8> Fields(Def->fields());
  for (unsigned I = 0; I < Args.size(); ++I) {
    const FieldDecl *M = nullptr;
    QualType Bound;
    if (CtorDef) {
      if (I >= CtorDef->getNumParams())
        break;
      M = memberOf(CtorDef, CtorDef->getParamDecl(I));
      Bound = CtorDef->getParamDecl(I)->getType();
    } else if (I >= NumBases && I - NumBases < Fields.size()) {
      M = Fields[I - NumBases];
      Bound = M->getType();
    }
    if (!M || (!M->getType()->isReferenceType() && !Model.canCarry(M->getType())))
      continue; // Not kept, or kept as a plain copy.
    const Expr *Arg = Args[I];
    bool Binds = Model.bindsToSource(M->getType());
    std::optional<Origin> O;
    if (Binds && Bound->isReferenceType())
      O = lvalue(Arg);
    if (!O)
      O = value(Arg);
    if (!O || !O->Context)
      continue;
    // A member that co-owns the request (a copy of its handle) keeps it
    // alive; one holding a value that refers to it (a closure) is that
    // value.
    if (O->isHandle() && Model.isHandle(M->getType().getNonReferenceType()))
      continue;
    if (Binds && !O->Derived && !O->HeldBy) {
      Origin::Held H;
      H.Holder = Def;
      H.Member = M;
      H.At = At;
      H.Text = sourceText(stripWritten(Arg), Ctx);
      H.Type = printType(M->getType(), Ctx);
      O->HeldBy = H;
    }
    O->Fields.assign(1, M);
    return O;
  }
  return std::nullopt;
}

/// `std::make_shared<C>(args)`, `std::make_unique<C>(args)`.
std::optional<Origin> Tracer::created(const CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  const CXXRecordDecl *RD = nullptr;
  if (const TemplateArgumentList *TA =
          FD ? FD->getTemplateSpecializationArgs() : nullptr)
    if (TA->size() && TA->get(0).getKind() == TemplateArgument::Type)
      RD = TA->get(0).getAsType()->getAsCXXRecordDecl();
  bool Decided = false;
  if (RD && RD->getDefinition() && !RD->getDefinition()->isAggregate()) {
    const CXXConstructorDecl *Ctor =
        constructorFor(RD->getDefinition(), CE->getNumArgs());
    llvm::SmallVector<const Expr *, 4> Args(CE->arguments());
    if (Ctor) {
      auto O = held(RD, Ctor, Args, compat::callBegin(CE), Decided);
      if (Decided)
        return O;
    }
  } else if (RD && RD->getDefinition() && CE->getNumArgs() == 1) {
    // `make_shared<Agg>(Agg{...})`: a copy of the aggregate.
    const CXXRecordDecl *ArgRD = CE->getArg(0)->getType()->getAsCXXRecordDecl();
    if (ArgRD && ArgRD->getCanonicalDecl() == RD->getCanonicalDecl())
      return value(CE->getArg(0));
  }
  for (unsigned I = 0; I < CE->getNumArgs(); ++I)
    if (auto O = value(CE->getArg(I)))
      return O;
  return std::nullopt;
}

std::optional<Origin> Tracer::aggregate(const Expr *E,
                                        llvm::ArrayRef<const Expr *> Inits,
                                        bool &Decided) {
  const CXXRecordDecl *RD = E->getType()->getAsCXXRecordDecl();
  Decided = false;
  if (!RD || !RD->getDefinition() || !RD->getDefinition()->isAggregate())
    return std::nullopt;
  return held(RD, nullptr, Inits, E->getBeginLoc(), Decided);
}

std::optional<Origin> Tracer::fieldRoot(const MemberExpr *ME,
                                        const FieldDecl *F) {
  std::optional<Origin> O = rootAt(F, F->getType(), F->getLocation());
  if (!O || !ME->isArrow())
    return O;
  // `asyncResp->res`: reached through an owning handle the work may copy.
  const Expr *Base = bare(ME->getBase());
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Base);
      OC && OC->getOperator() == OO_Arrow && OC->getNumArgs() == 1)
    Base = bare(OC->getArg(0));
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Base)) {
    QualType T = DRE->getDecl()->getType().getNonReferenceType();
    const CXXRecordDecl *HR = T->getAsCXXRecordDecl();
    if (isa<VarDecl>(DRE->getDecl()) &&
        (isNamed(HR, Model.knowledge().names(Role::SharedPointer)) ||
         isNamed(HR, Model.knowledge().names(Role::IntrusivePointer)) ||
         Model.isHandle(T)))
      O->Owner = DRE->getDecl();
  }
  return O;
}

} // namespace ctxlife
