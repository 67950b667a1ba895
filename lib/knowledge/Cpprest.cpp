//===--- Cpprest.cpp - cpprestsdk and its pplx tasks ----------------------===//
//
// `http_request` is a value type over a shared implementation: a copy is a
// handle that keeps the request alive. Work runs as pplx tasks, which
// nobody has to wait for; pplx cancellation tokens say when to stop.
// Documented in docs/frameworks/cpprest.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using O = Ownership;
const ContextTypeRow Types[] = {
    {"web::http::http_request", O::Handle,
     "a copied identifier such as '%0%1request_uri().to_string()'", false,
     false, "uri = %0%1request_uri().to_string()"},
};

using L = LaunchKind;
const LauncherRow Launchers[] = {
    {"pplx::create_task", L::TaskUnlessWaited, 0,
     "a task that is never waited for"},
    {"pplx::task::then", L::TaskUnlessWaited, 0,
     "a continuation that is never waited for"},
};

using R = Role;
const NameRow Names[] = {
    {R::ServerLifetimeType, "web::http::experimental::listener::http_listener"},
    {R::Continuation, "then"},
    {R::Blocking, "pplx::task::wait"},
    {R::Blocking, "pplx::task::get"},
    {R::CancellationCheck, "pplx::cancellation_token::is_canceled"},
    {R::CancellationCheck, "pplx::is_task_cancellation_requested"},
    {R::CancellationToken, "pplx::cancellation_token"},
};

const FrameworkKnowledge Framework{"cpprest", /*Selectable=*/true,
                                   /*Precedence=*/40, Types, Launchers, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
