// Hermetic stub for lit tests. Mirrors the names and signatures of the Asio
// that rpclib bundles: standalone Asio (1.11-era API, `io_service`,
// `strand::wrap`) whose namespace `asio` is renamed to `clmdep_asio`
// (rpclib's `RPCLIB_ASIO`). Nothing here is named `boost::asio` or `asio`:
// a tool must recognise the library by its shape (an execution context, its
// executor, `async_result` completion tokens, `async_*` initiating functions
// whose last argument is the completion handler), not by the namespace.
// Not the real implementation: declarations and trivial bodies only; no
// handler is ever run.
#ifndef CLMDEP_ASIO_HPP
#define CLMDEP_ASIO_HPP

#include <array>
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

namespace clmdep_asio {

// Standalone Asio reports errors through std::error_code.
using std::error_code;
using std::system_error;

namespace error {
enum basic_errors {
  connection_reset = 104,
  operation_aborted = 125,
};
enum misc_errors {
  already_open = 1,
  eof = 2,
  not_found = 3,
};
}  // namespace error

// ------------------------------------------------- completion-token machinery

/// A plain callable handler: the initiating function returns void.
template <typename CompletionToken, typename Signature>
class async_result {
 public:
  typedef CompletionToken completion_handler_type;
  typedef void return_type;
  explicit async_result(completion_handler_type&) {}
  return_type get() {}
};

/// Helper that initiating functions use to turn a token into a handler.
template <typename CompletionToken, typename Signature>
struct async_completion {
  typedef typename async_result<typename std::decay<CompletionToken>::type,
                                Signature>::completion_handler_type
      completion_handler_type;
  explicit async_completion(CompletionToken& token)
      : completion_handler(static_cast<CompletionToken&&>(token)),
        result(completion_handler) {}
  completion_handler_type completion_handler;
  async_result<typename std::decay<CompletionToken>::type, Signature> result;
};

/// Starts an asynchronous operation: \p initiation receives the handler
/// made from \p token (and \p args) and arranges for it to run later.
template <typename CompletionToken, typename Signature, typename Initiation,
          typename... Args>
typename async_result<typename std::decay<CompletionToken>::type,
                      Signature>::return_type
async_initiate(Initiation&& initiation, CompletionToken& token,
               Args&&... args) {
  async_completion<CompletionToken, Signature> completion(token);
  static_cast<Initiation&&>(initiation)(
      static_cast<typename async_completion<CompletionToken, Signature>::
                      completion_handler_type&&>(completion.completion_handler),
      static_cast<Args&&>(args)...);
  return completion.result.get();
}

#define CLMDEP_ASIO_INITFN_RESULT_TYPE(ct, sig)                              \
  typename ::clmdep_asio::async_result<typename std::decay<ct>::type,        \
                                       sig>::return_type

// ----------------------------------------------------- execution contexts

class execution_context {
 public:
  execution_context() = default;
  execution_context(const execution_context&) = delete;
  execution_context& operator=(const execution_context&) = delete;
  ~execution_context() {}
  void shutdown() {}
};

namespace detail {
/// What `strand::wrap(h)` returns: a handler that runs `h` through the
/// dispatcher.
template <typename Dispatcher, typename Handler>
class wrapped_handler {
 public:
  wrapped_handler(Dispatcher& d, Handler& h)
      : dispatcher_(d), handler_(static_cast<Handler&&>(h)) {}
  template <typename... Args>
  void operator()(Args&&...) {}
  Dispatcher dispatcher_;
  Handler handler_;
};
}  // namespace detail

/// Runs handlers on the threads that call run().
class io_context : public execution_context {
 public:
  class executor_type;
  class strand;
  class work;

  io_context() {}
  explicit io_context(int /*concurrency_hint*/) {}
  ~io_context() {}

  executor_type get_executor() noexcept;

  std::size_t run() { return 0; }
  std::size_t run_one() { return 0; }
  std::size_t poll() { return 0; }
  void stop() {}
  bool stopped() const { return false; }
  void restart() {}
  void reset() {}

