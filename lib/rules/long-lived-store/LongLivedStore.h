//===--- LongLivedStore.h - request contexts parked in long-lived storage ===//
//
// The rules of `ctxlife-long-lived-store`: which writes put a request-scoped
// value into storage that outlives the request, including through helper
// functions of the same translation unit. Collect (StoreCollector.cpp: the
// writes of each function), decide (LongLivedStore.cpp: provenance of the
// stored value, helpers that store their parameters), findings (below).
// Front-ends feed it function definitions and print what it finds.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_RULES_LONGLIVEDSTORE_H
#define CTXLIFE_LIB_RULES_LONGLIVEDSTORE_H

#include "lib/model/CallTargets.h"
#include "lib/model/ContextModel.h"
#include "lib/model/Executors.h"
#include "lib/model/Provenance.h"
#include "lib/model/Storage.h"
#include "lib/model/Summaries.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class CXXMethodDecl;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace ctxlife {

/// What kind of value is stored.
enum class StoredKind {
  Context, ///< The context itself: a pointer, a reference, an address.
  Derived, ///< A view, pointer or iterator into the context.
  Handle,  ///< A reference-counted handle (keeps the request alive).
  Lambda,  ///< A closure (or `std::function` made from one) capturing it.
  Bind,    ///< A bind expression binding it.
};

struct StoreFinding {
  clang::SourceLocation Loc;  ///< Where the stored value is written.
  clang::SourceRange Range;
  std::string StoredText;     ///< Source text of the stored expression.
  std::string StoredType;     ///< Printed type of the stored value.
  StoredKind Kind;
  Origin From;
  Storage Where;
  /// Set when a helper does the store: the helper, its parameter, and
  /// where it stores it.
  const clang::FunctionDecl *Helper = nullptr;
  std::string HelperParam;
  clang::SourceLocation HelperStoreLoc;
  /// Set when the helper stores into what the caller passes for one of its
  /// parameters: the helper that does the store (the called one or a
  /// helper it forwards to), its parameter written into, and whether it
  /// stores a view into the value rather than the value itself.
  const clang::FunctionDecl *StoringHelper = nullptr;
  std::string HelperDestParam;
  bool HelperStoresView = false;
  /// Set when the helper is reached by an indirect call: the callable
  /// value called through (`fn_`), or the class of the override a virtual
  /// call reaches, with the name of the function called.
  std::string Through;
  std::string OverrideClass;
  std::string CalledName;
  std::string Hint; ///< What to store instead.
  /// The function the store (or the call to the storing helper) is in.
  const clang::FunctionDecl *In = nullptr;
};

class LongLivedStoreAnalyzer {
public:
  /// The user's store functions (`StoreFunctions`) come with \p Model's
  /// knowledge: member functions store into their object (which must be
  /// long-lived), free functions are the store.
  explicit LongLivedStoreAnalyzer(const ContextModel &Model)
      : Model(Model), Storages(Model), Executors(Model.knowledge()) {}

  /// Analyzes one function definition (lambdas inside it included).
  void analyzeFunction(const clang::FunctionDecl *FD, clang::ASTContext &Ctx);

  /// Resolves stores made through helper functions and returns every
  /// finding once per source location, in source order. Resets the state.
  std::vector<StoreFinding> finish(clang::ASTContext &Ctx);

