//===--- Captures.cpp - what reaches a piece of detached work -------------===//
//
// Captures of a lambda, `this`, arguments bound with a bind function or
// handed to a thread, and reference parameters of a coroutine spawned
// detached: each one that reaches a request-scoped value without owning it
// is a finding.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/detached-capture/WorkAnalysis.h"
#include "lib/model/Exprs.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "lib/model/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ctxlife {
namespace {

bool related(const CXXRecordDecl *A, const CXXRecordDecl *B) {
  if (!A || !B)
    return false;
  A = A->getCanonicalDecl();
  B = B->getCanonicalDecl();
  if (A == B)
    return true;
  const CXXRecordDecl *ADef = A->getDefinition(), *BDef = B->getDefinition();
  return (ADef && BDef && ADef->isDerivedFrom(BDef)) ||
         (ADef && BDef && BDef->isDerivedFrom(ADef));
}

/// The class whose `this` a lambda written in \p DC captures.
const CXXRecordDecl *thisClass(const DeclContext *DC) {
  while (DC) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(DC))
      if (!MD->getParent()->isLambda())
        return MD->getParent();
    DC = DC->getParent();
  }
  return nullptr;
}

/// `shared_from_this()` as code written in \p RD: in a class template its
/// base is dependent, and the call needs `this->`.
const char *sharedFromThis(const CXXRecordDecl *RD) {
  return RD && RD->isDependentContext() ? "this->shared_from_this()"
                                        : "shared_from_this()";
}

/// `[self = this->shared_from_this()]` in a template, where the type of
/// `self` is not known yet: the call says it shares the object.
bool sharesThisInTemplate(const ValueDecl *V) {
  const auto *IV = dyn_cast<VarDecl>(V);
  if (!IV || !IV->isInitCapture() || !IV->getType()->isDependentType() ||
      !IV->getInit())
    return false;
  const auto *CE = dyn_cast<CallExpr>(stripCopies(IV->getInit()));
  const auto *ME = CE ? dyn_cast<CXXDependentScopeMemberExpr>(
                            CE->getCallee()->IgnoreParenImpCasts())
                      : nullptr;
  return ME && ME->getMember().getAsString() == "shared_from_this" &&
         (ME->isImplicitAccess() || isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()));
}

} // namespace

using WorkAnalysis = DetachedCaptureAnalyzer::WorkAnalysis;

void WorkAnalysis::run() {
  callable(W.Callable, 0);
  for (const Expr *Arg : W.Args)
    argument(Arg, CaptureHow::ThreadArgument, W.Args);
  userData();
}

bool WorkAnalysis::ownsThis(const CXXRecordDecl *Owner,
                            const CXXRecordDecl *ThisClass) const {
  return related(Owner, ThisClass);
}

void WorkAnalysis::callable(const Expr *E, unsigned Depth) {
  if (!E || limitlog::past(limits::WorkDepth, Depth, E->getBeginLoc(), nullptr, E))
    return;
  E = stripCallable(E);
  if (const auto *LE = dyn_cast<LambdaExpr>(E))
    return lambda(LE);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    // A lambda kept in a local first: `auto task = [&] {...}; post(task)`.
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
      if (V->isLocalVarDecl() && !V->isStaticLocal() && V->getInit() &&
          !V->getType()->isReferenceType())
        callable(V->getInit(), Depth + 1);
    return;
  }
  const auto *CE = dyn_cast<CallExpr>(E);
  if (!CE)
    return;
  if (const Expr *Inner = wrappedHandler(CE))
    return callable(Inner, Depth + 1);
  if (Launchers.isBindCall(CE)) {
    llvm::SmallVector<const Expr *, 4> Bound;
    for (unsigned I = 1; I < CE->getNumArgs(); ++I)
      Bound.push_back(CE->getArg(I));
    for (const Expr *Arg : Bound)
      argument(Arg, CaptureHow::Bound, Bound);
    return;
  }
  // A coroutine call: `co_spawn(ex, session(req), detached)`.
  const FunctionDecl *FD = CE->getDirectCallee();
  if (FD && Launchers.workFunction(CE) == FD)
    coroutine(CE, FD);
}

