//===--- Ordering.h - before and after, by control flow ---------*- C++ -*-===//
//
// The one place ctxlife answers "before" and "after": on the control-flow
// graph of a function (`clang::CFG`, every evaluated expression an element
// in evaluation order), built lazily for the functions a rule asks about and
// cached until the end of the translation unit. A statement written inside
// a lambda counts where the lambda is created, unless both statements of a
// question are in the same lambda, which is then asked about itself.
//
// When a function has no CFG (clang could not build one) or a statement is
// not part of it, the answers fall back to source order.
//
// clang-tidy's `bugprone-use-after-move` asks the same questions with
// `utils::ExprSequence`, which orders sub-expressions within a CFG block
// through the AST's parent map; building that map costs the whole
// translation unit, so the CFG here is linearized instead (each
// sub-expression an element), and the element index is the order.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_ORDERING_H
#define CTXLIFE_LIB_MODEL_ORDERING_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <optional>

namespace clang {
class CFG;
class CFGBlock;
class Expr;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace ctxlife {

class Ordering {
public:
  Ordering();
  ~Ordering();
  Ordering(const Ordering &) = delete;
  Ordering &operator=(const Ordering &) = delete;

  /// May \p B run after \p A on some path through \p F (a later statement
  /// of the same path, or any statement reached through a loop)?
  bool mayRunAfter(const clang::FunctionDecl *F, const clang::Stmt *A,
                   const clang::Stmt *B);

  /// Does every path from \p A to the exit of \p F pass through one of
  /// \p Bs? Paths that end in a call that does not return count as passing.
  bool everyPathPasses(const clang::FunctionDecl *F, const clang::Stmt *A,
                       llvm::ArrayRef<const clang::Stmt *> Bs);

  /// Going back from \p Use in \p F, the first statement on each path for
  /// which \p Stops is true: the last of them that may run before \p Use.
  /// A null entry means that some path reaches the function's entry without
  /// one. None when \p F has no CFG or \p Use is not evaluated in it (a
  /// statement inside a lambda counts where the lambda is created).
  std::optional<llvm::SmallVector<const clang::Stmt *, 4>>
  lastBefore(const clang::FunctionDecl *F, const clang::Stmt *Use,
             llvm::function_ref<bool(const clang::Stmt *)> Stops);

  /// A way out of a loop and the branch conditions it is taken on: the
  /// condition of the branch that leaves, and of every branch before it in
  /// the same iteration whose other arm can still go round the loop.
  struct LoopExit {
    const clang::Stmt *From; ///< The terminator of the branch that leaves.
    llvm::SmallVector<const clang::Expr *, 4> Guards;
  };
  /// The exits of \p Loop (a statement of \p F) by control flow; one exit
  /// without guards when no path goes round it (it leaves on its first
  /// pass). None when \p F has no CFG.
  std::optional<llvm::SmallVector<LoopExit, 4>>
  loopExits(const clang::FunctionDecl *F, const clang::Stmt *Loop);

  /// Forgets every CFG (at the end of a translation unit).
  void clear();

private:
  struct Graph;
  struct Position {
    const clang::CFGBlock *Block;
    unsigned Index;
    const Graph *In;
  };
  Graph *graphOf(const clang::FunctionDecl *F);
  /// Where \p A and \p B are, in \p F or in the lambda both are written in.
  bool locate(const clang::FunctionDecl *F, const clang::Stmt *A,
              const clang::Stmt *B, Position &PA, Position &PB);
  std::optional<Position> position(const clang::FunctionDecl *F,
                                   const clang::Stmt *S);

  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Graph>> Graphs;
};

} // namespace ctxlife

#endif