  /// The 1.10 interface rpclib uses: post/dispatch on the context itself.
  template <typename CompletionHandler>
  CLMDEP_ASIO_INITFN_RESULT_TYPE(CompletionHandler, void())
  post(CompletionHandler&& handler) {
    async_completion<CompletionHandler, void()> init(handler);
    return init.result.get();
  }
  template <typename CompletionHandler>
  CLMDEP_ASIO_INITFN_RESULT_TYPE(CompletionHandler, void())
  dispatch(CompletionHandler&& handler) {
    async_completion<CompletionHandler, void()> init(handler);
    return init.result.get();
  }
  template <typename Handler>
  detail::wrapped_handler<io_context&, Handler> wrap(Handler handler) {
    return detail::wrapped_handler<io_context&, Handler>(*this, handler);
  }
};

/// Backwards-compatible name, as rpclib spells it.
typedef io_context io_service;

class io_context::executor_type {
 public:
  io_context& context() const noexcept { return *ctx_; }
  void on_work_started() const noexcept {}
  void on_work_finished() const noexcept {}
  template <typename Function, typename Allocator>
  void dispatch(Function&& /*f*/, const Allocator& /*a*/) const {}
  template <typename Function, typename Allocator>
  void post(Function&& /*f*/, const Allocator& /*a*/) const {}
  template <typename Function, typename Allocator>
  void defer(Function&& /*f*/, const Allocator& /*a*/) const {}
  bool running_in_this_thread() const noexcept { return false; }
  friend bool operator==(const executor_type& a,
                         const executor_type& b) noexcept {
    return a.ctx_ == b.ctx_;
  }
  friend bool operator!=(const executor_type& a,
                         const executor_type& b) noexcept {
    return a.ctx_ != b.ctx_;
  }

 private:
  friend class io_context;
  explicit executor_type(io_context& c) : ctx_(&c) {}
  io_context* ctx_;
};

inline io_context::executor_type io_context::get_executor() noexcept {
  return executor_type(*this);
}

/// Keeps run() from returning while it exists.
class io_context::work {
 public:
  explicit work(io_context& c) : ctx_(c) {}
  work(const work& other) : ctx_(other.ctx_) {}
  ~work() {}
  io_context& get_io_context() { return ctx_; }

 private:
  io_context& ctx_;
};

/// Serialises the handlers posted through it (the legacy strand).
class io_context::strand {
 public:
  explicit strand(io_context& c) : ctx_(&c) {}
  io_context& get_io_context() { return *ctx_; }
  template <typename CompletionHandler>
  CLMDEP_ASIO_INITFN_RESULT_TYPE(CompletionHandler, void())
  dispatch(CompletionHandler&& handler) {
    async_completion<CompletionHandler, void()> init(handler);
    return init.result.get();
  }
  template <typename CompletionHandler>
  CLMDEP_ASIO_INITFN_RESULT_TYPE(CompletionHandler, void())
  post(CompletionHandler&& handler) {
    async_completion<CompletionHandler, void()> init(handler);
    return init.result.get();
  }
  /// A handler that dispatches \p handler through this strand.
  template <typename Handler>
  detail::wrapped_handler<strand, Handler> wrap(Handler handler) {
    return detail::wrapped_handler<strand, Handler>(*this, handler);
  }
  bool running_in_this_thread() const { return false; }