void WorkAnalysis::lambda(const LambdaExpr *LE) {
  const CXXRecordDecl *ThisRD = thisClass(LE->getLambdaClass()->getDeclContext());
  bool OwnsThis = false;
  for (const LambdaCapture &C : LE->captures())
    if (C.capturesVariable() &&
        (ownsThis(Model.sharedPointee(C.getCapturedVar()->getType()), ThisRD) ||
         sharesThisInTemplate(C.getCapturedVar())))
      OwnsThis = true;
  size_t Before = Out.size();
  for (const LambdaCapture &C : LE->captures()) {
    if (C.capturesThis()) {
      if (!OwnsThis)
        thisCapture(LE, C, ThisRD);
      continue;
    }
    if (C.capturesVariable())
      captureVariable(LE, C);
  }
  rewriteDefaultCapture(LE, Before);
}

void WorkAnalysis::captureVariable(const LambdaExpr *LE, const LambdaCapture &C) {
  const ValueDecl *V = C.getCapturedVar();
  Tracer T(Model, Ctx);
  bool ByRef = C.getCaptureKind() == LCK_ByRef;
  if (ByRef && handlerLocal(C))
    return;
  std::optional<Origin> O;
  if (ByRef)
    O = T.declLValue(V);
  // A copy holds what the variable holds where the work is made, when it
  // is assigned after its declaration (LocalFlow).
  const auto *Var = dyn_cast<VarDecl>(V);
  const Expr *Init =
      LE->capture_init_begin()[std::distance(LE->capture_begin(), &C)];
  if (!O && !ByRef && Init && Var && !Var->isInitCapture() &&
      !Model.localFlow().assignments(Var).empty())
    O = T.value(Init);
  else if (!O)
    O = T.declValue(V);
  if (!O && ByRef)
    O = localObject(V);
  if (!O && memberReference(LE, C))
    return;
  if (!O || !O->Context || ownedBeside(LE, *O) || keptAlive(*O))
    return;
  if (O->HeldBy)
    return held(*O, *O->HeldBy,
                ByRef ? CaptureHow::ByReference : CaptureHow::BorrowedCopy);
  // A handle is what the capture holds, not what it points to: a pointer
  // to a handle received by value dangles like any other.
  bool Handle = O->isHandle() && Model.isHandle(V->getType().getNonReferenceType());
  if (!ByRef && Handle)
    return; // A copy of a handle owns the request.
  // A context that lives until the request is completed (and whatever
  // points into it) may be used by work that completes the request; a
  // reference to the handler's own pointer variable dangles regardless.
  if (aliveUntilCompletion(*O) && (!ByRef || V->getType()->isReferenceType())) {
    completion(V, *O, C.getLocation(),
               ByRef ? CaptureHow::ByReference : CaptureHow::BorrowedCopy);
    return;
  }
  CaptureFinding F = finding(
      C.getLocation(), ByRef ? CaptureHow::ByReference : CaptureHow::BorrowedCopy,
      *O);
  F.Name = V->getNameAsString();
  F.Type = printType(V->getType(), Ctx);
  F.Handle = Handle;
  bool InitCapture = isa<VarDecl>(V) && cast<VarDecl>(V)->isInitCapture();
  SourceLocation Amp = C.isExplicit() && ByRef && !InitCapture
                           ? ampersandBefore(C.getLocation(), SM)
                           : SourceLocation();
  F.Range = SourceRange(Amp.isValid() ? Amp : C.getLocation(), C.getLocation());
  if (Handle && isCopyable(V->getType())) {
    // `[&h]` → `[h]`: the copy keeps the request alive while the work runs.
    if (Amp.isValid())
      F.Fixes.push_back(FixItHint::CreateRemoval(
          CharSourceRange::getCharRange(Amp, C.getLocation())));
  } else if (Handle) {
    F.Hint = "move the handle into the work instead, as '[" + F.Name +
             " = std::move(" + F.Name + ")]'";
  } else {
    F.Hint = copyHint(*O, F.Name, V->getType());
  }
  Out.push_back(std::move(F));
}

