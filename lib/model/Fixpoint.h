//===--- Fixpoint.h - per-function summaries, callees first -----*- C++ -*-===//
//
// Summaries that read the summaries of callees (a launch wrapper hands its
// callable to another wrapper) are computed callees first, without
// recursion from one function into the next: a depth-first walk of the
// call graph on an explicit stack, then a worklist that recomputes each
// function that read a summary which has grown since (recursion, calls the
// walk did not see), until nothing changes. The work is bounded by the
// size of the program, not by a depth or a number of rounds, and the order
// in which functions are written does not matter.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_FIXPOINT_H
#define CTXLIFE_LIB_MODEL_FIXPOINT_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace ctxlife {

class CalleesFirst {
public:
  /// Calls its second argument with each function whose summary the
  /// summary of its first argument may read.
  using CalleesFn = llvm::function_ref<void(
      const clang::FunctionDecl *, llvm::function_ref<void(const clang::FunctionDecl *)>)>;
  /// (Re)computes a function's summary; true when it grew. Summaries only
  /// grow.
  using SummarizeFn = llvm::function_ref<bool(const clang::FunctionDecl *)>;

  /// Computes \p F's summary, and every summary it depends on, to a
  /// fixpoint. Must not be called while a summary is being computed.
  void ensure(const clang::FunctionDecl *F, CalleesFn Callees,
              SummarizeFn Summarize);
  /// True while a summary is being computed: reads go through `read`.
  bool active() const { return Current != nullptr; }
  /// The summary being computed reads \p G's: it is computed again if
  /// \p G's grows, and \p G is summarized if it is not yet.
  void read(const clang::FunctionDecl *G);
  void clear();

private:
  void walk(const clang::FunctionDecl *Root, CalleesFn Callees,
            SummarizeFn Summarize);
  void summarize(const clang::FunctionDecl *F, SummarizeFn Summarize);

  llvm::DenseSet<const clang::FunctionDecl *> Done, OnStack;
  /// Who read whose summary.
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::SmallVector<const clang::FunctionDecl *, 2>>
      Readers;
  llvm::SmallVector<const clang::FunctionDecl *, 8> Unseen, Again;
  const clang::FunctionDecl *Current = nullptr;
};

/// True when \p Holds is true of \p Start or of the body of a function
/// reachable from it through the calls \p Callees lists for a body (it
/// chooses which calls are followed). Each function is visited once, from
/// a worklist: the work is bounded by the size of the program, not by a
/// depth, and recursion ends.
bool reachesBody(
    const clang::Stmt *Start, llvm::function_ref<bool(const clang::Stmt *)> Holds,
    llvm::function_ref<void(const clang::Stmt *,
                            llvm::function_ref<void(const clang::FunctionDecl *)>)>
        Callees);

} // namespace ctxlife

#endif
