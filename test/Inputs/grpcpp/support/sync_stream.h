// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/sync_stream.h>; not the real implementation.
#ifndef GRPCPP_SUPPORT_SYNC_STREAM_H
#define GRPCPP_SUPPORT_SYNC_STREAM_H

#include <cstdint>

#include <grpcpp/impl/call_op_set.h>
#include <grpcpp/support/status.h>

namespace grpc {

class ClientContext;
class ServerContext;
class ChannelInterface;

namespace internal {

class ClientStreamingInterface {
 public:
  virtual ~ClientStreamingInterface() {}
  virtual grpc::Status Finish() = 0;
};

class ServerStreamingInterface {
 public:
  virtual ~ServerStreamingInterface() {}
  virtual void SendInitialMetadata() = 0;
};

template <class R>
class ReaderInterface {
 public:
  virtual ~ReaderInterface() {}
  virtual bool NextMessageSize(uint32_t* sz) = 0;
  virtual bool Read(R* msg) = 0;
};

template <class W>
class WriterInterface {
 public:
  virtual ~WriterInterface() {}
  virtual bool Write(const W& msg, grpc::WriteOptions options) = 0;
  inline bool Write(const W& msg) { return Write(msg, grpc::WriteOptions()); }
  void WriteLast(const W& msg, grpc::WriteOptions options) {
    Write(msg, options.set_last_message());
  }
};

}  // namespace internal

template <class R>
class ClientReaderInterface : public internal::ClientStreamingInterface,
                              public internal::ReaderInterface<R> {
 public:
  virtual void WaitForInitialMetadata() = 0;
};

template <class R>
class ClientReader final : public ClientReaderInterface<R> {
 public:
  void WaitForInitialMetadata() override {}
  bool NextMessageSize(uint32_t* sz) override {
    (void)sz;
    return true;
  }
  bool Read(R* msg) override {
    (void)msg;
    return false;
  }
  grpc::Status Finish() override { return grpc::Status(); }
};

template <class W>
class ClientWriterInterface : public internal::ClientStreamingInterface,
                              public internal::WriterInterface<W> {
 public:
  virtual bool WritesDone() = 0;
};

template <class W>
class ClientWriter : public ClientWriterInterface<W> {
 public:
  void WaitForInitialMetadata() {}
  using internal::WriterInterface<W>::Write;
  bool Write(const W& msg, grpc::WriteOptions options) override {
    (void)msg;
    (void)options;
    return true;
  }
  bool WritesDone() override { return true; }
  grpc::Status Finish() override { return grpc::Status(); }
};

template <class W, class R>
class ClientReaderWriterInterface : public internal::ClientStreamingInterface,
                                    public internal::WriterInterface<W>,
                                    public internal::ReaderInterface<R> {
 public:
  virtual void WaitForInitialMetadata() = 0;
  virtual bool WritesDone() = 0;
};

template <class W, class R>
class ClientReaderWriter final : public ClientReaderWriterInterface<W, R> {
 public:
  void WaitForInitialMetadata() override {}
  bool NextMessageSize(uint32_t* sz) override {
    (void)sz;
    return true;
  }
  bool Read(R* msg) override {
    (void)msg;
    return false;
  }
  using internal::WriterInterface<W>::Write;
  bool Write(const W& msg, grpc::WriteOptions options) override {
    (void)msg;
    (void)options;
    return true;
  }
  bool WritesDone() override { return true; }
  grpc::Status Finish() override { return grpc::Status(); }
};

template <class R>
class ServerReaderInterface : public internal::ServerStreamingInterface,
                              public internal::ReaderInterface<R> {};

/// Valid only for the duration of the synchronous handler call.
template <class R>
class ServerReader final : public ServerReaderInterface<R> {
 public:
  void SendInitialMetadata() override {}
  bool NextMessageSize(uint32_t* sz) override {
    (void)sz;
    return true;
  }
  bool Read(R* msg) override {
    (void)msg;
    return false;
  }
};

template <class W>
class ServerWriterInterface : public internal::ServerStreamingInterface,
                              public internal::WriterInterface<W> {};

/// Valid only for the duration of the synchronous handler call.
template <class W>
class ServerWriter final : public ServerWriterInterface<W> {
 public:
  void SendInitialMetadata() override {}
  using internal::WriterInterface<W>::Write;
  bool Write(const W& msg, grpc::WriteOptions options) override {
    (void)msg;
    (void)options;
    return true;
  }
};

template <class W, class R>
class ServerReaderWriterInterface : public internal::ServerStreamingInterface,
                                    public internal::WriterInterface<W>,
                                    public internal::ReaderInterface<R> {};

/// Valid only for the duration of the synchronous handler call.
template <class W, class R>
class ServerReaderWriter final : public ServerReaderWriterInterface<W, R> {
 public:
  void SendInitialMetadata() override {}
  bool NextMessageSize(uint32_t* sz) override {
    (void)sz;
    return true;
  }
  bool Read(R* msg) override {
    (void)msg;
    return false;
  }
  using internal::WriterInterface<W>::Write;
  bool Write(const W& msg, grpc::WriteOptions options) override {
    (void)msg;
    (void)options;
    return true;
  }
};

template <class RequestType, class ResponseType>
class ServerUnaryStreamer final
    : public ServerReaderWriterInterface<ResponseType, RequestType> {
 public:
  void SendInitialMetadata() override {}
  bool NextMessageSize(uint32_t* sz) override {
    (void)sz;
    return true;
  }
  bool Read(RequestType* request) override {
    (void)request;
    return false;
  }
  using internal::WriterInterface<ResponseType>::Write;
  bool Write(const ResponseType& response,
             grpc::WriteOptions options) override {
    (void)response;
    (void)options;
    return true;
  }
};

template <class RequestType, class ResponseType>
class ServerSplitStreamer final
    : public ServerReaderWriterInterface<ResponseType, RequestType> {
 public:
  void SendInitialMetadata() override {}
  bool NextMessageSize(uint32_t* sz) override {
    (void)sz;
    return true;
  }
  bool Read(RequestType* request) override {
    (void)request;
    return false;
  }
  using internal::WriterInterface<ResponseType>::Write;
  bool Write(const ResponseType& response,
             grpc::WriteOptions options) override {
    (void)response;
    (void)options;
    return true;
  }
};

}  // namespace grpc

#endif  // GRPCPP_SUPPORT_SYNC_STREAM_H
