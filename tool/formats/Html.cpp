//===--- Html.cpp - a static HTML report (placeholder) ---------------------===//
#include "tool/formats/Formats.h"
namespace ctxlife::driver {
std::unique_ptr<Sink> makeHtmlSink(std::string, SourceCache &, std::string &) { return nullptr; }
}
