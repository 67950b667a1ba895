//===--- Provenance.cpp - where a value's referent comes from -------------===//

#include "lib/model/Provenance.h"
#include "lib/compat/ClangCompat.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "lib/model/Returns.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/LambdaCapture.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ctxlife {
namespace {

/// Keeps the tracer from recursing without bound on pathological input.
class DepthGuard {
public:
  explicit DepthGuard(unsigned &D) : D(D) { ++D; }
  ~DepthGuard() { --D; }
  bool tooDeep() const { return D > limits::TraceDepth.Value; }

private:
  unsigned &D;
};

std::optional<Origin> derived(std::optional<Origin> O) {
  if (O)
    O->Derived = true;
  return O;
}

/// A standard container, pair, tuple or optional of views (and of values
/// that cannot refer to anything): `std::pair<std::string_view,
/// std::string_view>`, `std::vector<std::string_view>`. Raw pointers may
/// point to static data, and do not count.
bool holdsOnlyViews(const ContextModel &Model, QualType T, unsigned Depth = 0) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!Spec || Depth > 2)
    return false;
  bool View = false;
  for (const TemplateArgument &A : Spec->getTemplateArgs().asArray()) {
    if (A.getKind() != TemplateArgument::Type)
      continue;
    QualType Arg = A.getAsType();
    if (Model.isView(Arg))
      View = true;
    else if (Model.canCarry(Arg) && !holdsOnlyViews(Model, Arg, Depth + 1))
      return false;
  }
  return View;
}

/// A variable the user wrote and can name: not the compiler's (`__range1`,
/// a decomposition) nor an init-capture.
bool namesAlias(const VarDecl *V) {
  return !V->isInitCapture() && !V->isImplicit() && V->getIdentifier() &&
         !V->getName().empty();
}

} // namespace

std::optional<Origin>
Tracer::memoised(const void *Node, bool LValue, const void *Cycle,
                 llvm::function_ref<std::optional<Origin>()> Compute) {
  auto Key = std::make_pair(Node, static_cast<unsigned>(LValue));
  auto It = Memo.find(Key);
  if (It != Memo.end())
    return It->second;
  if (Cycle && !InProgress.insert(Cycle).second) {
    ++Cuts; // A cycle: the variable's own initializer reaches it.
    return std::nullopt;
  }
  unsigned CutsBefore = Cuts;
  std::optional<Origin> O = Compute();
  if (Cycle)
    InProgress.erase(Cycle);
  if (Cuts == CutsBefore)
    Memo.try_emplace(Key, O);
  return O;
}

std::nullopt_t Tracer::tooDeep(const Stmt *S, const Decl *D) {
  ++Cuts;
  limitlog::hit(limits::TraceDepth.Name, limits::TraceDepth.Value,
                S ? S->getBeginLoc() : D->getLocation(), Ctx, D, S);
  return std::nullopt;
}

std::optional<Origin> Tracer::rootAt(const NamedDecl *D, QualType T,
                                     SourceLocation Loc) {
  const auto *VD = dyn_cast_or_null<ValueDecl>(D);
  auto A = VD && VD->getType() == T ? Model.classifyDecl(VD) : Model.classify(T);
  if (!A)
    return std::nullopt;
  Origin O;
  O.Root = D;
  O.RootLoc = Loc;
  O.RootName = D && D->getIdentifier() ? D->getName().str() : std::string();
  O.Context = A;
  return O;
}

std::optional<Origin> Tracer::opaqueParam(const ParmVarDecl *P) const {
  if (!TrackParamsOf ||
      P->getDeclContext() != static_cast<const DeclContext *>(TrackParamsOf))
    return std::nullopt;
  Origin O;
  O.Root = P;
  O.RootLoc = P->getLocation();
  O.RootName = P->getName().str();
  O.OpaqueParam = P;
  return O;
}

