//===--- Executors.h - the project's own executors --------------*- C++ -*-===//
//
// Recognises, from the class bodies and without configuration, the thread
// pools, event buses and schedulers a project writes itself: a class with
// a member container of callables (`std::queue<std::function<void()>>`, a
// deque of events holding one, a channel of tasks) that the class takes
// work out of (`pop_front`, or a member's own method that does), and a
// thread it starts (a `std::thread`/`std::jthread` member or a container of
// them). Such a member is a work queue: what is pushed into it is work that
// another thread runs later, not data kept in storage. A member function
// of the class that pushes into a work queue and takes a callable parameter
// is a launcher (`ThreadPool::Submit`, `EventBus::Publish`).
//
// Facts are computed once per class, on first need, and forgotten at the
// end of the translation unit. The `Launchers` option overrides them.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_EXECUTORS_H
#define CTXLIFE_LIB_MODEL_EXECUTORS_H

#include "lib/knowledge/Registry.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <optional>
#include <string>

namespace clang {
class CXXMethodDecl;
class CXXRecordDecl;
class FieldDecl;
class FunctionDecl;
class QualType;
} // namespace clang

namespace ctxlife {

/// A member function that queues its callable parameter for another thread.
struct QueuingLaunch {
  unsigned Param = 0;
  /// The work queue it pushes into.
  const clang::FieldDecl *Queue = nullptr;
  /// The function returns a future of the work (the `packaged_task`
  /// flavour): the caller may wait for it.
  bool ReturnsFuture = false;
};

class ExecutorModel {
public:
  explicit ExecutorModel(const Knowledge &K) : K(K) {}

  /// True when \p F is a member container of callables that its class takes
  /// work out of (whether or not the class runs a thread itself: a channel
  /// of tasks is drained by whoever receives from it).
  bool isWorkQueue(const clang::FieldDecl *F) const;

  /// The launch \p FD performs when it is a member function of an executor
  /// class that pushes a callable parameter into one of its work queues.
  std::optional<QueuingLaunch> queuingLaunch(const clang::FunctionDecl *FD) const;

  void reset() {
    Classes.clear();
    Launches.clear();
  }

private:
  struct ClassFacts {
    /// Members of the class that its member functions take elements out of.
    llvm::SmallPtrSet<const clang::FieldDecl *, 2> Taken;
    /// Member functions that take an element out of a member.
    llvm::SmallPtrSet<const clang::FunctionDecl *, 4> Takers;
    /// The class starts a thread of its own.
    bool HasThread = false;
  };
  const ClassFacts &factsFor(const clang::CXXRecordDecl *RD) const;
  bool holdsCallables(clang::QualType T) const;
  bool isThreadMember(clang::QualType T) const;

  const Knowledge &K;
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, ClassFacts> Classes;
  mutable llvm::DenseMap<const clang::FunctionDecl *,
                         std::optional<QueuingLaunch>>
      Launches;
  mutable unsigned Depth = 0;
};

} // namespace ctxlife

#endif
