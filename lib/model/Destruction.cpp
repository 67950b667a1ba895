//===--- Destruction.cpp - how objects of a class end their life ----------===//

#include "lib/model/Destruction.h"
#include "lib/model/Exprs.h"
#include "lib/model/Fixpoint.h"
#include "lib/model/Launches.h"
#include "lib/model/Names.h"
#include "lib/model/Ordering.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include <functional>

using namespace clang;

namespace ctxlife {
namespace {

/// Walks the translation unit's own declarations (system headers are the
/// libraries': they do not destroy the program's sessions) and records
/// every `delete this`, release of a `std::unique_ptr` and erasure from a
/// container, with the function it happens in.
class IndexWalker : public RecursiveASTVisitor<IndexWalker> {
  using Base = RecursiveASTVisitor<IndexWalker>;

public:
  IndexWalker(DestructionIndex &Index, const ContextModel &Model)
      : Index(Index), Model(Model) {}

  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool TraverseDecl(Decl *D) {
    auto *FD = dyn_cast_or_null<FunctionDecl>(D);
    bool Push = FD && FD->doesThisDeclarationHaveABody();
    if (Push)
      Fns.push_back(FD);
    bool Result = Base::TraverseDecl(D);
    if (Push)
      Fns.pop_back();
    return Result;
  }

  bool VisitCXXDeleteExpr(CXXDeleteExpr *DE) {
    const Expr *Arg = DE->getArgument()->IgnoreParenImpCasts();
    if (isa<CXXThisExpr>(Arg))
      add(Arg->getType()->getPointeeCXXRecordDecl(), EndOfLife::SelfDeleting, DE,
          false);
    return true;
  }

  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    const Expr *Obj = MC->getImplicitObjectArgument();
    if (!MD || !Obj || !MD->getIdentifier() ||
        !Model.knowledge().names(Role::ReleaseCall).contains(MD->getName()))
      return true;
    QualType T = Obj->getType();
    if (T->isPointerType())
      T = T->getPointeeType();
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (isNamed(RD, Model.knowledge().names(Role::UniquePointer))) {
      add(firstTemplateArgRecord(RD), EndOfLife::UniquelyOwned, MC, false);
      return true;
    }
    // A container: what it holds, by `std::unique_ptr` or by value.
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
    if (!Spec)
      return true;
    for (const TemplateArgument &A : Spec->getTemplateArgs().asArray()) {
      if (A.getKind() != TemplateArgument::Type)
        continue;
      const CXXRecordDecl *Held = A.getAsType()->getAsCXXRecordDecl();
      if (isNamed(Held, Model.knowledge().names(Role::UniquePointer)))
        add(firstTemplateArgRecord(Held), EndOfLife::UniquelyOwned, MC, false);
      else if (Held && !isa<ClassTemplateSpecializationDecl>(Held))
        add(Held, EndOfLife::ContainerElement, MC, false);
    }
    return true;
  }

  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
    // Assigning a `std::unique_ptr` destroys the object it owned.
    if (OC->getOperator() != OO_Equal || OC->getNumArgs() != 2)
      return true;
    const CXXRecordDecl *RD = OC->getArg(0)->getType()->getAsCXXRecordDecl();
    if (isNamed(RD, Model.knowledge().names(Role::UniquePointer)))
      add(firstTemplateArgRecord(RD), EndOfLife::UniquelyOwned, OC, true);
    return true;
  }
  // NOLINTEND(readability-identifier-naming)

private:
  void add(const CXXRecordDecl *RD, EndOfLife Kind, const Expr *At,
           bool Replaces) {
    if (!RD)
      return;
    Destruction D;
    D.Kind = Kind;
    D.Loc = At->getBeginLoc();
    D.At = At;
    D.In = Fns.empty() ? nullptr : Fns.back();
    D.Replaces = Replaces;
    Index.record(RD, D);
  }

  DestructionIndex &Index;
  const ContextModel &Model;
  std::vector<const FunctionDecl *> Fns;
};