std::optional<Origin> Tracer::declValue(const ValueDecl *D) {
  DepthGuard G(Depth);
  if (!D)
    return std::nullopt;
  if (G.tooDeep())
    return tooDeep(nullptr, D);
  QualType T = D->getType();
  if (!T->isDependentType() && !Model.canCarry(T.getNonReferenceType()))
    return std::nullopt;
  if (const auto *B = dyn_cast<BindingDecl>(D))
    return binding(B, /*LValue=*/false);
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    auto A = Model.classifyDecl(P);
    if (A && A->How != Access::Object && A->How != Access::Reference)
      return rootAt(P, T, P->getLocation());
    if (A && A->Context.Kind == Ownership::Handle)
      return rootAt(P, T, P->getLocation());
    if (!A)
      return opaqueParam(P);
    return std::nullopt;
  }
  const auto *V = dyn_cast<VarDecl>(D);
  if (!V || V->hasGlobalStorage())
    return std::nullopt;
  return memoised(V, /*LValue=*/false, V, [&]() -> std::optional<Origin> {
    const Expr *Init = V->getInit();
    std::optional<Origin> O;
    if (Init)
      O = value(Init);
    if (O) {
      if (!O->Alias && namesAlias(V))
        O->Alias = V;
      // A variable constructed in place (`Op op(res)`, `Job job{&req}`) is
      // where its holder is made.
      const Expr *Bare = Init->IgnoreImplicit();
      const auto *CE = dyn_cast<CXXConstructExpr>(Bare);
      if (O->HeldBy &&
          (O->HeldBy->At == Bare->getBeginLoc() ||
           (CE && O->HeldBy->At == CE->getLocation())) &&
          (isa<InitListExpr, CXXParenListInitExpr>(Bare) ||
           (CE && !isa<CXXTemporaryObjectExpr>(CE))))
        O->HeldBy->At = V->getLocation();
      return O;
    }
    // A local of context type is request-scoped by its type alone when it
    // has no initializer or a default construction; one initialized to null
    // or from something untraced is not (it may be set anywhere later).
    if (Init && (Init->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) ||
                 !isa<CXXConstructExpr>(Init->IgnoreImplicit())))
      return std::nullopt;
    auto A = Model.classify(T);
    if (A && (A->How == Access::Pointer || A->How == Access::Handle))
      return rootAt(V, T, V->getLocation());
    return std::nullopt;
  });
}

std::optional<Origin> Tracer::declLValue(const ValueDecl *D) {
  DepthGuard G(Depth);
  if (!D)
    return std::nullopt;
  if (G.tooDeep())
    return tooDeep(nullptr, D);
  QualType T = D->getType();
  if (const auto *B = dyn_cast<BindingDecl>(D))
    return binding(B, /*LValue=*/true);
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    // A context or handle received by value lives in the handler's frame:
    // its address dies with the request as surely as a reference does.
    if (auto A = Model.classifyDecl(P))
      if (T->isReferenceType() || A->How == Access::Object ||
          A->How == Access::Handle)
        return rootAt(P, T, P->getLocation());
    if (!T->isReferenceType())
      return std::nullopt;
    return opaqueParam(P);
  }
  const auto *V = dyn_cast<VarDecl>(D);
  if (!V || V->hasGlobalStorage() || !T->isReferenceType())
    return std::nullopt;
  return memoised(V, /*LValue=*/true, V, [&]() -> std::optional<Origin> {
    std::optional<Origin> O;
    if (const Expr *Init = V->getInit())
      O = lvalue(Init);
    if (O && !O->Alias && namesAlias(V))
      O->Alias = V;
    return O;
  });
}

std::optional<Origin> Tracer::memberValue(const MemberExpr *ME) {
  const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!F)
    return std::nullopt;
  if (auto A = Model.classify(F->getType()))
    if (A->How == Access::Pointer || A->How == Access::Handle)
      return fieldRoot(ME, F);
  const Expr *Base = ME->getBase();
  return derived(ME->isArrow() ? value(Base) : lvalue(Base));
}

std::optional<Origin> Tracer::value(const Expr *E) {
  DepthGuard G(Depth);
  if (!E)
    return std::nullopt;
  if (G.tooDeep())
    return tooDeep(E, nullptr);
  E = E->IgnoreParens();
  QualType T = E->getType();
  if (T.isNull())
    return std::nullopt;
  if (!T->isDependentType() && !isa<LambdaExpr>(E) && !Model.canCarry(T))
    return std::nullopt;
  // A copy of an owning smart pointer co-owns its object: it cannot dangle.
  // (A smart pointer to a context is a handle, which `classify` knows.)
  // So does a copy of one to an object holding a request by reference,
  // which is as request-scoped as what it holds.
  if (Model.isOwningSmartPointer(T) && !Model.classify(T) &&
      !Model.heldContextMember(Model.designated(T).Record))
    return std::nullopt;

  if (const auto *FE = dyn_cast<FullExpr>(E))
    return value(FE->getSubExpr());
  if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
    return value(MT->getSubExpr());
  if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
    return value(BT->getSubExpr());
  if (const auto *IC = dyn_cast<ImplicitCastExpr>(E)) {
    switch (IC->getCastKind()) {
    case CK_ArrayToPointerDecay:
      return derived(lvalue(IC->getSubExpr()));
    case CK_LValueToRValue:
    case CK_NoOp:
    case CK_DerivedToBase:
    case CK_UncheckedDerivedToBase:
    case CK_BaseToDerived:
    case CK_BitCast:
    case CK_UserDefinedConversion:
    case CK_ConstructorConversion:
    case CK_FunctionToPointerDecay:
      return value(IC->getSubExpr());
    default:
      return std::nullopt;
    }
  }
  if (const auto *EC = dyn_cast<ExplicitCastExpr>(E))
    return value(EC->getSubExpr());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    // A local assigned after its declaration: what reaches this read.
    const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
    if (V && !Model.localFlow().assignments(V).empty())
      return memoised(DRE, /*LValue=*/false, DRE,
                      [&] { return assigned(V, DRE); });
    return declValue(DRE->getDecl());
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return memberValue(ME);
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_AddrOf) {
      std::optional<Origin> O = lvalue(UO->getSubExpr());
      return O;
    }
    return std::nullopt;
  }
  return composite(E);
}

