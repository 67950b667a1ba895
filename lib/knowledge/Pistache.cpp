//===--- Pistache.cpp - Pistache ------------------------------------------===//
//
// The request is borrowed; the response writer is a movable handle onto
// the connection. A continuation of the promise `ResponseWriter::send`
// returns runs once the response has been written, after the handler has
// returned and the request has been reset: nothing of the handler's frame
// or of the request is alive then.
// Documented in docs/frameworks/pistache.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using O = Ownership;
const ContextTypeRow Types[] = {
    {"Pistache::Http::Request", O::Borrowed,
     "a copy of the fields needed such as '%0%1resource()'", false, false,
     "resource = %0%1resource()"},
    {"Pistache::Http::ResponseWriter", O::Handle,
     "per-request work that answers and then drops the writer"},
};

using R = Role;
const NameRow Names[] = {
    {R::ServerLifetimeType, "Pistache::Http::Endpoint"},
};

constexpr llvm::StringLiteral Written = "when the response has been written";
const DeferredCallbackRow Deferred[] = {
    {"Pistache::Async::Promise::then", 0,
     "a continuation of the response's promise", Written, "",
     "Pistache::Http::ResponseWriter::send"},
    {"Pistache::Async::Promise::then", 1,
     "a continuation of the response's promise", Written, "",
     "Pistache::Http::ResponseWriter::send"},
};

const FrameworkKnowledge Framework{"pistache", /*Selectable=*/true,
                                   /*Precedence=*/80, Types, {}, Names,
                                   Deferred};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