/// The function \p CE calls, with its body, when it is a member function of
/// \p RD called on `this`.
const FunctionDecl *ownMemberCalled(const CallExpr *CE, const CXXRecordDecl *RD) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
  const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
  const FunctionDecl *Body = nullptr;
  if (!MD || !MC->getImplicitObjectArgument() ||
      !isa<CXXThisExpr>(MC->getImplicitObjectArgument()->IgnoreParenImpCasts()) ||
      MD->getParent()->getCanonicalDecl() != RD->getCanonicalDecl() ||
      !MD->hasBody(Body))
    return nullptr;
  return Body;
}

/// True when the work \p Callable carries `this` without owning it: a
/// lambda capturing `this`, or `this` among the arguments of a bind
/// expression or handler wrapper.
bool carriesThis(const Expr *Callable) {
  const Expr *E = stripCallable(Callable);
  if (!E)
    return false;
  if (const auto *LE = dyn_cast<LambdaExpr>(E))
    return llvm::any_of(LE->captures(),
                        [](const LambdaCapture &C) { return C.capturesThis(); });
  if (isa<CXXThisExpr>(bare(E)))
    return true;
  return llvm::any_of(E->children(), [](const Stmt *Child) {
    const auto *X = dyn_cast_or_null<Expr>(Child);
    return X && carriesThis(X);
  });
}

/// What one function of a class does with `this`, in its own body (nested
/// lambdas are functions of their own): calls of the class's member
/// functions on `this`, and `delete this`.
struct ThisUses {
  llvm::SmallVector<std::pair<const Stmt *, const FunctionDecl *>, 4> Calls;
  llvm::SmallVector<const Stmt *, 2> Deletes;
};

void collectThisUses(const Stmt *S, const CXXRecordDecl *RD, ThisUses &Out) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *CE = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *Callee = ownMemberCalled(CE, RD))
      Out.Calls.push_back({CE, Callee});
  if (const auto *DE = dyn_cast<CXXDeleteExpr>(S))
    if (isa<CXXThisExpr>(DE->getArgument()->IgnoreParenImpCasts()))
      Out.Deletes.push_back(DE);
  for (const Stmt *Child : S->children())
    collectThisUses(Child, RD, Out);
}

/// True when \p S itself waits for a thread: `t.join()` on a thread class.
bool waitsForThread(const Stmt *S, const Knowledge &K) {
  if (!S)
    return false;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    const Expr *Obj = MC->getImplicitObjectArgument();
    if (MD && Obj && MD->getIdentifier() &&
        K.names(Role::WaitCall).contains(MD->getName())) {
      QualType T = Obj->getType();
      const CXXRecordDecl *ObjRD =
          (T->isPointerType() ? T->getPointeeType() : T)->getAsCXXRecordDecl();
      auto It = ObjRD ? K.launchers().find(matchName(ObjRD))
                      : K.launchers().end();
      if (It != K.launchers().end() && It->second->Kind == LaunchKind::Thread)
        return true;
    }
  }
  return llvm::any_of(S->children(),
                      [&](const Stmt *Child) { return waitsForThread(Child, K); });
}

/// The member functions of \p RD that \p S calls on `this`.
void ownMembersCalled(const Stmt *S, const CXXRecordDecl *RD,
                      llvm::function_ref<void(const FunctionDecl *)> Follow) {
  if (!S)
    return;
  if (const auto *CE = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *Callee = ownMemberCalled(CE, RD))
      Follow(Callee);
  for (const Stmt *Child : S->children())
    ownMembersCalled(Child, RD, Follow);
}

/// True when \p S, or a member function of \p RD it calls on `this` (at
/// any depth), waits for a thread.
bool joinsThread(const Stmt *S, const CXXRecordDecl *RD, const Knowledge &K) {
  return reachesBody(
      S, [&](const Stmt *Body) { return waitsForThread(Body, K); },
      [&](const Stmt *Body, llvm::function_ref<void(const FunctionDecl *)> Follow) {
        ownMembersCalled(Body, RD, Follow);
      });
}

/// The class's own destructor releasing what it owns.
bool inOwnDestructor(const Destruction &D, const CXXRecordDecl *RD) {
  const auto *Dtor = dyn_cast_or_null<CXXDestructorDecl>(D.In);
  return Dtor && Dtor->getParent()->getCanonicalDecl() == RD;
}

} // namespace

void DestructionIndex::record(const CXXRecordDecl *RD, Destruction D) {
  Events[RD->getCanonicalDecl()].push_back(D);
}

