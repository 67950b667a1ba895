//===--- DetachedCapture.cpp - request contexts in detached work ----------===//

#include "lib/DetachedCapture.h"
#include "lib/compat/ClangCompat.h"
#include "lib/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <algorithm>

using namespace clang;

namespace ctxlife {
namespace {

const CXXRecordDecl *pointeeRecord(QualType T) {
  T = T.getNonReferenceType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !hasQualifiedName(RD, {"std::shared_ptr", "std::weak_ptr",
                                    "boost::shared_ptr", "boost::weak_ptr"}))
    return nullptr;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return nullptr;
  return Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
}

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

bool isSharedFromThisClass(const CXXRecordDecl *RD) {
  return derivesFrom(RD, {"std::enable_shared_from_this",
                          "boost::enable_shared_from_this"});
}

/// True when copies of \p T can be made (a copy constructor that is neither
/// deleted nor private).
bool isCopyable(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return true;
  RD = RD->getDefinition();
  if (!RD)
    return false;
  for (const CXXConstructorDecl *C : RD->ctors())
    if (C->isCopyConstructor())
      return !C->isDeleted() && C->getAccess() == AS_public;
  return !RD->defaultedCopyConstructorIsDeleted();
}

/// The `&` written before an explicit by-reference capture at \p NameLoc.
SourceLocation ampersandBefore(SourceLocation NameLoc, const SourceManager &SM) {
  if (NameLoc.isMacroID())
    return {};
  bool Invalid = false;
  const char *P = SM.getCharacterData(NameLoc, &Invalid);
  if (Invalid)
    return {};
  std::pair<FileID, unsigned> Off = SM.getDecomposedLoc(NameLoc);
  for (unsigned Back = 1; Back <= Off.second && Back < 64; ++Back) {
    char C = P[-static_cast<int>(Back)];
    if (C == '&')
      return NameLoc.getLocWithOffset(-static_cast<int>(Back));
    if (C != ' ' && C != '\t' && C != '\n' && C != '\r')
      return {};
  }
  return {};
}

/// Finds, in a function body, the first call that completes the request and
/// the uses of one value after it.
class CompletionScan : public RecursiveASTVisitor<CompletionScan> {
public:
  CompletionScan(const ContextModel &Model, const SourceManager &SM)
      : Model(Model), SM(SM) {}

  bool VisitCallExpr(CallExpr *CE) {
    if (!Model.isCompletionCall(CE->getDirectCallee()))
      return true;
    if (!First || SM.isBeforeInTranslationUnit(compat::callBegin(CE),
                                               compat::callBegin(First)))
      First = CE;
    return true;
  }

  const CallExpr *First = nullptr;

private:
  const ContextModel &Model;
  const SourceManager &SM;
};

/// Uses of a variable (or of `this`, when Var is null) after a location.
class UseAfter : public RecursiveASTVisitor<UseAfter> {
public:
  UseAfter(const ValueDecl *Var, SourceLocation After, const SourceManager &SM)
      : Var(Var), After(After), SM(SM) {}
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (Var && DRE->getDecl() == Var)
      note(DRE);
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *TE) {
    if (!Var)
      note(TE);
    return true;
  }
  const Expr *Found = nullptr;

private:
  void note(const Expr *E) {
    SourceLocation L = E->getBeginLoc();
    if (L.isInvalid() || !SM.isBeforeInTranslationUnit(After, L))
      return;
    if (!Found || SM.isBeforeInTranslationUnit(L, Found->getBeginLoc()))
      Found = E;
  }
  const ValueDecl *Var;
  SourceLocation After;
  const SourceManager &SM;
};

} // namespace

/// The findings of one piece of detached work.
class DetachedCaptureAnalyzer::WorkAnalysis {
public:
  WorkAnalysis(const ContextModel &Model, ASTContext &Ctx, const DetachedWork &W,
               std::vector<CaptureFinding> &Out)
      : Model(Model), Ctx(Ctx), SM(Ctx.getSourceManager()), W(W), Out(Out) {}