 private:
  io_context* ctx_;
};

/// rpclib names the strand `RPCLIB_ASIO::strand`.
typedef io_context::strand strand;

/// Free post/dispatch/defer on an executor or an execution context.
template <typename Executor, typename CompletionToken>
CLMDEP_ASIO_INITFN_RESULT_TYPE(CompletionToken, void())
post(const Executor& /*ex*/, CompletionToken&& token,
     typename std::enable_if<
         !std::is_convertible<Executor&, execution_context&>::value>::type* =
         nullptr) {
  async_completion<CompletionToken, void()> init(token);
  return init.result.get();
}
template <typename ExecutionContext, typename CompletionToken>
CLMDEP_ASIO_INITFN_RESULT_TYPE(CompletionToken, void())
post(ExecutionContext& /*ctx*/, CompletionToken&& token,
     typename std::enable_if<std::is_convertible<
         ExecutionContext&, execution_context&>::value>::type* = nullptr) {
  async_completion<CompletionToken, void()> init(token);
  return init.result.get();
}
template <typename ExecutionContext, typename CompletionToken>
CLMDEP_ASIO_INITFN_RESULT_TYPE(CompletionToken, void())
dispatch(ExecutionContext& /*ctx*/, CompletionToken&& token) {
  async_completion<CompletionToken, void()> init(token);
  return init.result.get();
}

// -------------------------------------------------------------- buffers

class mutable_buffer {
 public:
  mutable_buffer() = default;
  mutable_buffer(void* data, std::size_t size) : data_(data), size_(size) {}
  void* data() const { return data_; }
  std::size_t size() const { return size_; }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};
class const_buffer {
 public:
  const_buffer() = default;
  const_buffer(const void* data, std::size_t size) : data_(data), size_(size) {}
  const_buffer(const mutable_buffer& b) : data_(b.data()), size_(b.size()) {}
  const void* data() const { return data_; }
  std::size_t size() const { return size_; }

 private:
  const void* data_ = nullptr;
  std::size_t size_ = 0;
};
typedef mutable_buffer mutable_buffers_1;
typedef const_buffer const_buffers_1;

inline mutable_buffer buffer(void* data, std::size_t size) {
  return mutable_buffer(data, size);
}
inline const_buffer buffer(const void* data, std::size_t size) {
  return const_buffer(data, size);
}
template <typename T, std::size_t N>
mutable_buffer buffer(std::array<T, N>& data) {
  return mutable_buffer(data.data(), N * sizeof(T));
}
template <typename T>
mutable_buffer buffer(std::vector<T>& data) {
  return mutable_buffer(data.data(), data.size() * sizeof(T));
}
inline const_buffer buffer(const std::string& data) {
  return const_buffer(data.data(), data.size());
}

// ------------------------------------------------------- sockets, timers

namespace ip {
class address {
 public:
  static address from_string(const std::string&) { return address(); }
  std::string to_string() const { return std::string(); }
};

class tcp;

template <typename Protocol>
class basic_endpoint {
 public:
  basic_endpoint() = default;
  basic_endpoint(const Protocol&, unsigned short port) : port_(port) {}
  basic_endpoint(const address&, unsigned short port) : port_(port) {}
  Protocol protocol() const;
  ip::address address() const { return ip::address(); }
  unsigned short port() const { return port_; }

 private:
  unsigned short port_ = 0;
};
}  // namespace ip

class socket_base {
 public:
  enum shutdown_type { shutdown_receive, shutdown_send, shutdown_both };
  class reuse_address {
   public:
    explicit reuse_address(bool v) : v_(v) {}
    bool value() const { return v_; }

   private:
    bool v_;
  };
};

template <typename Protocol>
class basic_stream_socket : public socket_base {
 public:
  typedef io_context::executor_type executor_type;
  typedef typename Protocol::endpoint endpoint_type;

  explicit basic_stream_socket(io_context& c) : ctx_(&c) {}
  basic_stream_socket(basic_stream_socket&& other) : ctx_(other.ctx_) {}
  basic_stream_socket& operator=(basic_stream_socket&& other) {
    ctx_ = other.ctx_;
    return *this;
  }
  ~basic_stream_socket() {}

  executor_type get_executor() noexcept { return ctx_->get_executor(); }
  io_context& get_io_service() { return *ctx_; }
  bool is_open() const { return true; }
  void close() {}
  void close(error_code& ec) { ec = error_code(); }
  void shutdown(shutdown_type) {}
  void cancel() {}
  endpoint_type remote_endpoint() const { return endpoint_type(); }

