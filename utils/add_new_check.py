#!/usr/bin/env python3
"""Creates the files of a new ctxlife check, as clang-tidy's add_new_check.py does.

  utils/add_new_check.py [--root DIR] [--summary TEXT] <name>

<name> is the check's name without the `ctxlife-` prefix, lowercase words
joined by `-` (`request-leak`). The script creates

  lib/rules/<name>/<Name>.h, <Name>.cpp   the rule: collect -> decide -> findings
  checks/<Name>Check.h, <Name>Check.cpp   the thin check over the rule
  docs/checks/ctxlife-<name>.md           the check's page
  test/checkers/<name>.cpp                its lit test (every front-end)

and adds the check to the module registration (checks/CtxLifeTidyModule.cpp,
the only list of checks), to docs/index.md and to the README's table. The
build picks the new files up by itself (lib/ and checks/ are globbed); the
standalone tool embeds the new page (`ctxlife --explain ctxlife-<name>`).
Exit status: 0 on success, 2 on a bad name or an existing check.
"""
import argparse
import os
import re
import sys


def fail(msg):
    sys.stderr.write("add_new_check: " + msg + "\n")
    sys.exit(2)


def write_new(path, text):
    if os.path.exists(path):
        fail("%s exists already" % path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def edit(path, fn):
    with open(path) as f:
        text = f.read()
    new = fn(text)
    if new == text:
        fail("could not update %s" % path)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(new)
    os.replace(tmp, path)


def header_line(path_comment, what, cxx):
    line = "//===--- %s - %s " % (path_comment, what)
    tail = "-*- C++ -*-===//" if cxx else "===//"
    return line + "-" * max(1, 80 - len(line) - len(tail)) + tail


RULE_H = """{top}
//
// The rule of `ctxlife-{name}`: {summary}
// Collect (the facts of one function, from lib/model/), decide (which of
// them are findings), findings (below). The check (checks/{Name}Check.h)
// only prints them.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_RULES_{GUARD}_H
#define CTXLIFE_LIB_RULES_{GUARD}_H

#include "lib/model/ContextModel.h"
#include "clang/Basic/SourceLocation.h"
#include <string>
#include <vector>

namespace clang {{
class ASTContext;
class FunctionDecl;
}} // namespace clang

namespace ctxlife {{

/// One finding of `ctxlife-{name}`.
struct {Name}Finding {{
  clang::SourceLocation Loc;
  std::string Message;
}};

class {Name}Analyzer {{
public:
  explicit {Name}Analyzer(const ContextModel &Model) : Model(Model) {{}}

  /// The findings of one function definition (lambdas inside it included),
  /// in source order.
  std::vector<{Name}Finding> analyzeFunction(const clang::FunctionDecl *FD,
                                            clang::ASTContext &Ctx);

private:
  const ContextModel &Model;
}};

}} // namespace ctxlife

#endif
"""

RULE_CPP = """{top}

#include "lib/rules/{name}/{Name}.h"
#include "lib/model/FunctionWalker.h"
#include "clang/AST/ASTContext.h"

using namespace clang;

namespace ctxlife {{
namespace {{

/// Collect: walks one function body, lambdas included, for the facts the
/// rule decides on.
class Collector : public FunctionWalker<Collector> {{
public:
  explicit Collector(const FunctionDecl *FD) : FunctionWalker(FD) {{}}
}};

}} // namespace

std::vector<{Name}Finding>
{Name}Analyzer::analyzeFunction(const FunctionDecl *FD, ASTContext &Ctx) {{
  std::vector<{Name}Finding> Findings;
  if (!FD || !FD->hasBody() || FD->isDependentContext())
    return Findings;
  Collector C(FD);
  C.TraverseStmt(FD->getBody());
  // Decide: turn the collected facts into findings.
  return Findings;
}}

}} // namespace ctxlife
"""

CHECK_H = """{top}

#ifndef CTXLIFE_CHECKS_{GUARD}CHECK_H
#define CTXLIFE_CHECKS_{GUARD}CHECK_H

#include "checks/CtxLifeCheck.h"
#include "lib/rules/{name}/{Name}.h"

namespace ctxlife::tidy {{

/// {summary_cap}
///
/// For the user-facing documentation see:
/// docs/checks/ctxlife-{name}.md
class {Name}Check : public CtxLifeCheck {{
public:
  {Name}Check(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : CtxLifeCheck(Name, Context, NoOptions), Analyzer(contexts()) {{}}

private:
  void analyze(const clang::FunctionDecl *FD, clang::ASTContext &Ctx) override;

  {Name}Analyzer Analyzer;
}};

}} // namespace ctxlife::tidy

#endif
"""

CHECK_CPP = """{top}

#include "checks/{Name}Check.h"

using namespace clang;

namespace ctxlife::tidy {{

void {Name}Check::analyze(const FunctionDecl *FD, ASTContext &Ctx) {{
  for (const {Name}Finding &F : Analyzer.analyzeFunction(FD, Ctx))
    diag(F.Loc, "%0") << F.Message;
}}

}} // namespace ctxlife::tidy
"""

DOC = """# ctxlife-{name}

{summary_cap}

## Why

What goes wrong, for whom, and why it is a request-context lifetime problem.

```c++
// Code the check reports, with the message it prints.
```

## What is reported

The rule, as the code in `lib/rules/{name}/` decides it, and the frameworks
it applies to (see [docs/frameworks](../frameworks/)).

## Examples

Bad and good code, per framework where it differs.

## Options

`Frameworks` and `ContextTypes`, shared by every ctxlife check (see
[ctxlife-long-lived-store](ctxlife-long-lived-store.md#options)).

## Suppressing findings

`// NOLINT(ctxlife-{name})` on the line of the finding, or
`NOLINTNEXTLINE`/`NOLINTBEGIN`/`NOLINTEND`.

## Limitations

What the check does not see.
"""

TEST = """// RUN: %check_ctxlife %s ctxlife-{name} %t -- %stubflags
// ctxlife-{name}: {summary}
// Every warning must be matched by a CHECK-MESSAGES line; correct code has
// none. Add the cases the rule reports beside the correct idioms.
#include <httplib.h>

#include <string>

void log_line(const std::string &s);

// Correct code: nothing to report.
void handler(const httplib::Request &req, httplib::Response &res) {{
  log_line(req.path);
  res.status = 200;
}}
"""


def register(text, name, Name):
    include = '#include "checks/%sCheck.h"\n' % Name
    includes = re.findall(r'#include "checks/\w+Check\.h"\n', text)
    if not includes:
        fail("no check include in the module registration")
    anchor = max([i for i in includes if i < include] or [None], key=lambda x: x or "")
    if anchor:
        text = text.replace(anchor, anchor + include, 1)
    else:
        text = text.replace(includes[0], include + includes[0], 1)
    regs = list(re.finditer(r'    Factories\.registerCheck<\w+>\(\s*"(ctxlife-[\w-]+)"\);\n', text))
    line = '    Factories.registerCheck<%sCheck>("ctxlife-%s");\n' % (Name, name)
    after = [m for m in regs if m.group(1) < "ctxlife-" + name]
    if after:
        pos = after[-1].end()
    else:
        pos = regs[0].start()
    return text[:pos] + line + text[pos:]


def main():
    ap = argparse.ArgumentParser(description="Create the files of a new ctxlife check.")
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--summary", default="finds <what the check finds>.")
    ap.add_argument("name")
    args = ap.parse_args()
    name = args.name
    if name.startswith("ctxlife-"):
        name = name[len("ctxlife-"):]
    if not re.fullmatch(r"[a-z]+(-[a-z]+)*", name):
        fail("the name must be lowercase words joined by '-', such as 'request-leak'")
    Name = "".join(w.capitalize() for w in name.split("-"))
    root = os.path.abspath(args.root)
    summary = args.summary.strip().rstrip(".") + "."
    summary_cap = summary[0].upper() + summary[1:]
    guard = Name.upper()
    if os.path.exists(os.path.join(root, "lib", "rules", name)):
        fail("rule folder lib/rules/%s exists already" % name)
    v = dict(name=name, Name=Name, GUARD=guard, summary=summary,
             summary_cap=summary_cap)

    def top(path, what, cxx):
        return header_line(path, what, cxx)

    write_new(os.path.join(root, "lib/rules", name, Name + ".h"),
              RULE_H.format(top=top(Name + ".h", "ctxlife-" + name, True), **v))
    write_new(os.path.join(root, "lib/rules", name, Name + ".cpp"),
              RULE_CPP.format(top=top(Name + ".cpp", "ctxlife-" + name, False), **v))
    write_new(os.path.join(root, "checks", Name + "Check.h"),
              CHECK_H.format(top=top(Name + "Check.h", "ctxlife-" + name, True), **v))
    write_new(os.path.join(root, "checks", Name + "Check.cpp"),
              CHECK_CPP.format(top=top(Name + "Check.cpp", "ctxlife-" + name, False), **v))
    write_new(os.path.join(root, "docs/checks", "ctxlife-%s.md" % name), DOC.format(**v))
    write_new(os.path.join(root, "test/checkers", name + ".cpp"), TEST.format(**v))
    edit(os.path.join(root, "checks/CtxLifeTidyModule.cpp"),
         lambda t: register(t, name, Name))
    row = "| [ctxlife-%s](checks/ctxlife-%s.md) | %s |\n" % (name, name, summary_cap)
    edit(os.path.join(root, "docs/index.md"),
         lambda t: re.sub(r"(\| \[ctxlife-[^\n]*\n)(?!\| \[ctxlife-)", r"\1" + row.replace("\\", "\\\\"), t, count=1))
    readme_row = "| [`ctxlife-%s`](docs/checks/ctxlife-%s.md) | %s |\n" % (name, name, summary)
    edit(os.path.join(root, "README.md"),
         lambda t: re.sub(r"(\| \[`ctxlife-[^\n]*\n)(?!\| \[`ctxlife-)", r"\1" + readme_row.replace("\\", "\\\\"), t, count=1))
    for p in ("lib/rules/%s/%s.h" % (name, Name), "lib/rules/%s/%s.cpp" % (name, Name),
              "checks/%sCheck.h" % Name, "checks/%sCheck.cpp" % Name,
              "docs/checks/ctxlife-%s.md" % name, "test/checkers/%s.cpp" % name):
        print("created " + p)
    print("registered ctxlife-%s in checks/CtxLifeTidyModule.cpp, docs/index.md, README.md" % name)


if __name__ == "__main__":
    main()