void DestructionIndex::clear() {
  Built = false;
  Events.clear();
  Answers.clear();
}

void DestructionIndex::build(ASTContext &Ctx) {
  Built = true;
  IndexWalker W(*this, Model);
  const SourceManager &SM = Ctx.getSourceManager();
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      W.TraverseDecl(D);
}

bool DestructionIndex::destructorWaits(const CXXRecordDecl *RD) const {
  const CXXDestructorDecl *Dtor = RD->getDestructor();
  const FunctionDecl *Body = nullptr;
  return Dtor && Dtor->hasBody(Body) &&
         joinsThread(Body->getBody(), RD, Model.knowledge());
}

bool DestructionIndex::afterEventLoop(const Destruction &D) const {
  if (!D.In || !D.In->getBody())
    return false;
  // A call running the event loop in the same function, before it and not
  // after it: the loop has returned, no handler runs any more.
  bool After = false;
  std::function<void(const Stmt *)> Find = [&](const Stmt *S) {
    if (!S || After)
      return;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S))
      if (const CXXMethodDecl *MD = MC->getMethodDecl();
          MD && MD->getIdentifier() &&
          Model.knowledge().names(Role::EventLoopRun).contains(MD->getName()) &&
          Order.mayRunAfter(D.In, MC, D.At) && !Order.mayRunAfter(D.In, D.At, MC))
        After = true;
    if (isa<LambdaExpr>(S))
      return;
    for (const Stmt *Child : S->children())
      Find(Child);
  };
  Find(D.In->getBody());
  return After;
}

