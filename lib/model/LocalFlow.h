//===--- LocalFlow.h - where a local variable's value was set ---*- C++ -*-===//
//
// The definitions of a function's local variables (and parameters) beyond
// their initializers: assignments to the variable and to fields of it
// (`rec.route = req.path`, `trace.origin.host = v`, `copy = rec`), and which
// of them reach a use of the variable. A definition reaches a use when some
// path from it to the use does not pass through another definition of the
// same field path or of a part enclosing it (a whole-object assignment
// overwrites every field); "may" semantics. The provenance tracer asks only
// about variables that have such definitions, so functions that never
// reassign a local build no CFG for it.
//
// Assignments written in a lambda inside the function may run at any time:
// they reach every use. Writes through pointers, references and calls
// (`Fill(&rec)`) are not definitions here.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_LOCALFLOW_H
#define CTXLIFE_LIB_MODEL_LOCALFLOW_H

#include "lib/model/Ordering.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <optional>

namespace clang {
class ASTContext;
class Expr;
class FieldDecl;
class FunctionDecl;
class Stmt;
class VarDecl;
} // namespace clang

namespace ctxlife {

/// The fields, outermost first, of a part of a variable: empty for the
/// variable itself.
using FieldPath = llvm::SmallVector<const clang::FieldDecl *, 2>;

/// One definition of a local variable or of a field path of it.
struct LocalDef {
  /// The assignment; for the declaration (its initializer, or the value a
  /// parameter receives), null.
  const clang::Expr *At = nullptr;
  FieldPath Path;
  /// The value assigned (null for the declaration).
  const clang::Expr *Value = nullptr;
  /// Written in a lambda inside the function: may run at any time.
  bool Anywhere = false;
};

class LocalFlow {
public:
  LocalFlow();
  ~LocalFlow();
  LocalFlow(const LocalFlow &) = delete;
  LocalFlow &operator=(const LocalFlow &) = delete;

  /// The assignments to \p V or to its fields in the function declaring it
  /// (none for a global, a static or a reference).
  llvm::ArrayRef<LocalDef> assignments(const clang::VarDecl *V);

  /// The definitions of \p V that reach \p Use for the part \p Path of it:
  /// assignments to that part or to an enclosing one (the declaration
  /// included, as a definition of the whole), the last on some path to
  /// \p Use, and those written in lambdas. When the function has no CFG
  /// or \p Use is not in it, every such definition.
  llvm::SmallVector<const LocalDef *, 4>
  reaching(const clang::VarDecl *V, llvm::ArrayRef<const clang::FieldDecl *> Path,
           const clang::Stmt *Use);

private:
  struct Function;
  Function *functionOf(const clang::VarDecl *V);

  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Function>> Functions;
  Ordering Order;
  /// The definition a declaration (or a parameter's entry) makes.
  const LocalDef Declaration;
  const clang::ASTContext *Ctx = nullptr;
};

} // namespace ctxlife

#endif
