//===--- LaunchFinder.h - the launches of one function ----------*- C++ -*-===//
//
// Walks one function body (lambdas included), collecting the launches in it
// and what happens to the objects they return (joined, detached, kept,
// returned, dropped), then decides with the outcome table which launches
// let their work go past the request. C functions starting a thread
// (`pthread_create`) are judged by their handle, as thread objects are; in
// a template nothing instantiates, unresolved calls whose candidates are
// all the same launcher count. Internal to the launch model.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_LAUNCHFINDER_H
#define CTXLIFE_LIB_MODEL_LAUNCHFINDER_H

#include "lib/model/FunctionWalker.h"
#include "lib/model/Launches.h"
#include "lib/model/Storage.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace ctxlife {

class LaunchFinder : public FunctionWalker<LaunchFinder> {
public:
  LaunchFinder(const LauncherModel &LM, clang::ASTContext &Ctx,
               const clang::FunctionDecl *FD);

  bool shouldVisitImplicitCode() const { return false; }

  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool VisitCompoundStmt(clang::CompoundStmt *CS);
  bool VisitReturnStmt(clang::ReturnStmt *RS);
  bool VisitCoreturnStmt(clang::CoreturnStmt *RS);
  bool VisitCoawaitExpr(clang::CoawaitExpr *CE);
  bool VisitVarDecl(clang::VarDecl *V);
  bool VisitBinaryOperator(clang::BinaryOperator *BO);
  bool VisitCXXConstructExpr(clang::CXXConstructExpr *CE);
  bool VisitCXXUnresolvedConstructExpr(clang::CXXUnresolvedConstructExpr *CE);
  bool VisitCallExpr(clang::CallExpr *CE);
  // NOLINTEND(readability-identifier-naming)

  /// The launches whose work outlives the request, in source order.
  std::vector<DetachedWork> finish();

private:
  /// What an asynchronous operation's completion token says about waiting.
  enum class Token { Handler, Detached, Suspends, Result, Unknown };

  struct Candidate {
    DetachedWork W;
    const clang::Expr *Result = nullptr; ///< The value whose fate decides.
    Token Tok = Token::Unknown;
    /// Runs when an operation completes: an `async_*` handler, or the
    /// completion handler of `co_spawn`.
    bool OnCompletion = false;
    /// The local C thread handle (`pthread_t t`) whose detach or join
    /// decides, for a thread started by a C function.
    const clang::VarDecl *Handle = nullptr;
  };
  struct FateOf {
    Fate Kind = Fate::Unknown;
    clang::SourceLocation Loc;
    std::string Where;
  };
  /// A call that waits for work or runs an event loop (`cv.wait()`,
  /// `ioc.run()`, `done.get_future().get()`): the function it is written
  /// in, the call, and the variables its object refers to.
  struct Wait {
    const clang::FunctionDecl *In;
    const clang::Expr *Call;
    llvm::SmallPtrSet<const clang::ValueDecl *, 4> Vars;
  };

  Token classifyToken(const clang::Expr *E) const;
  Candidate candidate(const clang::Expr *Launch, LaunchKind K,
                      std::string Launcher, std::string Work,
                      const clang::Expr *Callable);
  void markWaited(const clang::Expr *E, const clang::Stmt *At);
  void kept(const clang::Expr *E, clang::SourceLocation Loc,
            const std::string &Where);
  void assign(const clang::Expr *LHS, const clang::Expr *RHS,
              clang::SourceLocation Loc);
  void memberEvent(const clang::CXXMemberCallExpr *MC);
  void storeEvent(const clang::CXXMemberCallExpr *MC, const clang::Expr *Obj);
  const clang::Expr *argFor(const clang::CallExpr *CE, int Index) const;
  bool launchCall(const clang::CallExpr *CE, const clang::FunctionDecl *FD,
                  const LauncherRow &Row, std::string Work = "");
  /// A thread object constructed with \p Args (the callable and its
  /// arguments), resolved or, in a template, not yet.
  void threadLaunch(const clang::Expr *Launch, const clang::CXXRecordDecl *RD,
                    llvm::ArrayRef<const clang::Expr *> Args);
  void threadHandle(Candidate &C, const clang::Expr *HandleArg);
  void handleEvent(const clang::CallExpr *CE, const clang::FunctionDecl *FD);
  bool isAsyncOperation(const clang::FunctionDecl *FD) const;
  bool asyncOperationCall(const clang::CallExpr *CE, const clang::FunctionDecl *FD);
  bool unresolvedCall(const clang::CallExpr *CE);
  void wrapperCall(const clang::CallExpr *CE, const clang::FunctionDecl *FD);
  /// A callback the framework keeps and runs after the handler returns.
  bool deferredCall(const clang::CallExpr *CE, const clang::FunctionDecl *FD);
  void queuedCall(const clang::CallExpr *CE, const clang::FunctionDecl *FD,
                  const QueuingLaunch &Q);

  FateOf fateOf(const Candidate &C, const clang::Expr *E, unsigned Depth = 0) const;
  FateOf varFate(const Candidate &C, const clang::VarDecl *V, unsigned Depth) const;
  bool waitedAfter(const Candidate &C) const;
  /// The kind a launch turns out to be once its token is known.
  static LaunchKind effectiveKind(const Candidate &C);
  static std::string noteFor(const Candidate &C, LaunchKind Effective,
                             const FateOf &F);

  const LauncherModel &LM;
  const Knowledge &K;
  clang::ASTContext &Ctx;
  StorageClassifier Storages;
  std::vector<Candidate> Cands;
  llvm::DenseSet<const clang::Expr *> Waited, Dropped;
  llvm::DenseMap<const clang::Expr *, clang::SourceLocation> Detached;
  llvm::DenseMap<const clang::Expr *, FateOf> Kept;
  llvm::DenseMap<const clang::Expr *, const clang::Expr *> ChainNext;
  llvm::DenseMap<const clang::Expr *, const clang::VarDecl *> VarInit;
  /// Where each local holding a launch's result is joined, waited for,
  /// awaited or returned.
  llvm::DenseMap<const clang::VarDecl *, llvm::SmallVector<const clang::Stmt *, 2>>
      VarWaited;
  llvm::DenseSet<const clang::VarDecl *> VarPassed;
  llvm::DenseMap<const clang::VarDecl *, clang::SourceLocation> VarDetached;
  llvm::DenseMap<const clang::VarDecl *, FateOf> VarKept;
  llvm::DenseMap<const clang::VarDecl *, const clang::Expr *> VarChained;
  std::vector<Wait> WaitsAt;
};

} // namespace ctxlife

#endif
