//===--- Analysis.h - the candidates and decisions of one TU ----*- C++ -*-===//
//
// Internal to `ctxlife-missing-cancellation`: what the walk collects
// (State) and the decisions taken on it at the end of a translation unit
// (Decider), one file per rule: Propagation.cpp and ClientContexts.cpp,
// Loops.cpp, Threads.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_RULES_MISSINGCANCELLATION_ANALYSIS_H
#define CTXLIFE_LIB_RULES_MISSINGCANCELLATION_ANALYSIS_H

#include "lib/rules/missing-cancellation/MissingCancellation.h"
#include "lib/model/Loops.h"
#include "lib/model/Names.h"
#include "lib/model/RequestPaths.h"
#include "lib/model/Signals.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang {
class DeclStmt;
class FieldDecl;
class SourceManager;
} // namespace clang

namespace ctxlife {

struct LoopCand {
  const clang::Stmt *Loop;
  const clang::FunctionDecl *Fn;
};
struct CallCand {
  const clang::CallExpr *Call;
  const clang::FunctionDecl *Fn;
  unsigned Arg; ///< The argument that hands over a client context.
};
/// A call in some function that may reach a client wrapper of the project.
struct WrapperCand {
  const clang::CallExpr *Call;
  const clang::FunctionDecl *Fn;
};
/// A function that, with no request context in reach, makes a downstream
/// call with a client context of its own (fresh, or with a deadline from
/// a clock alone, or with the deadline a parameter gives), directly or
/// through the helpers it calls.
struct FreshCall {
  std::string Rpc;                      ///< `Greeter::SayHello`.
  const clang::VarDecl *Client = nullptr; ///< The client context it creates.
  /// A `set_deadline` from a clock alone, when there is one.
  clang::SourceLocation ForeignDeadline;
  /// The parameter whose argument is the deadline, or -1.
  int DeadlineParam = -1;
};
/// A completion handler (\p Handler, a lambda or a bound member function)
/// of an asynchronous operation that request path \p Starter starts.
struct ChainCand {
  const clang::Expr *Launch;
  const clang::FunctionDecl *Starter;
  const clang::FunctionDecl *Handler;
  std::string Operation; ///< `async_wait`.
};
struct ThreadCand {
  const clang::CXXConstructExpr *Construct;
  const clang::FunctionDecl *Fn;
  const clang::VarDecl *Var;
};

/// What happens to a client context before a downstream call.
enum class EventKind {
  Propagates,     ///< A propagating factory, the request's deadline, or an
                  ///< assignment we cannot follow.
  ForeignDeadline ///< `set_deadline` with a deadline made from a clock.
};
struct Event {
  const clang::Stmt *At;
  EventKind Kind;
};

struct MissingCancellationAnalyzer::State {
  std::vector<const clang::FunctionDecl *> Walked;
  llvm::DenseSet<const clang::FunctionDecl *> WalkedSet;
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::SmallVector<const clang::FunctionDecl *, 4>>
      LambdasOf;
  std::vector<LoopCand> Loops;
  std::vector<CallCand> Calls;
  std::vector<ThreadCand> Threads;
  std::vector<WrapperCand> Wrapped;
  std::vector<ChainCand> Chains;
  llvm::DenseMap<const clang::FieldDecl *, std::vector<Event>> FieldEvents;
  llvm::DenseSet<const clang::FieldDecl *> FieldFresh;
  llvm::DenseSet<const clang::FieldDecl *> CancelFields;
  /// Per class, for the walk: a client context? a stop-token thread?
  llvm::DenseMap<const clang::CXXRecordDecl *, bool> ClientClasses, ThreadClasses;

  // Decided at the end of the translation unit.
  /// The first thread candidate running each work function.
  llvm::DenseMap<const clang::FunctionDecl *, size_t> ThreadOwner;
  llvm::DenseMap<std::pair<const clang::FunctionDecl *, unsigned>, bool>
      Propagators;
  llvm::DenseSet<unsigned> Reported;
};

/// How a tracked client context variable comes to be.
enum class Fresh { No, Stack, MakeUnique, MakeShared, New, Factory };

/// Everything about one client-context variable in its function: what is
/// done to it, and how its uses could be rewritten.
struct ClientVar {
  const clang::VarDecl *Var = nullptr;
  Fresh How = Fresh::No;
  std::string Factory;
  std::vector<Event> Events;
  const clang::DeclStmt *Decl = nullptr;
  bool DeclInBlock = false;
  bool Rewritable = true;
  std::vector<clang::FixItHint> Rewrites;
};

/// The local variable (or data member) of client-context type an argument
/// hands over, following local pointer aliases.
struct ClientRef {
  const clang::VarDecl *Var = nullptr;
  const clang::FieldDecl *Field = nullptr;
};

/// The decisions of one translation unit, over the candidates of the walk.
class Decider {
public:
  using State = MissingCancellationAnalyzer::State;

