//===--- Ordering.cpp - before and after, by control flow -----------------===//

#include "lib/model/Ordering.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace ctxlife {

/// The CFG of one function, and where each statement of its body is: the
/// block and the index of the element that evaluates it (statements nested
/// in a lambda are where the lambda is created).
struct Ordering::Graph {
  std::unique_ptr<CFG> Cfg;
  llvm::DenseMap<const Stmt *, std::pair<const CFGBlock *, unsigned>> Where;

  explicit Graph(const FunctionDecl *F) {
    if (!isAnalyzable(F))
      return;
    CFG::BuildOptions Opts;
    Opts.setAllAlwaysAdd();
    Opts.AddInitializers = true;
    Cfg = CFG::buildCFG(F, F->getBody(), &F->getASTContext(), Opts);
    if (!Cfg)
      return;
    for (const CFGBlock *B : *Cfg) {
      unsigned I = 0;
      for (const CFGElement &E : *B) {
        if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
          Where.try_emplace(S->getStmt(), B, I);
        ++I;
      }
      if (const Stmt *T = B->getTerminatorStmt())
        Where.try_emplace(T, B, B->size());
    }
    // What no element evaluates by itself (a lambda's body, an unevaluated
    // operand) is where its nearest evaluated ancestor is.
    for (const CFGBlock *B : *Cfg) {
      unsigned I = 0;
      for (const CFGElement &E : *B) {
        if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
          mapNested(S->getStmt(), B, I);
        ++I;
      }
    }
  }

  void mapNested(const Stmt *S, const CFGBlock *B, unsigned I) {
    llvm::SmallVector<const Stmt *, 16> Work(S->child_begin(), S->child_end());
    while (!Work.empty()) {
      const Stmt *C = Work.pop_back_val();
      if (!C || !Where.try_emplace(C, B, I).second)
        continue;
      Work.append(C->child_begin(), C->child_end());
    }
  }

  /// The lambda a non-evaluated statement \p S is written in, if any.
  const LambdaExpr *lambdaAround(const Stmt *S, const CFGBlock *B,
                                 unsigned I) const {
    if (I >= B->size())
      return nullptr;
    std::optional<CFGStmt> E = (*B)[I].getAs<CFGStmt>();
    const auto *LE = E ? dyn_cast<LambdaExpr>(E->getStmt()) : nullptr;
    return LE && LE != S ? LE : nullptr;
  }
};

Ordering::Ordering() = default;
Ordering::~Ordering() = default;

void Ordering::clear() { Graphs.clear(); }

Ordering::Graph *Ordering::graphOf(const FunctionDecl *F) {
  std::unique_ptr<Graph> &G = Graphs[F];
  if (!G)
    G = std::make_unique<Graph>(F);
  return G->Cfg ? G.get() : nullptr;
}

std::optional<Ordering::Position> Ordering::position(const FunctionDecl *F,
                                                     const Stmt *S) {
  Graph *G = F ? graphOf(F) : nullptr;
  if (!G || !S)
    return std::nullopt;
  auto It = G->Where.find(S);
  if (It == G->Where.end())
    return std::nullopt;
  return Position{It->second.first, It->second.second, G};
}

bool Ordering::locate(const FunctionDecl *F, const Stmt *A, const Stmt *B,
                      Position &PA, Position &PB) {
  for (unsigned Depth = 0; F; ++Depth) {
    if (limitlog::past(limits::NestingDepth, Depth + 1, A->getBeginLoc(), F, A))
      return false;
    std::optional<Position> OA = position(F, A), OB = position(F, B);
    if (!OA || !OB)
      return false;
    PA = *OA;
    PB = *OB;
    const LambdaExpr *LA = PA.In->lambdaAround(A, PA.Block, PA.Index);
    if (!LA || LA != PB.In->lambdaAround(B, PB.Block, PB.Index))
      return true;
    F = LA->getCallOperator(); // Both in the same lambda: ask it.
  }
  return false;
}

/// Source order, when the CFG cannot say.
static bool sourceOrderAfter(const Stmt *A, const Stmt *B,
                             const FunctionDecl *F) {
  const SourceManager &SM = F->getASTContext().getSourceManager();
  return SM.isBeforeInTranslationUnit(A->getEndLoc(), B->getBeginLoc());
}

