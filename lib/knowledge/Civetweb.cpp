//===--- Civetweb.cpp - civetweb (C API and CivetServer) ------------------===//
//
// The connection and its request info belong to a worker thread for one
// request; header accessors return pointers into it. Websocket connections
// outlive each message: keeping them until the close handler runs is the
// idiom. Writes and reads fail once the client is gone.
// Documented in docs/frameworks/civetweb.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using O = Ownership;
const ContextTypeRow Types[] = {
    {"mg_connection", O::Borrowed,
     "a copy of the fields needed such as "
     "'std::string(mg_get_request_info(%0)->local_uri)'",
     false, false, "uri = std::string(mg_get_request_info(%0)->local_uri)"},
    {"mg_request_info", O::Borrowed,
     "a copy of the fields needed such as 'std::string(%0%1local_uri)'"},
};

using R = Role;
const NameRow Names[] = {
    {R::ServerLifetimeType, "mg_context"},
    {R::ServerLifetimeType, "CivetServer"},
    {R::ConnectionHandlerRegistrar, "mg_set_websocket_handler"},
    {R::ConnectionHandlerRegistrar, "mg_set_websocket_handler_with_subprotocols"},
    {R::ConnectionHandlerBase, "CivetWebSocketHandler"},
    {R::DerivingFunction, "mg_get_header"},
    {R::DerivingFunction, "mg_get_cookie"},
    {R::DerivingFunction, "mg_get_builtin_mime_type"},
    {R::DerivingFunction, "CivetServer::getHeader"},
    {R::DerivingFunction, "CivetServer::getCookie"},
    {R::CancellationCheck, "mg_write"},
    {R::CancellationCheck, "mg_printf"},
    {R::CancellationCheck, "mg_read"},
    {R::CancellationCheck, "mg_send_chunk"},
    {R::CancellationCheck, "mg_websocket_write"},
};

const FrameworkKnowledge Framework{"civetweb", /*Selectable=*/true,
                                   /*Precedence=*/50, Types, {}, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
