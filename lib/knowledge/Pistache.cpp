//===--- Pistache.cpp - Pistache ------------------------------------------===//
//
// The request is borrowed; the response writer is a movable handle onto
// the connection.
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

const FrameworkKnowledge Framework{"pistache", /*Selectable=*/true,
                                   /*Precedence=*/80, Types, {}, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