/// Blocks reachable from the successors of \p From, stopping at blocks for
/// which \p Stop is true (they are reported, not entered further).
template <typename StopFn, typename FoundFn>
static bool searchForward(const CFGBlock *From, StopFn Stop, FoundFn Found) {
  llvm::SmallPtrSet<const CFGBlock *, 16> Seen;
  llvm::SmallVector<const CFGBlock *, 16> Work;
  for (const CFGBlock *S : From->succs())
    if (S)
      Work.push_back(S);
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (!Seen.insert(B).second)
      continue;
    if (Found(B))
      return true;
    if (Stop(B))
      continue;
    for (const CFGBlock *S : B->succs())
      if (S)
        Work.push_back(S);
  }
  return false;
}

bool Ordering::mayRunAfter(const FunctionDecl *F, const Stmt *A, const Stmt *B) {
  Position PA, PB;
  if (!locate(F, A, B, PA, PB))
    return sourceOrderAfter(A, B, F);
  if (PA.Block == PB.Block && PB.Index > PA.Index)
    return true;
  return searchForward(
      PA.Block, [](const CFGBlock *) { return false; },
      [&](const CFGBlock *X) { return X == PB.Block; });
}

bool Ordering::everyPathPasses(const FunctionDecl *F, const Stmt *A,
                               llvm::ArrayRef<const Stmt *> Bs) {
  if (Bs.empty())
    return false;
  llvm::SmallVector<Position, 4> PBs;
  Position PA;
  for (const Stmt *B : Bs) {
    Position PB;
    // All must be in the same graph: the function's, or the one lambda's
    // all are written in.
    if (!locate(F, A, B, PA, PB) || (!PBs.empty() && PBs.front().In != PB.In)) {
      return llvm::any_of(Bs, [&](const Stmt *S) {
        return sourceOrderAfter(A, S, F);
      });
    }
    PBs.push_back(PB);
  }
  llvm::SmallPtrSet<const CFGBlock *, 4> Passing;
  for (const Position &PB : PBs) {
    if (PB.Block == PA.Block && PB.Index > PA.Index)
      return true;
    Passing.insert(PB.Block);
  }
  const CFGBlock *Exit = &PA.In->Cfg->getExit();
  bool Escapes = searchForward(
      PA.Block,
      [&](const CFGBlock *X) {
        // A call that does not return ends the path.
        return Passing.count(X) || X->hasNoReturnElement();
      },
      [&](const CFGBlock *X) { return X == Exit; });
  return !Escapes;
}

std::optional<llvm::SmallVector<const Stmt *, 4>>
Ordering::lastBefore(const FunctionDecl *F, const Stmt *Use,
                     llvm::function_ref<bool(const Stmt *)> Stops) {
  std::optional<Position> P = position(F, Use);
  if (!P)
    return std::nullopt;
  llvm::SmallVector<const Stmt *, 4> Found;
  // The elements of \p B before \p End, last first, up to the first stop.
  auto Scan = [&](const CFGBlock *B, unsigned End) {
    for (unsigned I = End; I-- > 0;)
      if (std::optional<CFGStmt> S = (*B)[I].getAs<CFGStmt>())
        if (Stops(S->getStmt())) {
          if (!llvm::is_contained(Found, S->getStmt()))
            Found.push_back(S->getStmt());
          return true;
        }
    return false;
  };
  const CFGBlock *Entry = &P->In->Cfg->getEntry();
  llvm::SmallPtrSet<const CFGBlock *, 16> Seen;
  llvm::SmallVector<const CFGBlock *, 16> Work;
  auto Preds = [&](const CFGBlock *B) {
    if (B == Entry && !llvm::is_contained(Found, nullptr))
      Found.push_back(nullptr);
    for (const CFGBlock *Pred : B->preds())
      if (Pred)
        Work.push_back(Pred);
  };
  if (!Scan(P->Block, std::min<unsigned>(P->Index, P->Block->size())))
    Preds(P->Block);
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (!Seen.insert(B).second || Scan(B, B->size()))
      continue;
    Preds(B);
  }
  return Found;
}

