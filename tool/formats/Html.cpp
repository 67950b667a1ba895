//===--- Html.cpp - a static HTML report (docs/cli.md#html) ---------------===//
//
// `--export-html=DIR` writes a report that needs nothing but a browser (no
// scripts, fonts or styles from anywhere): DIR/index.html indexes the
// findings by check, file and framework; DIR/files/<n>.html shows, for each
// finding of one source file, its message, its path as numbered steps, the
// code with those steps highlighted in order, every note, and its fix-its as
// a diff; DIR/checks/<check>.html holds the check's documentation. Pages
// are written while the findings stream by (they come sorted by file); the
// index keeps one short row per finding.
//
//===----------------------------------------------------------------------===//

#include "tool/AtomicFile.h"
#include "tool/CheckDocs.h"
#include "tool/formats/Formats.h"
#include "tool/formats/HtmlParts.h"
#include "tool/formats/PathSteps.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <map>
#include <optional>
#include <set>

using namespace clang::tidy;
using namespace llvm;
using namespace ctxlife::driver::html;

namespace ctxlife::driver {
namespace {

struct Row {
  std::string Page; // files/<n>.html, empty for a diagnostic without a file
  unsigned Number;  // the finding's anchor: f<Number>
  std::string Check, Framework, Location, Message;
  bool IsError;
};

std::string plural(size_t N, StringRef One, StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

class HtmlSink : public Sink {
public:
  HtmlSink(std::string Dir, SourceCache &Sources, std::string &Error)
      : Dir(std::move(Dir)), Sources(Sources), Error(Error) {}

  void diagnostic(const ClangTidyError &, const Finding &F, DiagnosticKind Kind) override {
    std::string Location = F.Where.AbsolutePath.empty()
                               ? std::string()
                               : F.Where.Path + ":" + std::to_string(F.Where.Line) + ":" +
                                     std::to_string(F.Where.Column);
    if (Kind == DiagnosticKind::CompileError) {
      CompileErrors.push_back({"", 0, F.Check, "", Location, F.Message, true});
      return;
    }
    if (Kind != DiagnosticKind::Finding)
      return;
    if (!F.Where.AbsolutePath.empty() && F.Where.AbsolutePath != PageFile)
      openPage(F.Where);
    Row R{F.Where.AbsolutePath.empty() ? "" : PageName, ++Count, F.RuleId, frameworkOf(F),
          Location, F.Message, F.IsError};
    if (Page)
      writeFinding(Page->os(), F, R);
    Rows.push_back(std::move(R));
  }

  void end(const Report &Out) override {
    closePage();
    writeFile("index.html", [&](raw_ostream &OS) { writeIndex(OS, Out); });
    std::set<std::string> Checks;
    for (const Row &R : Rows)
      Checks.insert(R.Check);
    for (const std::string &Check : Checks)
      writeFile("checks/" + Check + ".html", [&](raw_ostream &OS) { writeCheckPage(OS, Check); });
  }

private:
  std::string pathIn(StringRef Name) const {
    SmallString<256> P(Dir);
    sys::path::append(P, Name);
    return P.str().str();
  }

  void noteError(StringRef Name, const std::error_code &EC) {
    if (Error.empty())
      Error = (Name + ": " + EC.message()).str();
  }

  template <typename Fn> void writeFile(StringRef Name, Fn Write) {
    std::string Path = pathIn(Name);
    if (std::error_code EC = sys::fs::create_directories(sys::path::parent_path(Path)))
      return noteError(Name, EC);
    if (std::error_code EC = writeFileAtomically(Path, Write))
      noteError(Name, EC);
  }

  void openPage(const Position &Where) {
    closePage();
    PageFile = Where.AbsolutePath;
    PageName = "files/" + std::to_string(++Pages) + ".html";
    std::string Path = pathIn(PageName);
    if (std::error_code EC = sys::fs::create_directories(sys::path::parent_path(Path)))
      return noteError(PageName, EC);
    Page = std::make_unique<AtomicFile>(Path);
    if (std::error_code EC = Page->error()) {
      Page.reset();
      return noteError(PageName, EC);
    }
    pageStart(Page->os(), Where.Path + " - ctxlife");
    Page->os() << "<p><a href=\"../index.html\">ctxlife report</a></p>\n<h1>"
          << escape(Where.Path) << "</h1>\n";
  }

  void closePage() {
    if (!Page)
      return;
    pageEnd(Page->os());
    if (std::error_code EC = Page->commit())
      noteError(PageName, EC);
    Page.reset();
  }

  void writeFinding(raw_ostream &OS, const Finding &F, const Row &R) {
    StringRef Level = F.IsError ? "error" : "warning";
    OS << "<section class=\"finding\" id=\"f" << R.Number << "\">\n<h3><span class=\"level-"
       << Level << "\">" << Level << "</span>: " << escape(F.Message)
       << " <a class=\"check\" href=\"../checks/" << escape(F.RuleId) << ".html\">["
       << escape(F.Check) << "]</a></h3>\n<p class=\"where\">" << escape(R.Location);
    if (!R.Framework.empty())
      OS << " &middot; framework: " << escape(R.Framework);
    OS << "</p>\n";
    std::vector<PathStep> Steps = pathSteps(F);
    OS << "<ol class=\"path\">\n";
    for (const PathStep &S : Steps)
      OS << "<li class=\"" << (S.IsWarning ? "warning" : roleName(S.Role)) << "\"><span class=\"where\">"
         << escape(S.Where->Path) << ":" << S.Where->Line << ":" << S.Where->Column
         << "</span> " << escape(S.Message) << "</li>\n";
    OS << "</ol>\n";
    writeSource(OS, Steps, Sources);
    if (!F.Notes.empty()) {
      OS << "<h4>Notes</h4>\n<ul class=\"notes\">\n";
      for (const Note &N : F.Notes) {
        OS << "<li>";
        if (!N.Where.AbsolutePath.empty())
          OS << "<span class=\"where\">" << escape(N.Where.Path) << ":" << N.Where.Line << ":"
             << N.Where.Column << "</span> ";
        OS << escape(N.Message) << "</li>\n";
      }
      OS << "</ul>\n";
    }
    if (!F.Fixes.empty()) {
      OS << "<h4>Fix-it</h4>\n";
      writeFixDiff(OS, F.Fixes, Sources);
    }
    OS << "</section>\n";
  }

  void writeCounts(raw_ostream &OS, StringRef Title, StringRef Column,
                   const std::map<std::string, std::pair<unsigned, std::string>> &Counts) {
    OS << "<h2>By " << Title << "</h2>\n<table class=\"index\"><tr><th>" << Column
       << "</th><th>findings</th></tr>\n";
    for (const auto &[Name, CountAndLink] : Counts) {
      OS << "<tr><td>";
      if (!CountAndLink.second.empty())
        OS << "<a href=\"" << escape(CountAndLink.second) << "\">" << escape(Name) << "</a>";
      else
        OS << escape(Name);
      OS << "</td><td class=\"n\">" << CountAndLink.first << "</td></tr>\n";
    }
    OS << "</table>\n";
  }

  void writeIndex(raw_ostream &OS, const Report &Out) {
    pageStart(OS, "ctxlife report");
    const Summary &S = Out.Totals;
    OS << "<h1>ctxlife report</h1>\n<p>" << plural(Rows.size(), "finding", "findings") << " in "
       << plural(S.Files, "file", "files") << " analyzed";
    if (S.Failed)
      OS << ", " << S.Failed << " not analyzed";
    if (S.Baselined)
      OS << ", " << S.Baselined << " in the baseline";
    if (S.OutsideDiff)
      OS << ", " << S.OutsideDiff << " outside the diff";
    OS << ". Root: <code>" << escape(Out.Root) << "</code></p>\n";
    std::map<std::string, std::pair<unsigned, std::string>> ByCheck, ByFile, ByFramework;
    for (const Row &R : Rows) {
      auto &C = ByCheck[R.Check];
      ++C.first;
      C.second = "checks/" + R.Check + ".html";
      if (!R.Page.empty()) {
        auto &F = ByFile[R.Location.substr(0, R.Location.find(':'))];
        ++F.first;
        if (F.second.empty())
          F.second = R.Page;
      }
      ++ByFramework[R.Framework.empty() ? "(none named)" : R.Framework].first;
    }
    if (!Rows.empty()) {
      writeCounts(OS, "check", "check", ByCheck);
      writeCounts(OS, "file", "file", ByFile);
      writeCounts(OS, "framework", "framework", ByFramework);
      OS << "<h2>Findings</h2>\n<table class=\"index\"><tr><th>location</th><th>check</th>"
            "<th>framework</th><th>message</th></tr>\n";
      for (const Row &R : Rows) {
        OS << "<tr><td>";
        if (!R.Page.empty())
          OS << "<a href=\"" << R.Page << "#f" << R.Number << "\">" << escape(R.Location)
             << "</a>";
        OS << "</td><td>" << escape(R.Check) << "</td><td>" << escape(R.Framework)
           << "</td><td>" << escape(R.Message) << "</td></tr>\n";
      }
      OS << "</table>\n";
    }
    if (!Out.InterruptedBy.empty())
      OS << "<p><strong>" << escape(partialReportMessage(Out)) << "</strong></p>\n";
    if (!CompileErrors.empty() || !Out.Failures.empty()) {
      OS << "<h2>Not analyzed</h2>\n<ul>\n";
      for (const Row &R : CompileErrors)
        OS << "<li>" << escape(R.Location) << ": error: " << escape(R.Message) << "</li>\n";
      for (const Failure &F : Out.Failures)
        OS << "<li>" << escape(F.File) << ": " << escape(F.Message) << "</li>\n";
      OS << "</ul>\n";
    }
    pageEnd(OS);
  }

  void writeCheckPage(raw_ostream &OS, StringRef Check) {
    pageStart(OS, Check.str() + " - ctxlife");
    OS << "<p><a href=\"../index.html\">ctxlife report</a></p>\n<h1>" << escape(Check)
       << "</h1>\n<p>" << escape(checkSummary(Check)) << "</p>\n<p>On the web: <a href=\""
       << escape(checkHelpUri(Check)) << "\">" << escape(checkHelpUri(Check)) << "</a></p>\n";
    if (std::optional<StringRef> Doc = findCheckDoc(Check))
      OS << "<pre class=\"doc\">" << escape(*Doc) << "</pre>\n";
    pageEnd(OS);
  }

  std::string Dir;
  SourceCache &Sources;
  std::string &Error;
  std::unique_ptr<AtomicFile> Page; // every file of the report: atomic
  std::string PageFile, PageName;
  unsigned Pages = 0, Count = 0;
  std::vector<Row> Rows, CompileErrors;
};

} // namespace

std::unique_ptr<Sink> makeHtmlSink(std::string Dir, SourceCache &Sources, std::string &Error) {
  return std::make_unique<HtmlSink>(std::move(Dir), Sources, Error);
}

} // namespace ctxlife::driver
