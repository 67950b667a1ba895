//===--- Grpc.cpp - gRPC C++ ----------------------------------------------===//
//
// The server context and the server-side streams die when the RPC
// completes: the sync handler returns, the callback reactor's OnDone runs,
// the async CallData is deleted. Callback contexts and reactors stay valid
// until the reactor is finished. A client context made from the server
// context carries its deadline and cancellation.
// Documented in docs/frameworks/grpc.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using O = Ownership;
const ContextTypeRow Types[] = {
    {"grpc::ServerContextBase", O::Borrowed,
     "a copied identifier such as '%0%1peer()'", false, false,
     "peer = %0%1peer()"},
    {"grpc::ServerContext", O::Borrowed,
     "a copied identifier such as '%0%1peer()'", false, false,
     "peer = %0%1peer()"},
    {"grpc::CallbackServerContext", O::Borrowed,
     "a copied identifier such as '%0%1peer()'", false, false,
     "peer = %0%1peer()", /*AliveUntilCompletion=*/true},
    {"grpc::GenericServerContext", O::Borrowed,
     "a copied identifier such as '%0%1peer()'"},
    {"grpc::ServerAsyncResponseWriter", O::Borrowed,
     "per-request state that owns the writer"},
    {"grpc::ServerAsyncWriter", O::Borrowed,
     "per-request state that owns the writer"},
    {"grpc::ServerAsyncReader", O::Borrowed,
     "per-request state that owns the reader"},
    {"grpc::ServerAsyncReaderWriter", O::Borrowed,
     "per-request state that owns the stream"},
    {"grpc::ServerWriter", O::Borrowed, "the messages to send, copied"},
    {"grpc::ServerReader", O::Borrowed, "the messages read, copied"},
    {"grpc::ServerReaderWriter", O::Borrowed, "the messages read, copied"},
    {"grpc::ServerWriterInterface", O::Borrowed,
     "the messages to send, copied"},
    {"grpc::ServerReaderInterface", O::Borrowed, "the messages read, copied"},
    {"grpc::ServerReaderWriterInterface", O::Borrowed,
     "the messages read, copied"},
    // The request and response messages of a handler (sync or callback):
    // gRPC owns them and frees them with the call.
    {"google::protobuf::MessageLite", O::Borrowed,
     "a copy of the message, or of the fields needed", false,
     /*ValueType=*/true, "", false, /*HandlerParamOnly=*/true},
};

using R = Role;
const NameRow Names[] = {
    {R::PerRequestBase, "grpc::ServerUnaryReactor"},
    {R::PerRequestBase, "grpc::ServerReadReactor"},
    {R::PerRequestBase, "grpc::ServerWriteReactor"},
    {R::PerRequestBase, "grpc::ServerBidiReactor"},
    {R::PerRequestBase, "grpc::internal::ServerReactor"},
    {R::CompletionCall, "grpc::ServerUnaryReactor::Finish"},
    {R::CompletionCall, "grpc::ServerReadReactor::Finish"},
    {R::CompletionCall, "grpc::ServerWriteReactor::Finish"},
    {R::CompletionCall, "grpc::ServerBidiReactor::Finish"},
    {R::CompletionCall, "grpc::ServerWriteReactor::StartWriteAndFinish"},
    {R::CompletionCall, "grpc::ServerBidiReactor::StartWriteAndFinish"},
    {R::ServerLifetimeType, "grpc::Server"},
    {R::ServerLifetimeType, "grpc::ServerBuilder"},
    {R::ServerLifetimeType, "grpc::ClientContext"},
    {R::ServerLifetimeType, "grpc::Service"},
    {R::ServerLifetimeType, "grpc::CompletionQueue"},
    {R::ServerLifetimeType, "grpc::ServerCompletionQueue"},
    {R::ServerLifetimeType, "grpc::Channel"},
    {R::View, "grpc::string_ref"},
    // A client context made from the server context carries its deadline
    // and cancellation; the callback API has its own factory.
    {R::ServerContext, "grpc::CallbackServerContext",
     "grpc::ClientContext::FromCallbackServerContext"},
    {R::ServerContext, "grpc::ServerContextBase",
     "grpc::ClientContext::FromServerContext"},
    {R::Deadline, "grpc::ServerContextBase", "deadline()"},
    {R::ClientContext, "grpc::ClientContext"},
    {R::PropagatingFactory, "grpc::ClientContext::FromServerContext"},
    {R::PropagatingFactory, "grpc::ClientContext::FromCallbackServerContext"},
    {R::DeadlineSetter, "grpc::ClientContext::set_deadline"},
    {R::CancellationCheck, "grpc::ServerContextBase::IsCancelled"},
    // A stream read or write returns false once the call is cancelled or
    // the peer is gone; the completion queue once it is shut down.
    {R::CancellationCheck, "grpc::internal::ReaderInterface::Read"},
    {R::CancellationCheck, "grpc::internal::WriterInterface::Write"},
    {R::CancellationCheck, "grpc::ClientWriterInterface::WritesDone"},
    {R::CancellationCheck, "grpc::CompletionQueue::Next"},
    {R::CancellationCheck, "grpc::CompletionQueue::AsyncNext"},
    {R::Blocking, "grpc::CompletionQueue::Next"},
    {R::Blocking, "grpc::CompletionQueue::AsyncNext"},
    // A downstream call's status says the request's deadline or
    // cancellation reached it.
    {R::CancellationCheck, "grpc::StatusCode::CANCELLED"},
    {R::CancellationCheck, "grpc::StatusCode::DEADLINE_EXCEEDED"},
    {R::CancellationCallback, "grpc::internal::ServerReactor::OnCancel"},
    {R::CancellationHint, "grpc::ServerContextBase", "%0%1IsCancelled()"},
    {R::Clock, "gpr_now"},
};

const FrameworkKnowledge Framework{"grpc", /*Selectable=*/true,
                                   /*Precedence=*/10, Types, {}, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
