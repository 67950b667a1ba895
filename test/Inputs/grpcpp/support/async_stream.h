// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/async_stream.h>; not the real implementation.
#ifndef GRPCPP_SUPPORT_ASYNC_STREAM_H
#define GRPCPP_SUPPORT_ASYNC_STREAM_H

#include <grpcpp/impl/call_op_set.h>
#include <grpcpp/impl/service_type.h>
#include <grpcpp/support/status.h>

namespace grpc {

class ServerContext;

namespace internal {

class ClientAsyncStreamingInterface {
 public:
  virtual ~ClientAsyncStreamingInterface() {}
  virtual void StartCall(void* tag) = 0;
  virtual void ReadInitialMetadata(void* tag) = 0;
  virtual void Finish(grpc::Status* status, void* tag) = 0;
};

template <class R>
class AsyncReaderInterface {
 public:
  virtual ~AsyncReaderInterface() {}
  virtual void Read(R* msg, void* tag) = 0;
};

template <class W>
class AsyncWriterInterface {
 public:
  virtual ~AsyncWriterInterface() {}
  virtual void Write(const W& msg, void* tag) = 0;
  virtual void Write(const W& msg, grpc::WriteOptions options, void* tag) = 0;
  void WriteLast(const W& msg, grpc::WriteOptions options, void* tag) {
    Write(msg, options.set_last_message(), tag);
  }
};

}  // namespace internal

template <class R>
class ClientAsyncReaderInterface
    : public internal::ClientAsyncStreamingInterface,
      public internal::AsyncReaderInterface<R> {};

template <class R>
class ClientAsyncReader final : public ClientAsyncReaderInterface<R> {
 public:
  void StartCall(void* tag) override { (void)tag; }
  void ReadInitialMetadata(void* tag) override { (void)tag; }
  void Read(R* msg, void* tag) override { (void)msg, (void)tag; }
  void Finish(grpc::Status* status, void* tag) override {
    (void)status, (void)tag;
  }
};

template <class W>
class ClientAsyncWriterInterface
    : public internal::ClientAsyncStreamingInterface,
      public internal::AsyncWriterInterface<W> {
 public:
  virtual void WritesDone(void* tag) = 0;
};

template <class W>
class ClientAsyncWriter final : public ClientAsyncWriterInterface<W> {
 public:
  void StartCall(void* tag) override { (void)tag; }
  void ReadInitialMetadata(void* tag) override { (void)tag; }
  void Write(const W& msg, void* tag) override { (void)msg, (void)tag; }
  void Write(const W& msg, grpc::WriteOptions options, void* tag) override {
    (void)msg, (void)options, (void)tag;
  }
  void WritesDone(void* tag) override { (void)tag; }
  void Finish(grpc::Status* status, void* tag) override {
    (void)status, (void)tag;
  }
};

template <class W, class R>
class ClientAsyncReaderWriterInterface
    : public internal::ClientAsyncStreamingInterface,
      public internal::AsyncWriterInterface<W>,
      public internal::AsyncReaderInterface<R> {
 public:
  virtual void WritesDone(void* tag) = 0;
};

template <class W, class R>
class ClientAsyncReaderWriter final
    : public ClientAsyncReaderWriterInterface<W, R> {
 public:
  void StartCall(void* tag) override { (void)tag; }
  void ReadInitialMetadata(void* tag) override { (void)tag; }
  void Read(R* msg, void* tag) override { (void)msg, (void)tag; }
  void Write(const W& msg, void* tag) override { (void)msg, (void)tag; }
  void Write(const W& msg, grpc::WriteOptions options, void* tag) override {
    (void)msg, (void)options, (void)tag;
  }
  void WritesDone(void* tag) override { (void)tag; }
  void Finish(grpc::Status* status, void* tag) override {
    (void)status, (void)tag;
  }
};

template <class W, class R>
class ServerAsyncReaderInterface
    : public grpc::internal::ServerAsyncStreamingInterface,
      public internal::AsyncReaderInterface<R> {
 public:
  virtual void Finish(const W& msg, const grpc::Status& status, void* tag) = 0;
  virtual void FinishWithError(const grpc::Status& status, void* tag) = 0;
};

/// Keeps a raw pointer to the ServerContext passed to the constructor.
template <class W, class R>
class ServerAsyncReader final : public ServerAsyncReaderInterface<W, R> {
 public:
  explicit ServerAsyncReader(grpc::ServerContext* ctx) : ctx_(ctx) {}
  void SendInitialMetadata(void* tag) override { (void)tag; }
  void Read(R* msg, void* tag) override { (void)msg, (void)tag; }
  void Finish(const W& msg, const grpc::Status& status, void* tag) override {
    (void)msg, (void)status, (void)tag;
  }
  void FinishWithError(const grpc::Status& status, void* tag) override {
    (void)status, (void)tag;
  }