/// The value of an operator, a lambda, a construction, an initializer list
/// or a call: of its part that reaches a request, if any.
std::optional<Origin> Tracer::composite(const Expr *E) {
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Comma || BO->isAssignmentOp())
      return value(BO->getRHS());
    if (BO->isAdditiveOp()) {
      if (BO->getLHS()->getType()->isPointerType())
        return derived(value(BO->getLHS()));
      if (BO->getRHS()->getType()->isPointerType())
        return derived(value(BO->getRHS()));
    }
    return std::nullopt;
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    if (auto O = value(CO->getTrueExpr()))
      return O;
    return value(CO->getFalseExpr());
  }
  if (const auto *LE = dyn_cast<LambdaExpr>(E))
    return lambda(LE);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return construct(CE);
  auto First = [&](auto Inits) -> std::optional<Origin> {
    for (const Expr *Init : Inits)
      if (auto O = value(Init))
        return O;
    return std::nullopt;
  };
  bool Decided = false;
  if (const auto *ILE = dyn_cast<InitListExpr>(E)) {
    auto O = aggregate(ILE, ILE->inits(), Decided);
    return Decided ? O : First(ILE->inits());
  }
  if (const auto *PLE = dyn_cast<CXXParenListInitExpr>(E)) {
    auto O = aggregate(PLE, PLE->getInitExprs(), Decided);
    return Decided ? O : First(PLE->getInitExprs());
  }
  if (const auto *NE = dyn_cast<CXXNewExpr>(E))
    return NE->hasInitializer() ? value(NE->getInitializer()) : std::nullopt;
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E))
    return value(SIL->getSubExpr());
  if (const auto *CE = dyn_cast<CallExpr>(E))
    return memoised(CE, /*LValue=*/false, nullptr,
                    [&] { return call(CE, /*WantLValue=*/false); });
  return std::nullopt;
}

std::optional<Origin> Tracer::lvalue(const Expr *E) {
  DepthGuard G(Depth);
  if (!E)
    return std::nullopt;
  if (G.tooDeep())
    return tooDeep(E, nullptr);
  E = E->IgnoreParens();
  if (const auto *FE = dyn_cast<FullExpr>(E))
    return lvalue(FE->getSubExpr());
  if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
    return lvalue(MT->getSubExpr());
  if (const auto *IC = dyn_cast<ImplicitCastExpr>(E)) {
    switch (IC->getCastKind()) {
    case CK_NoOp:
    case CK_DerivedToBase:
    case CK_UncheckedDerivedToBase:
    case CK_BaseToDerived:
      return lvalue(IC->getSubExpr());
    default:
      return std::nullopt;
    }
  }
  if (const auto *EC = dyn_cast<ExplicitCastExpr>(E))
    if (EC->isGLValue())
      return lvalue(EC->getSubExpr());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return declLValue(DRE->getDecl());
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!F)
      return std::nullopt;
    if (auto A = Model.classify(F->getType()))
      if (A->How == Access::Object || A->How == Access::Reference)
        return fieldRoot(ME, F);
    const Expr *Base = ME->getBase();
    return derived(ME->isArrow() ? value(Base) : lvalue(Base));
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Deref)
      return value(UO->getSubExpr());
    return std::nullopt;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    return derived(value(AS->getBase()));
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    if (auto O = lvalue(CO->getTrueExpr()))
      return O;
    return lvalue(CO->getFalseExpr());
  }
  if (const auto *CE = dyn_cast<CallExpr>(E))
    return memoised(CE, /*LValue=*/true, nullptr,
                    [&] { return call(CE, /*WantLValue=*/true); });
  return std::nullopt;
}