  void run() {
    callable(W.Callable, 0);
    for (const Expr *Arg : W.Args)
      argument(Arg, CaptureHow::ThreadArgument, W.Args);
  }

private:
  void callable(const Expr *E, unsigned Depth) {
    if (!E || Depth > 6)
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
    const FunctionDecl *FD = CE->getDirectCallee();
    std::string Name = FD ? qualifiedName(FD) : std::string();
    if (const Expr *Inner = wrappedHandler(CE))
      return callable(Inner, Depth + 1);
    if (FD && llvm::is_contained(bindFunctionNames(), Name)) {
      llvm::SmallVector<const Expr *, 4> Bound;
      for (unsigned I = 1; I < CE->getNumArgs(); ++I)
        Bound.push_back(CE->getArg(I));
      for (const Expr *Arg : Bound)
        argument(Arg, CaptureHow::Bound, Bound);
      return;
    }
    // A coroutine call: `co_spawn(ex, session(req), detached)`.
    if (FD && LauncherModel::workFunction(CE) == FD)
      coroutine(CE, FD);
  }

  void lambda(const LambdaExpr *LE) {
    const CXXRecordDecl *ThisRD = thisClass(LE->getLambdaClass()->getDeclContext());
    bool OwnsThis = false;
    for (const LambdaCapture &C : LE->captures())
      if (C.capturesVariable() &&
          related(pointeeRecord(C.getCapturedVar()->getType()), ThisRD))
        OwnsThis = true;
    size_t Before = Out.size();
    for (const LambdaCapture &C : LE->captures()) {
      if (C.capturesThis()) {
        if (!OwnsThis)
          thisCapture(LE, C, ThisRD);
        continue;
      }
      if (!C.capturesVariable())
        continue;
      captureVariable(LE, C);
    }
    rewriteDefaultCapture(LE, Before);
  }

