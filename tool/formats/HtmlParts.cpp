//===--- HtmlParts.cpp - pieces of the HTML report ------------------------===//

#include "tool/formats/HtmlParts.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <map>
#include <set>

using namespace llvm;

namespace ctxlife::driver::html {
namespace {

/// Lines shown around each step.
constexpr unsigned Context = 2;
/// Lines of a long step shown (a lambda's whole body is not needed).
constexpr unsigned LongestStep = 8;

const char Style[] = R"css(
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 72em; color: #1f2328; padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; } h3 { font-size: 1.05em; }
a { color: #0550ae; }
table.index { border-collapse: collapse; margin: .5em 0 1em; }
table.index td, table.index th { border: 1px solid #d0d7de; padding: .2em .6em; text-align: left; vertical-align: top; }
table.index td.n { text-align: right; }
.finding { border: 1px solid #d0d7de; border-radius: 6px; margin: 1.5em 0; padding: 0 1em 1em; }
.finding h3 { margin-bottom: .3em; }
.level-warning { color: #9a6700; } .level-error { color: #cf222e; }
.check { color: #57606a; font-weight: normal; }
ol.path li { margin: .15em 0; } ol.path .where, .notes .where { font-family: ui-monospace, monospace; color: #57606a; }
ol.path li.warning { font-weight: 600; }
pre.code, pre.diff, pre.doc { font: 12.5px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .5em 0; overflow-x: auto; }
pre.code .file { display: block; padding: 0 .8em .3em; color: #57606a; }
pre.code .ln { display: inline-block; width: 4.5em; padding-right: .8em; text-align: right; color: #8c959f; user-select: none; }
pre.code .gap { display: block; padding-left: 1.2em; color: #8c959f; }
mark.step { background: #fff1a8; border-bottom: 2px solid #d4a72c; padding: 0 1px; }
mark.step.warning { background: #ffd8d3; border-bottom-color: #cf222e; }
.badge { display: inline-block; min-width: 1.3em; margin-right: 2px; border-radius: .65em; background: #d4a72c; color: #fff; font: bold 10px/1.3em system-ui, sans-serif; text-align: center; vertical-align: 1px; }
.badge.warning { background: #cf222e; }
pre.diff, pre.doc { padding: .5em .8em; white-space: pre-wrap; } pre.diff .del { color: #82071e; background: #ffebe9; display: block; } pre.diff .add { color: #116329; background: #dafbe1; display: block; } pre.diff .hunk { color: #8250df; display: block; }
ul.notes { padding-left: 1.2em; }
)css";

struct Mark {
  unsigned Begin, End; // byte offsets in the line, End exclusive
  unsigned Number;     // 1-based step number
  bool Warning;
};

/// One line of code with its marks: each step's range highlighted and a
/// numbered badge where it starts.
void writeLine(raw_ostream &OS, StringRef Line, std::vector<Mark> Marks) {
  std::set<unsigned> Cuts = {0, static_cast<unsigned>(Line.size())};
  for (Mark &M : Marks) {
    M.Begin = std::min<unsigned>(M.Begin, Line.size());
    M.End = std::min<unsigned>(std::max(M.End, M.Begin), Line.size());
    Cuts.insert(M.Begin);
    Cuts.insert(M.End);
  }
  for (auto It = Cuts.begin(); It != Cuts.end(); ++It) {
    unsigned At = *It;
    for (const Mark &M : Marks)
      if (M.Begin == At)
        OS << "<span class=\"badge" << (M.Warning ? " warning" : "") << "\" data-step=\""
           << M.Number << "\">" << M.Number << "</span>";
    auto Next = std::next(It);
    if (Next == Cuts.end())
      break;
    const Mark *Active = nullptr;
    for (const Mark &M : Marks)
      if (M.Begin <= At && At < M.End && (!Active || M.Number > Active->Number))
        Active = &M;
    std::string Text = escape(Line.slice(At, *Next));
    if (Active)
      OS << "<mark class=\"step" << (Active->Warning ? " warning" : "") << "\" data-step=\""
         << Active->Number << "\">" << Text << "</mark>";
    else
      OS << Text;
  }
}

/// The marks a step puts on line \p Line.
void addMarks(std::map<unsigned, std::vector<Mark>> &ByLine, const Position &P,
              unsigned Number, bool Warning) {
  unsigned Last = std::max(P.Line, P.EndLine);
  for (unsigned L = P.Line; L <= Last && L < P.Line + LongestStep; ++L) {
    unsigned Begin = L == P.Line ? P.Column - 1 : 0;
    unsigned End = L == P.EndLine ? P.EndColumn - 1 : ~0u;
    ByLine[L].push_back({Begin, End, Number, Warning});
  }
}

} // namespace

std::string escape(StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    switch (C) {
    case '&': Out += "&amp;"; break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '"': Out += "&quot;"; break;
    case '\'': Out += "&#39;"; break;
    default: Out += C;
    }
  }
  return Out;
}

void pageStart(raw_ostream &OS, StringRef Title) {
  OS << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
     << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
     << "<title>" << escape(Title) << "</title>\n<style>" << Style << "</style>\n"
     << "</head>\n<body>\n";
}

void pageEnd(raw_ostream &OS) { OS << "</body>\n</html>\n"; }

void writeSource(raw_ostream &OS, const std::vector<PathStep> &Steps, SourceCache &Sources) {
  // Files in the order their first step appears.
  std::vector<const Position *> Files;
  for (const PathStep &S : Steps)
    if (S.Where->Line && none_of(Files, [&](const Position *P) {
          return P->AbsolutePath == S.Where->AbsolutePath;
        }))
      Files.push_back(S.Where);
  for (const Position *File : Files) {
    std::map<unsigned, std::vector<Mark>> ByLine;
    for (size_t I = 0; I < Steps.size(); ++I)
      if (Steps[I].Where->AbsolutePath == File->AbsolutePath && Steps[I].Where->Line)
        addMarks(ByLine, *Steps[I].Where, I + 1, Steps[I].IsWarning);
    // Windows of lines around the marked ones, merged when they touch.
    std::vector<std::pair<unsigned, unsigned>> Windows;
    for (const auto &[Line, Marks] : ByLine) {
      unsigned First = Line > Context ? Line - Context : 1, Last = Line + Context;
      if (!Windows.empty() && First <= Windows.back().second + 1)
        Windows.back().second = std::max(Windows.back().second, Last);
      else
        Windows.push_back({First, Last});
    }
    OS << "<pre class=\"code\"><span class=\"file\">" << escape(File->Path) << "</span>";
    for (size_t W = 0; W < Windows.size(); ++W) {
      auto Text = Sources.lines(File->AbsolutePath, Windows[W].first, Windows[W].second);
      if (!Text)
        continue;
      if (W > 0)
        OS << "<span class=\"gap\">&#8942;</span>";
      SmallVector<StringRef, 16> Lines;
      StringRef(Text->first).split(Lines, '\n');
      for (size_t I = 0; I < Lines.size(); ++I) {
        unsigned Number = Windows[W].first + I;
        OS << "<span class=\"ln\">" << Number << "</span>";
        auto It = ByLine.find(Number);
        writeLine(OS, Lines[I].rtrim('\r'), It == ByLine.end() ? std::vector<Mark>() : It->second);
        OS << "\n";
      }
    }
    OS << "</pre>\n";
  }
}

void writeFixDiff(raw_ostream &OS, const std::vector<Edit> &Fixes, SourceCache &Sources) {
  std::map<std::string, std::vector<const Edit *>> ByFile;
  for (const Edit &E : Fixes)
    if (E.Where.Line)
      ByFile[E.Where.AbsolutePath].push_back(&E);
  for (auto &[Path, Edits] : ByFile) {
    unsigned First = ~0u, Last = 0;
    for (const Edit *E : Edits) {
      First = std::min(First, E->Where.Line);
      Last = std::max(Last, std::max(E->Where.Line, E->Where.EndLine));
    }
    auto Old = Sources.lines(Path, First, Last);
    if (!Old)
      continue;
    // Apply the replacements from the last to the first.
    std::string New = Old->first;
    sort(Edits, [](const Edit *L, const Edit *R) { return L->Where.Offset > R->Where.Offset; });
    for (const Edit *E : Edits) {
      unsigned At = E->Where.Offset - Old->second;
      if (At > New.size())
        continue;
      New.replace(At, std::min<size_t>(E->Where.Length, New.size() - At), E->Replacement);
    }
    SmallVector<StringRef, 8> Before, After;
    StringRef(Old->first).split(Before, '\n');
    StringRef(New).split(After, '\n');
    OS << "<pre class=\"diff\">--- a/" << escape(Edits.front()->Where.Path) << "\n+++ b/"
       << escape(Edits.front()->Where.Path) << "\n<span class=\"hunk\">@@ -" << First << ","
       << Before.size() << " +" << First << "," << After.size() << " @@</span>";
    for (StringRef L : Before)
      OS << "<span class=\"del\">-" << escape(L.rtrim('\r')) << "</span>";
    for (StringRef L : After)
      OS << "<span class=\"add\">+" << escape(L.rtrim('\r')) << "</span>";
    OS << "</pre>\n";
  }
}

} // namespace ctxlife::driver::html