std::optional<Origin> Tracer::call(const CallExpr *CE, bool WantLValue) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD)
    return std::nullopt;
  QualType Ret = FD->getReturnType();
  auto Is = [&](Role R) { return isNamed(FD, Model.knowledge().names(R)); };
  if ((Is(Role::Forwarding) || Is(Role::AsConst)) && CE->getNumArgs() == 1)
    return WantLValue ? lvalue(CE->getArg(0)) : value(CE->getArg(0));
  if ((Is(Role::Reference) || Is(Role::DataPointer)) && CE->getNumArgs() >= 1) {
    if (auto O = lvalue(CE->getArg(0)))
      return O;
    return value(CE->getArg(0));
  }
  if (Is(Role::BindFunction)) {
    for (unsigned I = 0; I < CE->getNumArgs(); ++I)
      if (auto O = value(CE->getArg(I))) {
        O->Bound = true;
        return O;
      }
    return std::nullopt;
  }
  if (Is(Role::MakeShared) || Is(Role::MakeUnique))
    return created(CE);
  if (Is(Role::Aggregate)) {
    for (unsigned I = 0; I < CE->getNumArgs(); ++I)
      if (auto O = value(CE->getArg(I)))
        return O;
    return std::nullopt;
  }

  if (std::optional<Origin> O = rangeView(CE))
    return O;
  if (std::optional<Origin> O = memberCall(CE, FD))
    return O;

  // A free function (or static member) returning a view of a request-scoped
  // argument (`trim(req.path)`), or a framework accessor returning a pointer
  // into the connection (`mg_get_header(conn, "Host")`), refers into it.
  // Not one whose every `return` yields storage of its own (an intern pool).
  bool ViewResult = Model.isView(Ret) || Model.refersToSource(Ret) ||
                    holdsOnlyViews(Model, Ret);
  if ((ViewResult || Model.isDerivingFunction(FD)) &&
      (!isa<CXXMethodDecl>(FD) || cast<CXXMethodDecl>(FD)->isStatic()) &&
      !returnsOwnStorage(FD, Model, Ctx)) {
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const Expr *Arg = CE->getArg(I);
      // Only what the callee receives by reference, pointer or view can
      // be what the result refers to.
      if (I < FD->getNumParams()) {
        QualType PT = FD->getParamDecl(I)->getType();
        if (!PT->isReferenceType() && !PT->isDependentType() &&
            !Model.canCarry(PT))
          continue;
      }
      std::optional<Origin> O = lvalue(Arg);
      if (!O)
        O = value(Arg);
      if (O && !O->OpaqueParam)
        return derived(O);
    }
  }

  // A call returning a pointer or reference to a context, or a handle,
  // yields a request context (`mg_get_request_info(conn)`, `ctx()` of a
  // reactor).
  auto RA = Model.classify(Ret);
  if (RA && (RA->How != Access::Object || WantLValue)) {
    Origin O;
    O.Root = FD;
    O.RootLoc = compat::callBegin(CE);
    O.RootName = Lexer::getSourceText(
                     CharSourceRange::getTokenRange(
                         Ctx.getSourceManager()
                             .getExpansionRange(CE->getSourceRange())
                             .getAsRange()),
                     Ctx.getSourceManager(), Ctx.getLangOpts())
                     .str();
    if (O.RootName.empty() || O.RootName.size() > 48 ||
        O.RootName.find('\n') != std::string::npos)
      O.RootName = FD->getNameAsString() + "()";
    O.Context = RA;
    return O;
  }
  return std::nullopt;
}

/// A member function of a request-scoped object returning a pointer, a
/// reference, a view or an iterator refers into that object.
std::optional<Origin> Tracer::memberCall(const CallExpr *CE,
                                         const FunctionDecl *FD) {
  QualType Ret = FD->getReturnType();
  const Expr *Object = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    Object = MC->getImplicitObjectArgument();
  else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE))
    if (isa<CXXMethodDecl>(FD) && OC->getNumArgs() > 0)
      Object = OC->getArg(0);
  if (Object && isa<CXXMethodDecl>(FD) &&
      !cast<CXXMethodDecl>(FD)->isStatic()) {
    bool ReturnsRef = Ret->isReferenceType();
    bool CarryResult =
        ReturnsRef || Model.canCarry(Ret) || Ret->isDependentType();
    // An owning smart pointer returned by value (`auth_context()`,
    // `session()`) is co-owned, not a view into the context.
    if (!ReturnsRef && Model.isOwningSmartPointer(Ret) && !Model.classify(Ret))
      CarryResult = false;
    if (CarryResult) {
      std::optional<Origin> O = Object->getType()->isPointerType()
                                    ? value(Object)
                                    : lvalue(Object);
      if (!O && Object->isPRValue())
        O = value(Object);
      if (!O)
        O = value(Object);
      if (O) {
        auto RA = Model.classify(Ret);
        // `req.get()` on a handle yields the context itself.
        if (RA && O->Context &&
            RA->Context.Record == O->Context->Context.Record) {
          O->Context = RA;
          return O;
        }
        return derived(O);
      }
    }
  }
  return std::nullopt;
}


