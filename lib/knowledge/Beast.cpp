//===--- Beast.cpp - Boost.Beast ------------------------------------------===//
//
// A message is request-scoped when a handler receives it by reference or a
// session object owns it; a copy is an independent value. Beast's work runs
// on Asio (Asio.cpp): its `async_*` operations and its websocket streams are
// here.
// Documented in docs/frameworks/beast.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using O = Ownership;
const ContextTypeRow Types[] = {
    {"boost::beast::http::message", O::Borrowed,
     "a copy of the message, or of the fields needed such as "
     "'std::string(%0%1target())'",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true,
     "target = std::string(%0%1target())"},
    {"boost::beast::http::header", O::Borrowed,
     "a copy of the fields needed such as 'std::string(%0%1target())'",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true},
    {"boost::beast::http::parser", O::Borrowed,
     "a copy of the parsed message"},
};

using R = Role;
const NameRow Names[] = {
    {R::AsyncOperationNamespace, "boost::beast"},
    {R::BindFunction, "boost::beast::bind_front_handler"},
    {R::BindFunction, "boost::beast::bind_handler"},
    {R::CancellationCheck, "boost::beast::websocket::stream::is_open"},
    {R::ThrowingIo, "boost::beast::http::read"},
    {R::ThrowingIo, "boost::beast::http::read_some"},
    {R::ThrowingIo, "boost::beast::http::read_header"},
    {R::ThrowingIo, "boost::beast::http::write"},
    {R::ThrowingIo, "boost::beast::http::write_some"},
    {R::ThrowingIo, "boost::beast::http::write_header"},
    {R::ThrowingIo, "boost::beast::basic_stream::read_some"},
    {R::ThrowingIo, "boost::beast::basic_stream::write_some"},
    {R::ThrowingIo, "boost::beast::websocket::stream::read"},
    {R::ThrowingIo, "boost::beast::websocket::stream::read_some"},
    {R::ThrowingIo, "boost::beast::websocket::stream::write"},
    {R::ThrowingIo, "boost::beast::websocket::stream::write_some"},
    {R::ThrowingIo, "boost::beast::websocket::stream::accept"},
    {R::ThrowingIo, "boost::beast::websocket::stream::handshake"},
    {R::ThrowingIo, "boost::beast::websocket::stream::ping"},
};

const FrameworkKnowledge Framework{"beast", /*Selectable=*/true,
                                   /*Precedence=*/20, Types, {}, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
