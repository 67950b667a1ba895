//===--- Templates.h - templates nothing instantiates -----------*- C++ -*-===//
//
// Header-only servers are often analyzed through a file whose templates
// nothing instantiates. Such a template's own body is judged as written
// wherever the types that matter are not dependent (a `const Request &`
// parameter of `serve<Body>`), so a finding does not depend on which file
// is analyzed. A template that is instantiated is judged through its
// instantiations only, so it is reported once, with the types known.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_TEMPLATES_H
#define CTXLIFE_LIB_MODEL_TEMPLATES_H

namespace clang {
class FunctionDecl;
} // namespace clang

namespace ctxlife {

/// True when \p FD can be analyzed: a function whose types are known, or
/// the pattern of a template (a function template, a member of a class
/// template, a lambda written in either) that the translation unit never
/// instantiates.
bool isAnalyzable(const clang::FunctionDecl *FD);

/// True for the pattern of a template that the translation unit never
/// instantiates (lambdas are judged with the function they are written in).
bool isUninstantiatedTemplate(const clang::FunctionDecl *FD);

} // namespace ctxlife

#endif