  template <typename MutableBufferSequence, typename ReadHandler>
  CLMDEP_ASIO_INITFN_RESULT_TYPE(ReadHandler, void(error_code, std::size_t))
  async_read_some(const MutableBufferSequence& /*buffers*/,
                  ReadHandler&& handler) {
    async_completion<ReadHandler, void(error_code, std::size_t)> init(handler);
    return init.result.get();
  }
  template <typename ConstBufferSequence, typename WriteHandler>
  CLMDEP_ASIO_INITFN_RESULT_TYPE(WriteHandler, void(error_code, std::size_t))
  async_write_some(const ConstBufferSequence& /*buffers*/,
                   WriteHandler&& handler) {
    async_completion<WriteHandler, void(error_code, std::size_t)> init(handler);
    return init.result.get();
  }
  template <typename MutableBufferSequence>
  std::size_t read_some(const MutableBufferSequence& /*buffers*/) {
    return 0;
  }

 private:
  io_context* ctx_;
};

template <typename Protocol>
class basic_socket_acceptor : public socket_base {
 public:
  typedef io_context::executor_type executor_type;
  typedef typename Protocol::endpoint endpoint_type;

  explicit basic_socket_acceptor(io_context& c) : ctx_(&c) {}
  executor_type get_executor() noexcept { return ctx_->get_executor(); }
  void open(const Protocol&) {}
  template <typename Option>
  void set_option(const Option&) {}
  void bind(const endpoint_type&) {}
  void listen() {}
  void cancel() {}
  void close() {}
  endpoint_type local_endpoint() const { return endpoint_type(); }

  template <typename AcceptHandler>
  CLMDEP_ASIO_INITFN_RESULT_TYPE(AcceptHandler, void(error_code))
  async_accept(basic_stream_socket<Protocol>& /*peer*/,
               AcceptHandler&& handler) {
    async_completion<AcceptHandler, void(error_code)> init(handler);
    return init.result.get();
  }

 private:
  io_context* ctx_;
};

namespace ip {
class tcp {
 public:
  typedef basic_endpoint<tcp> endpoint;
  typedef basic_stream_socket<tcp> socket;
  typedef basic_socket_acceptor<tcp> acceptor;
  static tcp v4() { return tcp(); }
  static tcp v6() { return tcp(); }
};
template <typename Protocol>
Protocol basic_endpoint<Protocol>::protocol() const {
  return Protocol();
}
}  // namespace ip

template <typename AsyncWriteStream, typename ConstBufferSequence,
          typename WriteHandler>
CLMDEP_ASIO_INITFN_RESULT_TYPE(WriteHandler, void(error_code, std::size_t))
async_write(AsyncWriteStream& /*s*/, const ConstBufferSequence& /*buffers*/,
            WriteHandler&& handler) {
  async_completion<WriteHandler, void(error_code, std::size_t)> init(handler);
  return init.result.get();
}
template <typename AsyncReadStream, typename MutableBufferSequence,
          typename ReadHandler>
CLMDEP_ASIO_INITFN_RESULT_TYPE(ReadHandler, void(error_code, std::size_t))
async_read(AsyncReadStream& /*s*/, const MutableBufferSequence& /*buffers*/,
           ReadHandler&& handler) {
  async_completion<ReadHandler, void(error_code, std::size_t)> init(handler);
  return init.result.get();
}

class steady_timer {
 public:
  typedef io_context::executor_type executor_type;
  explicit steady_timer(io_context& c) : ctx_(&c) {}
  steady_timer(io_context& c, std::chrono::steady_clock::duration)
      : ctx_(&c) {}
  executor_type get_executor() noexcept { return ctx_->get_executor(); }
  std::size_t expires_from_now(std::chrono::steady_clock::duration) {
    return 0;
  }
  std::size_t expires_after(std::chrono::steady_clock::duration) { return 0; }
  std::size_t cancel() { return 0; }
  template <typename WaitHandler>
  CLMDEP_ASIO_INITFN_RESULT_TYPE(WaitHandler, void(error_code))
  async_wait(WaitHandler&& handler) {
    async_completion<WaitHandler, void(error_code)> init(handler);
    return init.result.get();
  }

 private:
  io_context* ctx_;
};

}  // namespace clmdep_asio

#endif  // CLMDEP_ASIO_HPP