std::optional<Origin> Tracer::construct(const CXXConstructExpr *CE) {
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  if (!Ctor || CE->getNumArgs() == 0)
    return std::nullopt;
  QualType T = CE->getType();
  if (Ctor->isCopyOrMoveConstructor())
    return value(CE->getArg(0));
  if (Model.isView(T)) {
    const Expr *Arg = CE->getArg(0);
    if (Arg->getType()->isPointerType())
      return value(Arg);
    if (auto O = lvalue(Arg))
      return derived(O);
    return value(Arg);
  }
  bool Decided = false;
  llvm::SmallVector<const Expr *, 4> Args(CE->arguments());
  std::optional<Origin> O =
      held(T->getAsCXXRecordDecl(), Ctor, Args, CE->getLocation(), Decided);
  if (Decided)
    return O;
  for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
    if (auto O = value(CE->getArg(I)))
      return O;
    if (auto O = forwardedView(CE, I))
      return O;
  }
  return std::nullopt;
}

/// `std::pair<const std::string_view, int>{req.body, 1}`,
/// `std::optional<std::string_view>(req.path)`: a forwarding constructor
/// of a class template makes its element from a reference to an owning
/// argument; when that element (the template argument in the argument's
/// place) is a view, it refers into the argument.
std::optional<Origin> Tracer::forwardedView(const CXXConstructExpr *CE,
                                            unsigned I) {
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  const FunctionDecl *Pattern = Ctor->getTemplateInstantiationPattern();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      CE->getType()->getAsCXXRecordDecl());
  if (!Pattern || !Spec || I >= Pattern->getNumParams() ||
      Spec->getTemplateArgs().size() != CE->getNumArgs())
    return std::nullopt;
  const auto *Fwd =
      Pattern->getParamDecl(I)->getType()->getAs<RValueReferenceType>();
  const TemplateArgument &Elem = Spec->getTemplateArgs()[I];
  const Expr *Arg = CE->getArg(I);
  QualType ArgT = Arg->getType().getNonReferenceType();
  if (!Fwd || !Fwd->getPointeeType()->getAs<TemplateTypeParmType>() ||
      Fwd->getPointeeType().hasQualifiers() ||
      Elem.getKind() != TemplateArgument::Type || !Arg->isGLValue() ||
      !ArgT->isRecordType() || Model.canCarry(ArgT) ||
      !Model.isView(Elem.getAsType()))
    return std::nullopt;
  return derived(lvalue(Arg));
}

std::optional<Origin> Tracer::lambda(const LambdaExpr *LE) {
  const Expr *const *Inits = LE->capture_init_begin();
  for (const LambdaCapture &C : LE->captures()) {
    const Expr *Init = *Inits++;
    // `this` of a per-request object (a reactor, a CallData, a session)
    // dies with the request; `[self = shared_from_this()]` owns it instead.
    if (C.capturesThis()) {
      const DeclContext *DC = LE->getLambdaClass()->getDeclContext();
      while (DC && !isa<CXXMethodDecl>(DC))
        DC = DC->getParent();
      if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(DC))
        if (Model.isPerRequestClass(MD->getParent())) {
          Origin O;
          O.Root = MD->getParent();
          O.RootLoc = MD->getParent()->getLocation();
          O.RootName = "this";
          O.Context = Model.classify(compat::recordType(Ctx, MD->getParent()));
          O.Captured = true;
          return O;
        }
      continue;
    }
    if (!C.capturesVariable())
      continue;
    const ValueDecl *V = C.getCapturedVar();
    std::optional<Origin> O;
    // Init-captures are variables of the lambda: their initializers decide
    // (`[p = req.path]` copies, `[&r = req]` refers).
    if (C.getCaptureKind() == LCK_ByRef) {
      O = declLValue(V);
      if (!O)
        O = declValue(V);
    } else if (Init && isa<VarDecl>(V) && !cast<VarDecl>(V)->isInitCapture() &&
               !Model.localFlow().assignments(cast<VarDecl>(V)).empty()) {
      O = value(Init); // A copy of what the variable holds when captured.
    } else {
      O = declValue(V);
    }
    if (O) {
      O->Captured = true;
      return O;
    }
  }
  return std::nullopt;
}

} // namespace ctxlife
