//===--- Httplib.cpp - cpp-httplib ----------------------------------------===//
//
// Request and Response are owned by the server's worker for the duration
// of the handler call; a content provider's sink reports a closed
// connection, and newer releases (0.12+) have
// `Request::is_connection_closed()`. Content providers and their releasers
// are kept by the response and run while the server writes it, after the
// handler has returned: the request and the response (locals of the
// server's `process_request`) are still alive then, the handler's own
// locals are not.
// Documented in docs/frameworks/httplib.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using O = Ownership;
const ContextTypeRow Types[] = {
    {"httplib::Request", O::Borrowed,
     "a copy of the fields needed such as '%0%1path'",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true, "path = %0%1path"},
    {"httplib::Response", O::Borrowed,
     "the content to send, and set it on the response inside the handler",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true},
    {"httplib::DataSink", O::Borrowed,
     "the data to send, written from the content provider"},
};

using R = Role;
const NameRow Names[] = {
    {R::ServerLifetimeType, "httplib::Server"},
    {R::ServerLifetimeType, "httplib::Client"},
    {R::CancellationCheck, "httplib::DataSink::write"},
    {R::CancellationCheck, "httplib::DataSink::is_writable"},
    {R::CancellationCheck, "httplib::Request::is_connection_closed"},
    {R::CancellationHint, "httplib::Request", "%0%1is_connection_closed()"},
    {R::CancellationHint, "httplib::DataSink", "!%0%1is_writable()"},
};

constexpr llvm::StringLiteral RequestAndResponse =
    "httplib::Request;httplib::Response";
constexpr llvm::StringLiteral WhileWriting = "while writing the response";
const DeferredCallbackRow Deferred[] = {
    {"httplib::Response::set_content_provider", FirstCallableArg,
     "a content provider", WhileWriting, RequestAndResponse},
    {"httplib::Response::set_content_provider", LastParam,
     "a content provider's releaser", WhileWriting, RequestAndResponse},
    {"httplib::Response::set_chunked_content_provider", FirstCallableArg,
     "a content provider", WhileWriting, RequestAndResponse},
    {"httplib::Response::set_chunked_content_provider", LastParam,
     "a content provider's releaser", WhileWriting, RequestAndResponse},
};

const FrameworkKnowledge Framework{"httplib", /*Selectable=*/true,
                                   /*Precedence=*/30, Types, {}, Names,
                                   Deferred};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
