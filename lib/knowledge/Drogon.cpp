//===--- Drogon.cpp - Drogon and its trantor event loop -------------------===//
//
// Requests are passed as `std::shared_ptr` handles (`HttpRequestPtr`); the
// response callback holds the connection. Work runs on trantor event
// loops; connections and response streams report a closed peer.
// Documented in docs/frameworks/drogon.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using O = Ownership;
const ContextTypeRow Types[] = {
    {"drogon::HttpRequest", O::Borrowed,
     "a 'std::weak_ptr' or a copied identifier such as '%0%1getPath()'",
     false, false, "path = %0%1getPath()"},
};

using L = LaunchKind;
const LauncherRow Launchers[] = {
    {"trantor::EventLoop::runInLoop", L::Always, 0,
     "a function queued on an event loop"},
    {"trantor::EventLoop::queueInLoop", L::Always, 0,
     "a function queued on an event loop"},
    {"trantor::EventLoop::runAfter", L::Always, 1, "a timer callback"},
    {"trantor::EventLoop::runAt", L::Always, 1, "a timer callback"},
    {"trantor::EventLoop::runEvery", L::Always, 1, "a repeating timer callback"},
};

using R = Role;
const NameRow Names[] = {
    {R::ResponseCallbackArg, "drogon::HttpResponse"},
    {R::ServerLifetimeType, "drogon::HttpAppFramework"},
    {R::CancellationCheck, "drogon::HttpRequest::connected"},
    {R::CancellationHint, "drogon::HttpRequest", "!%0%1connected()"},
    {R::CancellationCheck, "drogon::ResponseStream::send"},
    {R::CancellationCheck, "trantor::TcpConnection::connected"},
    {R::CancellationCheck, "trantor::TcpConnection::disconnected"},
};

const FrameworkKnowledge Framework{"drogon", /*Selectable=*/true,
                                   /*Precedence=*/60, Types, Launchers, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