namespace {

/// The blocks of a loop: those on a cycle through its header.
/// True when \p B branches at a statement written outside \p Loop: control
/// has left the loop (into an enclosing loop, whose header every way round
/// to \p Loop passes). Only terminators are asked: implicit statements
/// (a coroutine's promise calls) carry the function's location.
bool outside(const CFGBlock *B, const Stmt *Loop) {
  const Stmt *T = B->getTerminatorStmt();
  return T && T->getBeginLoc().isValid() &&
         !Loop->getSourceRange().fullyContains(T->getSourceRange());
}

/// The blocks of \p Loop's iterations: those on a path from its header
/// back to it that stays inside the loop.
llvm::DenseSet<const CFGBlock *> loopRegion(const CFGBlock *Header,
                                            const Stmt *Loop) {
  llvm::DenseSet<const CFGBlock *> Forward, Region;
  llvm::SmallVector<const CFGBlock *, 16> Work;
  for (const CFGBlock *S : Header->succs())
    if (S)
      Work.push_back(S);
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (B != Header && outside(B, Loop))
      continue;
    if (!Forward.insert(B).second || B == Header)
      continue;
    for (const CFGBlock *S : B->succs())
      if (S)
        Work.push_back(S);
  }
  if (!Forward.count(Header))
    return Region; // No way round: not a loop.
  for (const CFGBlock *P : Header->preds())
    if (P && Forward.count(P))
      Work.push_back(P);
  Region.insert(Header);
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (!Region.insert(B).second)
      continue;
    for (const CFGBlock *P : B->preds())
      if (P && Forward.count(P))
        Work.push_back(P);
  }
  return Region;
}

/// True when \p To is reached from \p From (inclusive) inside \p Region
/// without entering \p Avoid.
bool reachesInside(const CFGBlock *From, const CFGBlock *To,
                   const CFGBlock *Avoid,
                   const llvm::DenseSet<const CFGBlock *> &Region) {
  llvm::SmallPtrSet<const CFGBlock *, 16> Seen;
  llvm::SmallVector<const CFGBlock *, 16> Work{From};
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (B == To)
      return true;
    if (B == Avoid || !Region.count(B) || !Seen.insert(B).second)
      continue;
    for (const CFGBlock *S : B->succs())
      if (S)
        Work.push_back(S);
  }
  return false;
}

} // namespace

std::optional<llvm::SmallVector<Ordering::LoopExit, 4>>
Ordering::loopExits(const FunctionDecl *F, const Stmt *Loop) {
  Graph *G = F ? graphOf(F) : nullptr;
  if (!G)
    return std::nullopt;
  const CFGBlock *Header = nullptr;
  for (const CFGBlock *B : *G->Cfg)
    if (B->getTerminatorStmt() == Loop)
      Header = B;
  if (!Header)
    return std::nullopt;
  llvm::SmallVector<LoopExit, 4> Exits;
  llvm::DenseSet<const CFGBlock *> Region = loopRegion(Header, Loop);
  if (Region.empty()) {
    Exits.push_back(LoopExit{Loop, {}}); // It never goes round.
    return Exits;
  }
  for (const CFGBlock *X : Region) {
    if (llvm::all_of(X->succs(), [&](const CFGBlock *S) {
          return !S || Region.count(S);
        }))
      continue;
    LoopExit E{X->getTerminatorStmt(), {}};
    if (const Expr *C = X->getLastCondition())
      E.Guards.push_back(C);
    // Branches earlier in the iteration that lead here or round the loop.
    for (const CFGBlock *D : Region) {
      const Expr *C = D->getLastCondition();
      if (D == X || !C || D == Header)
        continue;
      bool LeadsHere = false, GoesRound = false;
      for (const CFGBlock *S : D->succs()) {
        if (!S)
          continue;
        LeadsHere |= reachesInside(S, X, Header, Region);
        GoesRound |= S == Header || reachesInside(S, Header, X, Region);
      }
      if (LeadsHere && GoesRound)
        E.Guards.push_back(C);
    }
    Exits.push_back(std::move(E));
  }
  // In source order, so that findings do not depend on hashing.
  const SourceManager &SM = F->getASTContext().getSourceManager();
  llvm::sort(Exits, [&](const LoopExit &A, const LoopExit &B) {
    if (!A.From || !B.From)
      return B.From == nullptr && A.From != nullptr;
    return SM.isBeforeInTranslationUnit(A.From->getBeginLoc(),
                                        B.From->getBeginLoc());
  });
  return Exits;
}

} // namespace ctxlife