void WorkAnalysis::thisCapture(const LambdaExpr *LE, const LambdaCapture &C,
                               const CXXRecordDecl *RD) {
  if (!RD)
    return;
  if (!Model.isSharedFromThisClass(RD)) {
    if (Model.isReactorClass(RD))
      reactorThis(RD);
    else
      destroyedThis(LE, C.getLocation(), CaptureHow::BorrowedCopy, RD);
    return;
  }
  CaptureFinding F = thisFinding(C.getLocation(), CaptureHow::This, RD);
  // `[this]` → `[this, self = shared_from_this()]`.
  bool SelfTaken = llvm::any_of(LE->captures(), [](const LambdaCapture &X) {
    return X.capturesVariable() && X.getCapturedVar()->getName() == "self";
  });
  SourceLocation At = C.isExplicit()
                          ? Lexer::getLocForEndOfToken(C.getLocation(), 0, SM,
                                                       Ctx.getLangOpts())
                          : LE->getIntroducerRange().getEnd();
  if (!SelfTaken && At.isValid() && !At.isMacroID())
    F.Fixes.push_back(FixItHint::CreateInsertion(
        At, std::string(", self = ") + sharedFromThis(RD)));
  Out.push_back(std::move(F));
}

void WorkAnalysis::argument(const Expr *Arg, CaptureHow How,
                            llvm::ArrayRef<const Expr *> Siblings) {
  const Expr *E = stripCopies(Arg);
  if (isa<CXXThisExpr>(E)) {
    const CXXRecordDecl *RD = E->getType()->getPointeeCXXRecordDecl();
    if (RD && !Model.isSharedFromThisClass(RD) &&
        destroyedThis(nullptr, E->getBeginLoc(), How, RD))
      Out.back().Range = E->getSourceRange();
    if (!RD || !Model.isSharedFromThisClass(RD))
      return;
    if (llvm::any_of(Siblings, [&](const Expr *S) {
          return ownsThis(Model.sharedPointee(S->getType()), RD);
        }))
      return;
    CaptureFinding F = thisFinding(E->getBeginLoc(), How, RD);
    F.Range = E->getSourceRange();
    if (!E->getBeginLoc().isMacroID() && !cast<CXXThisExpr>(E)->isImplicit())
      F.Fixes.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(E->getSourceRange()),
          sharedFromThis(RD)));
    Out.push_back(std::move(F));
    return;
  }
  Tracer T(Model, Ctx);
  std::optional<Origin> O = T.value(Arg);
  if (!O)
    O = localObject(referencedLocal(Arg));
  if (!O || !O->Context || keptAlive(*O) ||
      (O->isHandle() && Model.isHandle(stripWritten(Arg)->getType())))
    return;
  if (O->HeldBy)
    return held(*O, *O->HeldBy, How);
  if (aliveUntilCompletion(*O))
    return completion(nullptr, *O, Arg->getBeginLoc(), How);
  CaptureFinding F = finding(Arg->getBeginLoc(), How, *O);
  F.Range = Arg->getSourceRange();
  F.Name = sourceText(stripWritten(Arg), Ctx);
  F.Type = printType(stripWritten(Arg)->getType(), Ctx);
  F.Hint = copyHint(*O, O->RootName, QualType(), /*Capture=*/false);
  Out.push_back(std::move(F));
}

void WorkAnalysis::coroutine(const CallExpr *CE, const FunctionDecl *FD) {
  unsigned Shift = objectArgs(CE, FD);
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE))
    if (OC->getNumArgs() > 0) // `[&req]() -> awaitable<void> {...}()`
      callable(OC->getArg(0), 1);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    if (const Expr *Obj = MC->getImplicitObjectArgument())
      if (isa<CXXThisExpr>(stripCopies(Obj)))
        argument(Obj, CaptureHow::CoroutineParam, {});
  for (unsigned I = 0; I + Shift < CE->getNumArgs() && I < FD->getNumParams(); ++I)
    coroutineArg(FD->getParamDecl(I), CE->getArg(I + Shift));
}