 private:
  void BindCall(grpc::internal::Call* call) override { (void)call; }
  grpc::ServerContext* ctx_;
};

template <class W>
class ServerAsyncWriterInterface
    : public grpc::internal::ServerAsyncStreamingInterface,
      public internal::AsyncWriterInterface<W> {
 public:
  virtual void Finish(const grpc::Status& status, void* tag) = 0;
  virtual void WriteAndFinish(const W& msg, grpc::WriteOptions options,
                              const grpc::Status& status, void* tag) = 0;
};

/// Keeps a raw pointer to the ServerContext passed to the constructor.
template <class W>
class ServerAsyncWriter final : public ServerAsyncWriterInterface<W> {
 public:
  explicit ServerAsyncWriter(grpc::ServerContext* ctx) : ctx_(ctx) {}
  void SendInitialMetadata(void* tag) override { (void)tag; }
  void Write(const W& msg, void* tag) override { (void)msg, (void)tag; }
  void Write(const W& msg, grpc::WriteOptions options, void* tag) override {
    (void)msg, (void)options, (void)tag;
  }
  void WriteAndFinish(const W& msg, grpc::WriteOptions options,
                      const grpc::Status& status, void* tag) override {
    (void)msg, (void)options, (void)status, (void)tag;
  }
  void Finish(const grpc::Status& status, void* tag) override {
    (void)status, (void)tag;
  }

 private:
  void BindCall(grpc::internal::Call* call) override { (void)call; }
  grpc::ServerContext* ctx_;
};

template <class W, class R>
class ServerAsyncReaderWriterInterface
    : public grpc::internal::ServerAsyncStreamingInterface,
      public internal::AsyncWriterInterface<W>,
      public internal::AsyncReaderInterface<R> {
 public:
  virtual void Finish(const grpc::Status& status, void* tag) = 0;
  virtual void WriteAndFinish(const W& msg, grpc::WriteOptions options,
                              const grpc::Status& status, void* tag) = 0;
};

/// Keeps a raw pointer to the ServerContext passed to the constructor.
template <class W, class R>
class ServerAsyncReaderWriter final
    : public ServerAsyncReaderWriterInterface<W, R> {
 public:
  explicit ServerAsyncReaderWriter(grpc::ServerContext* ctx) : ctx_(ctx) {}
  void SendInitialMetadata(void* tag) override { (void)tag; }
  void Read(R* msg, void* tag) override { (void)msg, (void)tag; }
  void Write(const W& msg, void* tag) override { (void)msg, (void)tag; }
  void Write(const W& msg, grpc::WriteOptions options, void* tag) override {
    (void)msg, (void)options, (void)tag;
  }
  void WriteAndFinish(const W& msg, grpc::WriteOptions options,
                      const grpc::Status& status, void* tag) override {
    (void)msg, (void)options, (void)status, (void)tag;
  }
  void Finish(const grpc::Status& status, void* tag) override {
    (void)status, (void)tag;
  }

 private:
  void BindCall(grpc::internal::Call* call) override { (void)call; }
  grpc::ServerContext* ctx_;
};

}  // namespace grpc

#endif  // GRPCPP_SUPPORT_ASYNC_STREAM_H