bool DestructionIndex::oneOperationAtATime(const CXXRecordDecl *RD,
                                           ASTContext &Ctx) {
  RD = RD->getDefinition();
  if (!RD)
    return false;
  // The functions that can touch `this`: the class's member functions with
  // a body, and the lambdas among the work they start.
  llvm::SmallVector<const FunctionDecl *, 16> Fns;
  llvm::SmallPtrSet<const FunctionDecl *, 16> Known, Handlers;
  auto AddFn = [&](const FunctionDecl *F) {
    if (F && F->getBody() && Known.insert(F).second)
      Fns.push_back(F);
  };
  for (const CXXMethodDecl *MD : RD->methods()) {
    const FunctionDecl *Def = nullptr;
    if (MD->hasBody(Def))
      AddFn(Def);
  }
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const Stmt *, 2>> Starts;
  for (size_t I = 0; I < Fns.size(); ++I) { // Grows with the lambdas found.
    const FunctionDecl *F = Fns[I];
    if (isa<CXXMethodDecl>(F) && cast<CXXMethodDecl>(F)->getParent()->isLambda())
      continue; // Its launches are listed with the function it is written in.
    for (const DetachedWork &W : Launchers.detachedWorkIn(F, Ctx)) {
      if (!carriesThis(W.Callable))
        continue;
      const FunctionDecl *Handler = Launchers.workFunction(W.Callable);
      const FunctionDecl *Def = nullptr;
      const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Handler);
      if (!MD || !MD->hasBody(Def) ||
          (!MD->getParent()->isLambda() &&
           MD->getParent()->getCanonicalDecl() != RD->getCanonicalDecl()))
        return false; // Work that is not the class's own handler.
      Handlers.insert(Def);
      AddFn(Def);
      AddFn(W.In);
      Starts[W.In].push_back(W.Launch);
    }
  }
  llvm::DenseMap<const FunctionDecl *, ThisUses> Uses;
  unsigned Deletes = 0;
  for (const FunctionDecl *F : Fns) {
    collectThisUses(F->getBody(), RD, Uses[F]);
    Deletes += Uses[F].Deletes.size();
  }
  // Every `delete this` of the class is in one of these functions.
  unsigned Recorded = 0;
  auto It = Events.find(RD->getCanonicalDecl());
  if (It != Events.end())
    for (const Destruction &D : It->second)
      Recorded += D.Kind == EndOfLife::SelfDeleting;
  if (Deletes != Recorded)
    return false;
  // Which functions start an operation or delete, directly or through the
  // member functions they call on `this` (to a fixpoint).
  llvm::SmallPtrSet<const FunctionDecl *, 16> Starting, Deleting;
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const FunctionDecl *F : Fns) {
      bool S = Starts.count(F), D = !Uses[F].Deletes.empty();
      for (const auto &[Call, Callee] : Uses[F].Calls) {
        S |= Starting.count(Callee) > 0;
        D |= Deleting.count(Callee) > 0;
      }
      if (S && Starting.insert(F).second)
        Changed = true;
      if (D && Deleting.insert(F).second)
        Changed = true;
    }
  }
  // On no path does a function do two of these things, or one twice.
  for (const FunctionDecl *F : Fns) {
    llvm::SmallVector<const Stmt *, 4> Sites;
    if (auto S = Starts.find(F); S != Starts.end())
      Sites.append(S->second.begin(), S->second.end());
    Sites.append(Uses[F].Deletes.begin(), Uses[F].Deletes.end());
    for (const auto &[Call, Callee] : Uses[F].Calls)
      if (Starting.count(Callee) || Deleting.count(Callee))
        Sites.push_back(Call);
    for (const Stmt *A : Sites)
      for (const Stmt *B : Sites)
        if (Order.mayRunAfter(F, A, B))
          return false;
  }
  // The functions that run only in a completion: the handlers, and the
  // member functions called on `this` only from such functions. Another
  // public member function is not one: anyone can call it while an
  // operation is pending (a `close()` that deletes).
  auto Hidden = [](const FunctionDecl *F) {
    const auto *MD = cast<CXXMethodDecl>(F);
    return MD->getParent()->isLambda() || MD->getAccess() != AS_public;
  };
  llvm::SmallPtrSet<const FunctionDecl *, 16> InCompletion(Handlers.begin(),
                                                           Handlers.end());
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const FunctionDecl *F : Fns) {
      if (InCompletion.count(F) || !Hidden(F))
        continue;
      bool Called = false, OnlyThere = true;
      for (const FunctionDecl *G : Fns)
        for (const auto &[Call, Callee] : Uses[G].Calls)
          if (Callee == F) {
            Called = true;
            OnlyThere &= InCompletion.count(G) > 0;
          }
      if (Called && OnlyThere) {
        InCompletion.insert(F);
        Changed = true;
      }
    }
  }
  unsigned Starters = 0;
  for (const FunctionDecl *F : Fns) {
    if (!Uses[F].Deletes.empty() && !InCompletion.count(F))
      return false; // Deletes outside a completion.
    // A starter: a function that can begin a chain, called from outside
    // the class (public, or called by no function of the class).
    if (Starting.count(F) && !InCompletion.count(F) &&
        (!Hidden(F) || llvm::none_of(Fns, [&](const FunctionDecl *G) {
          return llvm::any_of(Uses[G].Calls,
                              [&](const auto &C) { return C.second == F; });
        })))
      ++Starters;
  }
  return Starters <= 1;
}

Destruction DestructionIndex::of(const CXXRecordDecl *RD, ASTContext &Ctx) {
  if (!RD || !RD->getDefinition())
    return {};
  RD = RD->getCanonicalDecl();
  auto Known = Answers.find(RD);
  if (Known != Answers.end())
    return Known->second;
  if (!Built)
    build(Ctx);
  Destruction Result;
  // `delete this` in the class or a base.
  anyClassInHierarchy(RD, [&](const CXXRecordDecl *C) {
    auto It = Events.find(C->getCanonicalDecl());
    if (It == Events.end())
      return false;
    for (const Destruction &D : It->second)
      if (D.Kind == EndOfLife::SelfDeleting) {
        if (C->getCanonicalDecl() == RD && oneOperationAtATime(RD, Ctx))
          return true; // Deleted only when nothing is pending.
        Result = D;
        return true;
      }
    return false;
  });
  auto It = Events.find(RD);
  if (Result.Kind == EndOfLife::Unknown && It != Events.end() &&
      !destructorWaits(RD->getDefinition())) {
    // A release before a replacement: it says best where the object dies.
    for (bool Replacing : {false, true})
      for (const Destruction &D : It->second)
        if (Result.Kind == EndOfLife::Unknown && D.Replaces == Replacing &&
            D.Kind != EndOfLife::SelfDeleting && !inOwnDestructor(D, RD) &&
            !afterEventLoop(D))
          Result = D;
  }
  Answers[RD] = Result;
  return Result;
}

} // namespace ctxlife
