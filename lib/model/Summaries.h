//===--- Summaries.h - facts about helpers, per parameter -------*- C++ -*-===//
//
// What a function of the translation unit does with its parameters, as the
// rules need it across calls: "launches parameter k" (launcher wrappers),
// "stores parameter k" (long-lived-store helpers), "gives parameter k the
// request's deadline" (missing-cancellation). One table per fact, keyed by
// function and parameter; facts that flow from callees to callers are
// propagated by a worklist until nothing changes.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_SUMMARIES_H
#define CTXLIFE_LIB_MODEL_SUMMARIES_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <utility>
#include <vector>

namespace ctxlife {

/// A fact per (function, parameter). Functions are keyed by their
/// canonical declaration.
template <typename Fact> class ParamSummaries {
public:
  using Key = std::pair<const clang::FunctionDecl *, unsigned>;

  /// Marks \p F as summarized; false when it already was (or is being).
  bool startSummary(const clang::FunctionDecl *F) {
    return Done.insert(F->getCanonicalDecl()).second;
  }
  bool summarized(const clang::FunctionDecl *F) const {
    return Done.count(F->getCanonicalDecl());
  }
  const Fact *find(const clang::FunctionDecl *F, unsigned Param) const {
    auto It = Facts.find(Key(F->getCanonicalDecl(), Param));
    return It == Facts.end() ? nullptr : &It->second;
  }
  /// Records \p F's fact for \p Param unless it has one; true when new.
  bool insert(const clang::FunctionDecl *F, unsigned Param, Fact Value) {
    return Facts.try_emplace(Key(F->getCanonicalDecl(), Param), std::move(Value))
        .second;
  }
  void clear() {
    Facts.clear();
    Done.clear();
  }

private:
  llvm::DenseMap<Key, Fact> Facts;
  llvm::DenseSet<const clang::FunctionDecl *> Done;
};

/// Calls of the translation unit, revisited until a fixpoint: a call is
/// processed once, and again whenever its callee gains a fact.
template <typename Call> class CallWorklist {
public:
  void add(const clang::FunctionDecl *Callee, Call C) {
    ByCallee[Callee->getCanonicalDecl()].push_back(Calls.size());
    Calls.push_back(std::move(C));
  }
  const std::vector<Call> &calls() const { return Calls; }

  /// Runs \p Process on every call, and again on the calls of a function
  /// each time \p Process reports (through its `Changed` callback) that the
  /// function gained a fact.
  template <typename Fn> void run(Fn Process) {
    llvm::SmallVector<size_t, 32> Work;
    for (size_t I = Calls.size(); I > 0; --I)
      Work.push_back(I - 1);
    while (!Work.empty()) {
      size_t I = Work.pop_back_val();
      Process(Calls[I], [&](const clang::FunctionDecl *Gained) {
        auto It = ByCallee.find(Gained->getCanonicalDecl());
        if (It != ByCallee.end())
          for (size_t J : llvm::reverse(It->second))
            Work.push_back(J);
      });
    }
  }
  void clear() {
    Calls.clear();
    ByCallee.clear();
  }

private:
  std::vector<Call> Calls;
  llvm::DenseMap<const clang::FunctionDecl *, llvm::SmallVector<size_t, 2>>
      ByCallee;
};

} // namespace ctxlife

#endif
