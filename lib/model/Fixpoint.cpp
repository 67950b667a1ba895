//===--- Fixpoint.cpp - per-function summaries, callees first -------------===//

#include "lib/model/Fixpoint.h"
#include <vector>

using namespace clang;

namespace ctxlife {

void CalleesFirst::read(const FunctionDecl *G) {
  G = G->getCanonicalDecl();
  llvm::SmallVector<const FunctionDecl *, 2> &R = Readers[G];
  if (!llvm::is_contained(R, Current))
    R.push_back(Current);
  if (!Done.count(G) && !OnStack.count(G))
    Unseen.push_back(G);
}

void CalleesFirst::summarize(const FunctionDecl *F, SummarizeFn Summarize) {
  const FunctionDecl *Outer = Current;
  Current = F;
  bool Grew = Summarize(F);
  Current = Outer;
  if (!Grew)
    return;
  auto It = Readers.find(F);
  if (It != Readers.end())
    for (const FunctionDecl *R : It->second)
      if (Done.count(R))
        Again.push_back(R);
}

void CalleesFirst::walk(const FunctionDecl *Root, CalleesFn Callees,
                        SummarizeFn Summarize) {
  struct Frame {
    const FunctionDecl *F;
    llvm::SmallVector<const FunctionDecl *, 4> Next;
  };
  std::vector<Frame> Stack;
  auto Push = [&](const FunctionDecl *F) {
    Frame Fr{F, {}};
    OnStack.insert(F);
    Callees(F, [&](const FunctionDecl *G) {
      G = G->getCanonicalDecl();
      if (!Done.count(G) && !OnStack.count(G) && !llvm::is_contained(Fr.Next, G))
        Fr.Next.push_back(G);
    });
    Stack.push_back(std::move(Fr));
  };
  Push(Root);
  while (!Stack.empty()) {
    Frame &Top = Stack.back();
    if (!Top.Next.empty()) {
      const FunctionDecl *G = Top.Next.pop_back_val();
      if (!Done.count(G) && !OnStack.count(G))
        Push(G);
      continue;
    }
    const FunctionDecl *F = Top.F;
    Stack.pop_back();
    summarize(F, Summarize);
    OnStack.erase(F);
    Done.insert(F);
  }
}

void CalleesFirst::ensure(const FunctionDecl *F, CalleesFn Callees,
                          SummarizeFn Summarize) {
  F = F->getCanonicalDecl();
  if (Done.count(F) || active())
    return;
  Unseen.push_back(F);
  while (!Unseen.empty() || !Again.empty()) {
    if (!Unseen.empty()) {
      const FunctionDecl *G = Unseen.pop_back_val();
      if (!Done.count(G))
        walk(G, Callees, Summarize);
      continue;
    }
    summarize(Again.pop_back_val(), Summarize);
  }
}

void CalleesFirst::clear() {
  Done.clear();
  OnStack.clear();
  Readers.clear();
  Unseen.clear();
  Again.clear();
  Current = nullptr;
}

bool reachesBody(
    const Stmt *Start, llvm::function_ref<bool(const Stmt *)> Holds,
    llvm::function_ref<void(const Stmt *, llvm::function_ref<void(const FunctionDecl *)>)>
        Callees) {
  llvm::DenseSet<const FunctionDecl *> Seen;
  llvm::SmallVector<const Stmt *, 8> Work;
  if (Start)
    Work.push_back(Start);
  while (!Work.empty()) {
    const Stmt *Body = Work.pop_back_val();
    if (Holds(Body))
      return true;
    Callees(Body, [&](const FunctionDecl *FD) {
      const FunctionDecl *Def = nullptr;
      if (FD && FD->hasBody(Def) && Seen.insert(Def->getCanonicalDecl()).second)
        if (const Stmt *B = Def->getBody())
          Work.push_back(B);
    });
  }
  return false;
}

} // namespace ctxlife