  Decider(MissingCancellationAnalyzer &A, const LauncherModel &Launchers,
          State &S, clang::ASTContext &Ctx);

  CancellationFindings run();

private:
  const NameSet &names(Role R) const { return Model.knowledge().names(R); }
  /// The first row of role \p R naming \p RD or one of its bases.
  const std::pair<std::string, std::string> *
  firstRow(const clang::CXXRecordDecl *RD, Role R) const;
  /// The deadline setter's own name (`set_deadline`), for hints.
  std::string setterName() const;
  void walkOnDemand(const clang::FunctionDecl *F);
  void computeDetached();
  void computeThreadWork();
  std::vector<Reach> serverContexts(const clang::FunctionDecl *G) const;

  // Loops.cpp
  void decideLoops(CancellationFindings &Out);
  std::optional<LoopFinding> judgeLoop(const clang::Stmt *Loop,
                                       const clang::FunctionDecl *Fn);
  std::string hintFor(const clang::FunctionDecl *G, bool Detached) const;
  /// A call from a request handler that reaches \p F, a helper that is not
  /// itself a request path, directly or through one more helper.
  struct HelperCall {
    const clang::CallExpr *Call = nullptr;
    const clang::FunctionDecl *Callee = nullptr;
    PathStatus Status;
  };
  std::optional<HelperCall> handlerCalling(const clang::FunctionDecl *F);
  std::string userPredicate(const clang::CXXRecordDecl *RD) const;
  // Threads.cpp
  void decideThreads(CancellationFindings &Out);
  // Chains.cpp
  void decideChains(CancellationFindings &Out);
  // Propagation.cpp
  void decidePropagation(CancellationFindings &Out);
  struct PendingClient;
  bool clientCall(const CallCand &C, std::vector<PendingClient> &Pending,
                  llvm::DenseMap<unsigned, size_t> &ByDecl);
  void completeFinding(PendingClient &P);
  void addFixes(PendingClient &P, const std::vector<Reach> &Servers);
  // Wrappers.cpp
  void decideWrappers(CancellationFindings &Out);
  const FreshCall *freshCall(const clang::FunctionDecl *F, unsigned Depth);
  std::optional<FreshCall> downstreamIn(const clang::FunctionDecl *Def,
                                        const clang::CallExpr *CE);
  std::optional<FreshCall> throughCall(const clang::FunctionDecl *Def,
                                       const clang::CallExpr *CE, unsigned Depth);
  /// The functions \p CE may run: its callee's definition, or the targets
  /// of an indirect call, with the arguments to skip before parameter 0.
  llvm::SmallVector<std::pair<const clang::FunctionDecl *, unsigned>, 4>
  targetsOf(const clang::CallExpr *CE);
  // ClientContexts.cpp
  bool propagatesInto(const clang::FunctionDecl *Callee, unsigned Param);
  ClientVar &clientVar(const clang::VarDecl *V, bool Object);
  Fresh creation(const clang::Expr *Init, std::string &Factory, bool Object) const;
  bool isClientClass(const clang::CXXRecordDecl *RD) const {
    return isOrDerives(RD, names(Role::ClientContext));
  }

  MissingCancellationAnalyzer &A;
  const ContextModel &Model;
  const LauncherModel &Launchers;
  State &S;
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  SignalModel Signals;
  LoopModel Loops;
  RequestPaths Paths;
  llvm::DenseMap<const clang::VarDecl *, std::unique_ptr<ClientVar>> Clients;
  /// Per function: its downstream call with a client context of its own
  /// (null: none, or being computed).
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FreshCall>> FreshCalls;
  llvm::DenseSet<const clang::FunctionDecl *> FreshDone;
  /// Per called definition, the calls of the walk (`State::Wrapped`) that
  /// may run it; built on the first loop in a helper.
  llvm::DenseMap<const clang::FunctionDecl *, llvm::SmallVector<size_t, 2>> CallersOf;
  size_t CallersIndexed = 0;
};

/// The local variable or data member of client-context type \p E hands over.
ClientRef resolveClient(const clang::Expr *E);

/// `down`, `&down`, `down.get()`, `*down`, `down->`'s object.
const clang::Expr *clientObject(const clang::Expr *E);

} // namespace ctxlife

#endif