/// A reference or pointer parameter of a coroutine spawned detached keeps
/// referring to the caller's object.
void WorkAnalysis::coroutineArg(const ParmVarDecl *P, const Expr *Arg) {
  QualType PT = P->getType();
  if (isa<CXXDefaultArgExpr>(Arg) ||
      (!Model.canCarry(PT.getNonReferenceType()) && !PT->isReferenceType()))
    return;
  Tracer T(Model, Ctx);
  std::optional<Origin> O;
  if (PT->isReferenceType())
    O = T.lvalue(Arg);
  if (!O && PT->isReferenceType())
    if (const auto *DRE = dyn_cast<DeclRefExpr>(stripCopies(Arg)))
      O = localObject(DRE->getDecl());
  if (!O && !PT->isReferenceType())
    O = T.value(Arg);
  bool Handle = O && O->isHandle() && Model.isHandle(PT.getNonReferenceType());
  if (!O || !O->Context || (Handle && !PT->isReferenceType()))
    return;
  CaptureFinding F = finding(Arg->getBeginLoc(), CaptureHow::CoroutineParam, *O);
  F.Range = Arg->getSourceRange();
  F.Name = sourceText(stripWritten(Arg), Ctx);
  F.Type = printType(PT, Ctx);
  F.Param = P->getNameAsString();
  F.Handle = Handle;
  F.Hint = F.Handle ? std::string()
                    : copyHint(*O, O->RootName, QualType(), /*Capture=*/false);
  Out.push_back(std::move(F));
}

/// A reference or pointer into an object that a handle captured beside it
/// owns (`[asyncResp, &members]` with `members` inside `asyncResp->res`):
/// the copy of the handle keeps it alive as long as the work runs.
bool WorkAnalysis::ownedBeside(const LambdaExpr *LE, const Origin &O) const {
  const ValueDecl *Owner = O.Owner;
  if (!Owner && O.Derived && O.Context && O.Context->How == Access::Handle)
    Owner = dyn_cast_or_null<VarDecl>(O.Root);
  if (!Owner)
    return false;
  return llvm::any_of(LE->captures(), [&](const LambdaCapture &C) {
    if (!C.capturesVariable() || C.getCaptureKind() != LCK_ByCopy)
      return false;
    const ValueDecl *V = C.getCapturedVar();
    if (V == Owner)
      return true;
    const auto *IV = dyn_cast<VarDecl>(V);
    const auto *DRE = IV && IV->isInitCapture() && IV->getInit()
                          ? dyn_cast<DeclRefExpr>(stripCopies(IV->getInit()))
                          : nullptr;
    return DRE && DRE->getDecl() == Owner;
  });
}

/// An object created from the request that holds it in a member: reported
/// where the object is made, once however many pieces of work share it.
void WorkAnalysis::held(const Origin &O, const Origin::Held &H, CaptureHow How) {
  CaptureFinding F = finding(H.At, How, O);
  F.Name = H.Text;
  F.Type = H.Type;
  F.Hint = keepCopyHint(H);
  Out.push_back(std::move(F));
}

/// A local object of context type (a Beast request read in a coroutine
/// loop, a copy of a handle): work holding a reference to it dangles once
/// its scope ends. (Work the function waits for is not detached work.)
std::optional<Origin> WorkAnalysis::localObject(const ValueDecl *D) const {
  const auto *V = dyn_cast_or_null<VarDecl>(D);
  if (!V || !V->hasLocalStorage() || isa<ParmVarDecl>(V) || V->isInitCapture() ||
      V->getType()->isReferenceType())
    return std::nullopt;
  std::optional<ContextAccess> A = Model.classify(V->getType());
  if (!A || (A->How != Access::Object && A->How != Access::Handle))
    return std::nullopt;
  Origin O;
  O.Root = V;
  O.RootLoc = V->getLocation();
  O.RootName = V->getNameAsString();
  O.Context = A;
  return O;
}

/// The local whose address or reference an argument passes: `&x`,
/// `std::ref(x)`, `std::addressof(x)` (a plain `x` is copied).
const ValueDecl *WorkAnalysis::referencedLocal(const Expr *Arg) const {
  const Expr *E = stripCopies(Arg);
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
    E = bare(UO->getSubExpr());
  else if (const auto *CE = dyn_cast<CallExpr>(E);
           CE && CE->getNumArgs() == 1 &&
           isNamed(CE->getDirectCallee(), Model.knowledge().names(Role::Reference)))
    E = bare(CE->getArg(0));
  else
    return nullptr;
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  return DRE ? DRE->getDecl() : nullptr;
}

} // namespace ctxlife