  void captureVariable(const LambdaExpr *LE, const LambdaCapture &C) {
    const ValueDecl *V = C.getCapturedVar();
    Tracer T(Model, Ctx);
    bool ByRef = C.getCaptureKind() == LCK_ByRef;
    std::optional<Origin> O;
    if (ByRef)
      O = T.declLValue(V);
    if (!O)
      O = T.declValue(V);
    if (!O && ByRef)
      O = localObject(V);
    if (!O || !O->Context)
      return;
    // A handle is what the capture holds, not what it points to: a pointer
    // to a handle received by value dangles like any other.
    bool Handle = O->isHandle() &&
                  Model.isHandle(V->getType().getNonReferenceType());
    if (!ByRef && Handle)
      return; // A copy of a handle owns the request.
    // A context that lives until the request is completed (and whatever
    // points into it) may be used by work that completes the request; a
    // reference to the handler's own pointer variable dangles regardless.
    if (aliveUntilCompletion(*O) &&
        (!ByRef || V->getType()->isReferenceType())) {
      completion(V, *O, C.getLocation(),
                 ByRef ? CaptureHow::ByReference : CaptureHow::BorrowedCopy);
      return;
    }
    CaptureFinding F = finding(C.getLocation(), ByRef ? CaptureHow::ByReference
                                                      : CaptureHow::BorrowedCopy,
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

  void thisCapture(const LambdaExpr *LE, const LambdaCapture &C,
                   const CXXRecordDecl *RD) {
    if (!RD)
      return;
    if (!isSharedFromThisClass(RD)) {
      if (Model.isReactorClass(RD))
        reactorThis(LE, RD);
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
      F.Fixes.push_back(
          FixItHint::CreateInsertion(At, ", self = shared_from_this()"));
    Out.push_back(std::move(F));
  }

  /// A bound or thread argument: a pointer, `std::ref`, a view, or `this`.
  void argument(const Expr *Arg, CaptureHow How,
                llvm::ArrayRef<const Expr *> Siblings) {
    const Expr *E = stripCopies(Arg);
    if (isa<CXXThisExpr>(E)) {
      const CXXRecordDecl *RD = E->getType()->getPointeeCXXRecordDecl();
      if (!RD || !isSharedFromThisClass(RD))
        return;
      bool Owned = llvm::any_of(Siblings, [&](const Expr *S) {
        return related(pointeeRecord(S->getType()), RD);
      });
      if (Owned)
        return;
      CaptureFinding F = thisFinding(E->getBeginLoc(), How, RD);
      F.Range = E->getSourceRange();
      if (!E->getBeginLoc().isMacroID() && !cast<CXXThisExpr>(E)->isImplicit())
        F.Fixes.push_back(FixItHint::CreateReplacement(
            CharSourceRange::getTokenRange(E->getSourceRange()),
            "shared_from_this()"));
      Out.push_back(std::move(F));
      return;
    }
    Tracer T(Model, Ctx);
    std::optional<Origin> O = T.value(Arg);
    if (!O)
      O = localObject(referencedLocal(Arg));
    if (!O || !O->Context ||
        (O->isHandle() && Model.isHandle(stripWritten(Arg)->getType())))
      return;
    if (aliveUntilCompletion(*O))
      return completion(nullptr, *O, Arg->getBeginLoc(), How);
    CaptureFinding F = finding(Arg->getBeginLoc(), How, *O);
    F.Range = Arg->getSourceRange();
    F.Name = sourceText(stripWritten(Arg), Ctx);
    F.Type = printType(stripWritten(Arg)->getType(), Ctx);
    F.Hint = copyHint(*O, O->RootName, QualType(),
                      /*Capture=*/false);
    Out.push_back(std::move(F));
  }

  /// A coroutine call spawned detached: its reference and pointer
  /// parameters keep referring to the caller's objects.
  void coroutine(const CallExpr *CE, const FunctionDecl *FD) {
    unsigned Shift = isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(FD) ? 1 : 0;
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE))
      if (OC->getNumArgs() > 0) // `[&req]() -> awaitable<void> {...}()`
        callable(OC->getArg(0), 1);
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      if (const Expr *Obj = MC->getImplicitObjectArgument())
        if (isa<CXXThisExpr>(stripCopies(Obj)))
          argument(Obj, CaptureHow::CoroutineParam, {});
    for (unsigned I = 0; I + Shift < CE->getNumArgs() && I < FD->getNumParams(); ++I) {
      const ParmVarDecl *P = FD->getParamDecl(I);
      const Expr *Arg = CE->getArg(I + Shift);
      QualType PT = P->getType();
      if (isa<CXXDefaultArgExpr>(Arg) ||
          (!Model.canCarry(PT.getNonReferenceType()) && !PT->isReferenceType()))
        continue;
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
        continue;
      CaptureFinding F = finding(Arg->getBeginLoc(), CaptureHow::CoroutineParam, *O);
      F.Range = Arg->getSourceRange();
      F.Name = sourceText(stripWritten(Arg), Ctx);
      F.Type = printType(PT, Ctx);
      F.Param = P->getNameAsString();
      F.Handle = Handle;
      F.Hint = F.Handle ? std::string()
                        : copyHint(*O, O->RootName, QualType(),
                                   /*Capture=*/false);
      Out.push_back(std::move(F));
    }
  }

  /// A local object of context type (a Beast request read in a coroutine
  /// loop, a copy of a handle): work holding a reference to it dangles once
  /// its scope ends. (Work the function waits for is not detached work.)
  std::optional<Origin> localObject(const ValueDecl *D) {
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
  static const ValueDecl *referencedLocal(const Expr *Arg) {
    const Expr *E = stripCopies(Arg);
    if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParenImpCasts();
    else if (const auto *CE = dyn_cast<CallExpr>(E);
             CE && CE->getNumArgs() == 1 &&
             hasQualifiedName(CE->getDirectCallee(),
                              {"std::ref", "std::cref", "std::addressof", "boost::ref",
                               "boost::cref"}))
      E = CE->getArg(0)->IgnoreParenImpCasts();
    else
      return nullptr;
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    return DRE ? DRE->getDecl() : nullptr;
  }

  static bool aliveUntilCompletion(const Origin &O) {
    return O.Context && O.Context->Context.UntilCompletion;
  }

  /// The body of the work, for the completion rule.
  const Stmt *workBody() const {
    const FunctionDecl *FD = LauncherModel::workFunction(W.Callable);
    return FD && FD->hasBody() ? FD->getBody() : nullptr;
  }

  /// True when \p Body completes the request through a function of the
  /// translation unit it calls (`finishWith(reactor, status)`).
  bool completesIndirectly(const Stmt *Body, unsigned Depth) const {
    if (!Body || Depth > 3)
      return false;
    struct Calls : RecursiveASTVisitor<Calls> {
      std::vector<const FunctionDecl *> Callees;
      bool VisitCallExpr(CallExpr *CE) {
        if (const FunctionDecl *FD = CE->getDirectCallee())
          Callees.push_back(FD);
        return true;
      }
    } C;
    C.TraverseStmt(const_cast<Stmt *>(Body));
    for (const FunctionDecl *FD : C.Callees) {
      if (Model.isCompletionCall(FD))
        return true;
      const FunctionDecl *Def = nullptr;
      if (FD->hasBody(Def) && !SM.isInSystemHeader(Def->getLocation()) &&
          completesIndirectly(Def->getBody(), Depth + 1))
        return true;
    }
    return false;
  }

  /// A value that lives until the request is completed (a gRPC callback
  /// context, Crow's response): fine in work that completes the request,
  /// up to the completing call.
  void completion(const ValueDecl *V, const Origin &O, SourceLocation CaptureLoc,
                  CaptureHow How) {
    const Stmt *Body = workBody();
    CompletionScan Scan(Model, SM);
    if (Body)
      Scan.TraverseStmt(const_cast<Stmt *>(Body));
    if (!Scan.First) {
      if (completesIndirectly(Body, 0))
        return;
      CaptureFinding F = finding(CaptureLoc, How, O);
      F.Name = V ? V->getNameAsString() : O.RootName;
      F.Type = V ? printType(V->getType(), Ctx) : std::string();
      F.Range = SourceRange(CaptureLoc, CaptureLoc);
      F.Hint = "complete the request from this work, and do not use '" +
               F.Name + "' after that";
      Out.push_back(std::move(F));
      return;
    }
    if (!V)
      return; // A bound argument is not used by name in the body.
    usedAfter(V, Scan.First, O);
  }

  void reactorThis(const LambdaExpr *LE, const CXXRecordDecl *RD) {
    const Stmt *Body = workBody();
    if (!Body)
      return;
    CompletionScan Scan(Model, SM);
    Scan.TraverseStmt(const_cast<Stmt *>(Body));
    if (!Scan.First)
      return; // The reactor lives until it is finished, by whoever does.
    Origin O;
    O.Root = RD;
    O.RootLoc = RD->getLocation();
    O.RootName = "this";
    O.Captured = true;
    usedAfter(nullptr, Scan.First, O);
  }

  void usedAfter(const ValueDecl *V, const CallExpr *Completion, const Origin &O) {
    UseAfter U(V, compat::callEnd(Completion), SM);
    U.TraverseStmt(const_cast<Stmt *>(workBody()));
    if (!U.Found)
      return;
    CaptureFinding F = finding(U.Found->getBeginLoc(), CaptureHow::AfterCompletion, O);
    F.Range = U.Found->getSourceRange();
    F.Name = V ? V->getNameAsString() : "this";
    F.Type = V ? printType(V->getType(), Ctx) : std::string();
    F.CompletionLoc = Completion->getExprLoc();
    F.CompletionName = Completion->getDirectCallee()->getNameAsString();
    Out.push_back(std::move(F));
  }

  /// `[&]` → an explicit list, when every request-scoped value it captures
  /// is a handle that can be copied.
  void rewriteDefaultCapture(const LambdaExpr *LE, size_t First) {
    if (LE->getCaptureDefault() != LCD_ByRef || First == Out.size() ||
        LE->explicit_capture_begin() != LE->explicit_capture_end())
      return;
    SourceRange Intro = LE->getIntroducerRange();
    if (Intro.getBegin().isMacroID() || Intro.getEnd().isMacroID())
      return;
    for (size_t I = First; I < Out.size(); ++I)
      if (Out[I].How != CaptureHow::ByReference || !Out[I].Handle)
        return;
    std::string List;
    for (const LambdaCapture &C : LE->captures()) {
      std::string Item;
      if (C.capturesThis())
        Item = "this";
      else if (C.capturesVariable()) {
        const ValueDecl *V = C.getCapturedVar();
        bool Copy = llvm::any_of(llvm::ArrayRef(Out).drop_front(First),
                                 [&](const CaptureFinding &F) {
                                   return F.Name == V->getName();
                                 }) &&
                    isCopyable(V->getType());
        if (llvm::any_of(llvm::ArrayRef(Out).drop_front(First),
                         [&](const CaptureFinding &F) {
                           return F.Name == V->getName();
                         }) &&
            !Copy)
          return;
        Item = (Copy ? "" : "&") + V->getNameAsString();
      } else {
        return; // VLA captures and the like: leave them alone.
      }
      List += (List.empty() ? "" : ", ") + Item;
    }
    Out[First].Fixes.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Intro), "[" + List + "]"));
  }

  /// What to capture (or, for arguments, pass) instead of a borrowed value.
  std::string copyHint(const Origin &O, llvm::StringRef Name, QualType Shown,
                       bool Capture = true) const {
    if (O.Derived || !O.Context)
      return std::string(Capture ? "capture" : "pass") +
             " an owning copy of the data instead, such as a 'std::string'";
    // `->` or `.` as the value the user holds requires.
    ContextAccess A = Model.classify(Shown).value_or(*O.Context);
    bool Arrow = A.How == Access::Pointer ||
                 (A.How == Access::Handle && A.Context.Kind == Ownership::Borrowed);
    const ContextType &Ctx = O.Context->Context;
    if (!Capture)
      return "pass " + Model.hintFor(Ctx, Name, Arrow) + " instead";
    std::string Copy = Model.captureCopyFor(Ctx, Name, Arrow);
    if (!Copy.empty())
      return "capture a copy of what the work needs instead, such as '[" +
             Copy + "]'";
    return "capture " + Model.hintFor(Ctx, Name, Arrow) + " instead";
  }

  CaptureFinding finding(SourceLocation Loc, CaptureHow How, const Origin &O) {
    CaptureFinding F;
    F.Loc = Loc;
    F.Range = SourceRange(Loc, Loc);
    F.How = How;
    F.From = O;
    F.Work = W;
    return F;
  }

  CaptureFinding thisFinding(SourceLocation Loc, CaptureHow How,
                             const CXXRecordDecl *RD) {
    Origin O;
    O.Root = RD;
    O.RootLoc = RD->getLocation();
    O.RootName = "this";
    O.Captured = true;
    CaptureFinding F = finding(Loc, How, O);
    F.Name = "this";
    return F;
  }

  const ContextModel &Model;
  ASTContext &Ctx;
  const SourceManager &SM;
  const DetachedWork &W;
  std::vector<CaptureFinding> &Out;
};

DetachedCaptureAnalyzer::DetachedCaptureAnalyzer(const ContextModel &Model,
                                                 const CaptureOptions &Opts)
    : Model(Model), Launchers(Model, Opts.DetachingCalls) {}

std::vector<CaptureFinding>
DetachedCaptureAnalyzer::analyzeFunction(const FunctionDecl *FD, ASTContext &Ctx) {
  std::vector<CaptureFinding> Found;
  for (const DetachedWork &W : Launchers.detachedWorkIn(FD, Ctx))
    WorkAnalysis(Model, Ctx, W, Found).run();
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<CaptureFinding> Result;
  for (CaptureFinding &F : Found) {
    SourceLocation Key = SM.getExpansionLoc(F.Loc);
    if (Reported.insert(Key.getRawEncoding()).second)
      Result.push_back(std::move(F));
  }
  std::stable_sort(Result.begin(), Result.end(),
                   [&](const CaptureFinding &A, const CaptureFinding &B) {
                     return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
                   });
  return Result;
}

} // namespace ctxlife
