//===--- Crow.cpp - Crow --------------------------------------------------===//
//
// Request and response live on the connection for one request. The
// framework keeps the response alive until the handler completes it with
// `end()`: handing it to a worker that ends it is Crow's asynchronous idiom.
// Documented in docs/frameworks/crow.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using O = Ownership;
const ContextTypeRow Types[] = {
    {"crow::request", O::Borrowed,
     "a copy of the fields needed such as '%0%1url'",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true, "url = %0%1url"},
    {"crow::response", O::Borrowed,
     "the content to send, and complete the response with 'end()'",
     /*KeptUntilCompleted=*/true, false, "", /*AliveUntilCompletion=*/true},
};

using R = Role;
const NameRow Names[] = {
    {R::ServerLifetimeType, "crow::Crow"},
    {R::ServerLifetimeType, "crow::SimpleApp"},
    {R::CompletionCall, "crow::response::end"},
    {R::CancellationCheck, "crow::response::is_alive"},
    {R::CancellationHint, "crow::response", "!%0%1is_alive()"},
};

const FrameworkKnowledge Framework{"crow", /*Selectable=*/true,
                                   /*Precedence=*/70, Types, {}, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
