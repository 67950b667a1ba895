//===--- FunctionWalker.h - one function body, lambdas included --*- C++ -*-===//
//
// The walk every analysis of a function body shares: a RecursiveASTVisitor
// that enters the bodies of the lambdas written in it and knows, at every
// node, which function it belongs to (`Fns.back()`: the function itself or
// the innermost lambda). A generic lambda's body is walked again in each of
// its instantiations, where `const auto &req` has a type. Local classes are
// skipped: their member functions are functions of their own.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_FUNCTIONWALKER_H
#define CTXLIFE_LIB_FUNCTIONWALKER_H

#include "clang/AST/RecursiveASTVisitor.h"
#include <vector>

namespace ctxlife {

template <typename Derived>
class FunctionWalker : public clang::RecursiveASTVisitor<Derived> {
  using Base = clang::RecursiveASTVisitor<Derived>;

  // Only the derived walker constructs its base.
  explicit FunctionWalker(const clang::FunctionDecl *FD) { Fns.push_back(FD); }
  friend Derived;

public:
  bool shouldVisitLambdaBody() const { return true; }

  // RecursiveASTVisitor's names, which the derived walker's inherit.
  bool TraverseLambdaExpr(clang::LambdaExpr *LE) { // NOLINT(readability-identifier-naming)
    enter(LE->getCallOperator());
    bool Result = Base::TraverseLambdaExpr(LE);
    Fns.pop_back();
    if (const clang::FunctionTemplateDecl *FT = LE->getDependentCallOperator())
      for (const clang::FunctionDecl *Spec : FT->specializations())
        if (Spec->hasBody()) {
          enter(Spec);
          derived().TraverseStmt(Spec->getBody());
          Fns.pop_back();
        }
    return Result;
  }

  bool TraverseCXXRecordDecl(clang::CXXRecordDecl *) { // NOLINT(readability-identifier-naming)
    return true;
  }

  /// Called with each lambda body (or generic-lambda instantiation) the walk
  /// enters, before its nodes; for the derived class to shadow.
  void enterLambda(const clang::FunctionDecl *) {}

protected:
  /// The functions the current node is nested in, outermost first.
  std::vector<const clang::FunctionDecl *> Fns;

private:
  Derived &derived() { return *static_cast<Derived *>(this); }
  void enter(const clang::FunctionDecl *FD) {
    derived().enterLambda(FD);
    Fns.push_back(FD);
  }
};

} // namespace ctxlife

#endif