  // Used by the collector.
  /// \p MadeAs: the stored element, of this type, is made from a
  /// reference to \p Stored (`views.emplace_back(req.body)`), not from its
  /// value. True when the value traces to a request (a finding or a
  /// helper's summary).
  bool considerStore(const clang::Expr *Stored, clang::QualType Dest,
                     const Storage &Where, const clang::FunctionDecl *Fn,
                     clang::ASTContext &Ctx,
                     clang::QualType MadeAs = clang::QualType());
  void considerCall(const clang::CallExpr *CE, const clang::FunctionDecl *Fn,
                    clang::ASTContext &Ctx);
  /// A write into what the caller passed for a parameter of \p Fn
  /// (`*out = v`, `into.push_back(v)`): \p Obj is the object written, or
  /// with \p Pointee a pointer to it.
  void considerParamStore(const clang::Expr *Stored, clang::QualType Dest,
                          const clang::Expr *Obj, bool Pointee,
                          const clang::FunctionDecl *Fn, clang::ASTContext &Ctx,
                          bool FromReference = false);
  bool isStoreMethod(const clang::CXXMethodDecl *MD) const;
  bool isStoreFreeFunction(const clang::FunctionDecl *FD) const;
  bool isUserStoreFunction(const clang::FunctionDecl *FD) const;
  const ContextModel &model() const { return Model; }
  const StorageClassifier &storage() const { return Storages; }

private:
  struct HelperStore {
    Storage Where;
    clang::SourceLocation StoreLoc;
    const clang::FunctionDecl *Helper;
    std::string Param;
  };
  /// A helper that stores a parameter (or a view into it) in what its
  /// caller passes for another parameter.
  struct IntoParam {
    unsigned Dest;
    bool View;
    clang::SourceLocation StoreLoc;
    const clang::FunctionDecl *Helper; ///< The helper that writes.
    std::string Param, DestParam;      ///< Its parameters' names.
  };
  struct PendingCall {
    const clang::CallExpr *Call;
    const clang::FunctionDecl *Callee;
    const clang::FunctionDecl *Caller;
    /// Arguments before the callee's first parameter; -1: from the call.
    int Shift = -1;
    /// An indirect call: how it reaches \c Callee.
    CallTarget::Via How = CallTarget::Via::Direct;
  };
  /// Calls whose callee is not known statically, resolved at the end of
  /// the translation unit.
  std::vector<std::pair<const clang::CallExpr *, const clang::FunctionDecl *>>
      Indirect;
  CallTargets Targets;
  void addIndirectCalls(clang::ASTContext &Ctx);
  void describeIndirect(StoreFinding &F, const PendingCall &PC,
                        clang::ASTContext &Ctx) const;

  void addFinding(const clang::Expr *Stored, const Origin &O,
                  const Storage &Where, clang::ASTContext &Ctx,
                  const HelperStore *Via, const clang::FunctionDecl *In);
  void resolveCall(const PendingCall &PC, clang::ASTContext &Ctx,
                   llvm::function_ref<void(const clang::FunctionDecl *)> Gained);
  void resolveIntoParam(const PendingCall &PC, unsigned Param, unsigned Shift,
                        const IntoParam &Into, clang::ASTContext &Ctx,
                        llvm::function_ref<void(const clang::FunctionDecl *)> Gained);
  std::string hintFor(const StoreFinding &F, const Origin &O) const;

  /// A store of a local the tracer could not follow, which a helper may
  /// fill through an out-parameter (FilledLocals.cpp).
  struct PendingFill {
    const clang::Expr *Stored;
    const clang::VarDecl *Var;
    Storage Where;
    const clang::FunctionDecl *Fn;
  };
  std::vector<PendingFill> Fillable;
  void noteFillable(const clang::Expr *Stored, const Storage &Where,
                    const clang::FunctionDecl *Fn);
  void resolveFills(clang::ASTContext &Ctx);

public:
  /// Functions registered as handlers of long-lived connections.
  llvm::DenseSet<const clang::FunctionDecl *> ConnectionHandlers;

private:

  const ContextModel &Model;
  StorageClassifier Storages;
  /// Work queues of the project's executors: what goes in is work another
  /// thread runs (judged by detached-capture), not a stored value.
  ExecutorModel Executors;
  llvm::DenseSet<const clang::FunctionDecl *> Analyzed;
  /// Helpers that store parameter k, and where.
  ParamSummaries<HelperStore> StoringParams;
  /// Helpers that store parameter k into what the caller passes for another.
  ParamSummaries<IntoParam> StoringInto;
  CallWorklist<PendingCall> Calls;
  std::vector<StoreFinding> Findings;
  llvm::DenseSet<unsigned> Reported; // Expansion locations already reported.
};

} // namespace ctxlife

#endif
