// Hermetic stub for lit tests. Mirrors the public names/signatures of Crow
// (CrowCpp 1.x, <crow.h>); Crow is not installed, so this follows the
// upstream public API from documentation. Not the real implementation;
// declarations only (nothing links).
//
// Deliberate simplification: CROW_ROUTE(app, url) expands to
// app.route_dynamic(url) (real Crow uses compile-time tagged routes via
// app.template route<crow::black_magic::get_parameter_tag(url)>(url)), so
// handler argument lists are not checked against the URL's <int>/<string>
// placeholders.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <future>
#include <initializer_list>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace crow {

// ---------------------------------------------------------------- common
enum class HTTPMethod : char {
  Delete = 0,
  Get,
  Head,
  Post,
  Put,
  Connect,
  Options,
  Trace,
  Patch,
  Purge,
  Copy,
  Lock,
  MkCol,
  Move,
  Propfind,
  Proppatch,
  Search,
  Unlock,
  Bind,
  Rebind,
  Unbind,
  Acl,
  Report,
  MkActivity,
  Checkout,
  Merge,
  MSearch,
  Notify,
  Subscribe,
  Unsubscribe,
  MkCalendar,
  Link,
  Unlink,
  Source,

  InternalMethodCount,

  DELETE = Delete,
  GET = Get,
  HEAD = Head,
  POST = Post,
  PUT = Put,
  CONNECT = Connect,
  OPTIONS = Options,
  TRACE = Trace,
  PATCH = Patch,
  PURGE = Purge,
};

std::string method_name(HTTPMethod method);

enum status {
  CONTINUE = 100,
  SWITCHING_PROTOCOLS = 101,
  OK = 200,
  CREATED = 201,
  ACCEPTED = 202,
  NON_AUTHORITATIVE_INFORMATION = 203,
  NO_CONTENT = 204,
  RESET_CONTENT = 205,
  PARTIAL_CONTENT = 206,
  MULTIPLE_CHOICES = 300,
  MOVED_PERMANENTLY = 301,
  FOUND = 302,
  SEE_OTHER = 303,
  NOT_MODIFIED = 304,
  TEMPORARY_REDIRECT = 307,
  PERMANENT_REDIRECT = 308,
  BAD_REQUEST = 400,
  UNAUTHORIZED = 401,
  FORBIDDEN = 403,
  NOT_FOUND = 404,
  METHOD_NOT_ALLOWED = 405,
  PROXY_AUTHENTICATION_REQUIRED = 407,
  CONFLICT = 409,
  GONE = 410,
  PAYLOAD_TOO_LARGE = 413,
  UNSUPPORTED_MEDIA_TYPE = 415,
  RANGE_NOT_SATISFIABLE = 416,
  EXPECTATION_FAILED = 417,
  PRECONDITION_REQUIRED = 428,
  TOO_MANY_REQUESTS = 429,
  UNAVAILABLE_FOR_LEGAL_REASONS = 451,
  INTERNAL_SERVER_ERROR = 500,
  NOT_IMPLEMENTED = 501,
  BAD_GATEWAY = 502,
  SERVICE_UNAVAILABLE = 503,
  GATEWAY_TIMEOUT = 504,
  VARIANT_ALSO_NEGOTIATES = 506
};

struct ci_hash {
  size_t operator()(const std::string& key) const;
};
struct ci_key_eq {
  bool operator()(const std::string& l, const std::string& r) const;
};
using ci_map = std::unordered_multimap<std::string, std::string, ci_hash, ci_key_eq>;

// ---------------------------------------------------------------- logging
enum class LogLevel {
  Debug = 0,
  Info,
  Warning,
  Error,
  Critical,
  DEBUG = Debug,
  INFO = Info,
  WARNING = Warning,
  ERROR = Error,
  CRITICAL = Critical,
};

class logger {
 public:
  logger(LogLevel level) : level_(level) {}
  ~logger() {}
  template <typename T>
  logger& operator<<(T const& value) {
    stringstream_ << value;
    return *this;
  }
  static void setLogLevel(LogLevel level);
  static LogLevel get_current_log_level();

 private:
  std::ostringstream stringstream_;
  LogLevel level_;
};

// ---------------------------------------------------------------- returnable
struct returnable {
  std::string content_type;
  virtual std::string dump() const = 0;
  returnable(std::string ctype) : content_type{ctype} {}
  virtual ~returnable() {}
};

// ---------------------------------------------------------------- json
namespace json {

enum class type : char { Null, False, True, Number, String, List, Object, Function };
enum class num_type : char { Signed_integer, Unsigned_integer, Floating_point, Null };

class rvalue {
 public:
  rvalue() noexcept {}
  type t() const;
  num_type nt() const;
  int64_t i() const;
  uint64_t u() const;
  double d() const;
  bool b() const;
  std::string s() const;
  explicit operator bool() const noexcept;
  explicit operator int64_t() const { return i(); }
  explicit operator uint64_t() const { return u(); }
  explicit operator int() const { return static_cast<int>(i()); }
  explicit operator double() const { return d(); }
  explicit operator std::string() const { return s(); }
  bool has(const char* str) const;
  bool has(const std::string& str) const;
  const rvalue& operator[](int index) const;
  const rvalue& operator[](size_t index) const;
  const rvalue& operator[](const char* str) const;
  const rvalue& operator[](const std::string& str) const;
  size_t size() const;
  std::vector<std::string> keys() const;
  std::vector<rvalue> lo() const;
  bool error() const;
};

rvalue load(const char* data, size_t size);
rvalue load(const char* data);
rvalue load(const std::string& str);

/// Writable JSON value; a value type (deep copies).
class wvalue : public returnable {
 public:
  using object = std::map<std::string, wvalue>;
  using list = std::vector<wvalue>;

  wvalue() : returnable("application/json") {}
  wvalue(std::nullptr_t) : returnable("application/json") {}
  wvalue(bool value) : returnable("application/json") { (void)value; }
  wvalue(std::uint8_t value) : returnable("application/json") { (void)value; }
  wvalue(std::uint16_t value) : returnable("application/json") { (void)value; }
  wvalue(std::uint32_t value) : returnable("application/json") { (void)value; }
  wvalue(std::uint64_t value) : returnable("application/json") { (void)value; }
  wvalue(std::int8_t value) : returnable("application/json") { (void)value; }
  wvalue(std::int16_t value) : returnable("application/json") { (void)value; }
  wvalue(std::int32_t value) : returnable("application/json") { (void)value; }
  wvalue(std::int64_t value) : returnable("application/json") { (void)value; }
  wvalue(float value) : returnable("application/json") { (void)value; }
  wvalue(double value) : returnable("application/json") { (void)value; }
  wvalue(char const* value) : returnable("application/json") { (void)value; }
  wvalue(std::string const& value) : returnable("application/json") { (void)value; }
  wvalue(std::string&& value) : returnable("application/json") { (void)value; }
  wvalue(std::initializer_list<std::pair<std::string const, wvalue>> initializer_list)
      : returnable("application/json") {
    (void)initializer_list;
  }
  wvalue(object const& value) : returnable("application/json") { (void)value; }
  wvalue(object&& value) : returnable("application/json") { (void)value; }
  wvalue(const list& v) : returnable("application/json") { (void)v; }
  wvalue(list&& v) : returnable("application/json") { (void)v; }
  wvalue(const rvalue& r) : returnable("application/json") { (void)r; }
  wvalue(const wvalue& other) : returnable("application/json") { (void)other; }
  wvalue(wvalue&& r) : returnable("application/json") { (void)r; }
  wvalue& operator=(wvalue&& r);
  wvalue& operator=(const wvalue& r);
  wvalue& operator=(std::nullptr_t);
  wvalue& operator=(bool value);
  wvalue& operator=(double value);
  wvalue& operator=(std::int32_t value);
  wvalue& operator=(std::int64_t value);
  wvalue& operator=(std::uint32_t value);
  wvalue& operator=(std::uint64_t value);
  wvalue& operator=(const char* str);
  wvalue& operator=(const std::string& str);
  wvalue& operator=(list&& v);
  wvalue& operator=(object&& value);

  void clear();
  wvalue& operator[](unsigned index);
  wvalue& operator[](const std::string& str);
  int count(const std::string& str) const;
  std::vector<std::string> keys() const;
  std::size_t size() const;
  type t() const { return t_; }
  std::string dump(const int indent, const char separator = ' ') const;
  std::string dump() const override;

 private:
  type t_{type::Null};
};

}  // namespace json

// ---------------------------------------------------------------- request
/// Query string parser. get()/get_list() return pointers INTO this object's
/// buffer (valid only while the request is alive).
class query_string {
 public:
  query_string() = default;
  query_string(const query_string& qs);
  query_string& operator=(const query_string& qs);
  query_string(query_string&& qs) noexcept;
  query_string& operator=(query_string&& qs) noexcept;
  explicit query_string(std::string params, bool url = true);
  void clear();
  char* get(const std::string& name) const;
  char* pop(const std::string& name);
  std::vector<char*> get_list(const std::string& name, bool use_brackets = true) const;
  std::vector<char*> pop_list(const std::string& name, bool use_brackets = true);
  std::unordered_map<std::string, std::string> get_dict(const std::string& name) const;
  std::unordered_map<std::string, std::string> pop_dict(const std::string& name);
  std::vector<std::string> keys() const;

 private:
  std::string url_;
  std::vector<char*> key_value_pairs_;
};

/// An HTTP request. Handlers receive it by const reference; it is owned by
/// the connection and is destroyed after the response is completed.
struct request {
  HTTPMethod method;
  std::string raw_url;
  std::string url;
  query_string url_params;
  ci_map headers;
  std::string body;
  std::string remote_ip_address;
  unsigned char http_ver_major, http_ver_minor;
  bool keep_alive, close_connection, upgrade;

  void* middleware_context{};
  void* middleware_container{};

  request() : method(HTTPMethod::Get) {}
  request(HTTPMethod method, std::string raw_url, std::string url,
          query_string url_params, ci_map headers, std::string body,
          unsigned char http_major, unsigned char http_minor,
          bool has_keep_alive, bool has_close_connection, bool is_upgrade);

  void add_header(std::string key, std::string value);
  const std::string& get_header_value(const std::string& key) const;
  bool check_version(unsigned char major, unsigned char minor) const;

  /// Run handler later on the connection's io_service thread.
  template <typename CompletionHandler>
  void post(CompletionHandler handler) {
    (void)handler;
  }
  template <typename CompletionHandler>
  void dispatch(CompletionHandler handler) {
    (void)handler;
  }
};

// ---------------------------------------------------------------- response
/// An HTTP response. For handlers taking `crow::response&`, the response
/// object is owned by the connection and must be completed with end().
struct response {
  int code{200};
  std::string body;
  ci_map headers;
  bool skip_body{false};
  bool manual_length_header{false};

  void set_header(std::string key, std::string value);
  void add_header(std::string key, std::string value);
  const std::string& get_header_value(const std::string& key);

  response() {}
  explicit response(int code) : code(code) {}
  response(std::string body) : body(std::move(body)) {}
  response(int code, std::string body) : code(code), body(std::move(body)) {}
  response(returnable&& value) : body(value.dump()) {}
  response(returnable& value) : body(value.dump()) {}
  response(int code, returnable& value) : code(code), body(value.dump()) {}
  response(int code, returnable&& value) : code(code), body(value.dump()) {}
  response(std::string contentType, std::string body)
      : body(std::move(body)) {
    (void)contentType;
  }
  response(int code, std::string contentType, std::string body)
      : code(code), body(std::move(body)) {
    (void)contentType;
  }
  response(response&& r) { *this = std::move(r); }
  response& operator=(const response& r) = delete;
  response& operator=(response&& r) noexcept {
    code = r.code;
    body = std::move(r.body);
    headers = std::move(r.headers);
    return *this;
  }

  bool is_completed() const noexcept { return completed_; }
  void clear();
  void redirect(const std::string& location);
  void redirect_perm(const std::string& location);
  void moved(const std::string& location);
  void moved_perm(const std::string& location);
  void write(const std::string& body_part) { body += body_part; }
  void end();
  void end(const std::string& body_part);
  bool is_alive();
  bool is_static_type();
  void set_static_file_info(std::string path);
  void set_static_file_info_unsafe(std::string path);

 private:
  bool completed_{};
};

// ---------------------------------------------------------------- websocket
namespace websocket {
/// Owned by the server; the reference passed to callbacks becomes dangling
/// after onclose.
struct connection {
  virtual void send_binary(std::string msg) = 0;
  virtual void send_text(std::string msg) = 0;
  virtual void send_ping(std::string msg) = 0;
  virtual void send_pong(std::string msg) = 0;
  virtual void close(std::string const& msg = "quit") = 0;
  virtual std::string get_remote_ip() = 0;
  virtual ~connection() {}
  void userdata(void* u) { userdata_ = u; }
  void* userdata() { return userdata_; }

 private:
  void* userdata_{};
};
}  // namespace websocket

// ---------------------------------------------------------------- routing
class BaseRule {
 public:
  BaseRule(std::string rule) : rule_(std::move(rule)) {}
  virtual ~BaseRule() {}
  virtual void validate() = 0;
  const std::string& rule() { return rule_; }
  const std::string& name() { return name_; }

 protected:
  std::string rule_;
  std::string name_;
};

class WebSocketRule : public BaseRule {
 public:
  WebSocketRule(std::string rule) : BaseRule(std::move(rule)) {}
  void validate() override {}
  template <typename Func>
  WebSocketRule& onopen(Func f) {
    (void)f;
    return *this;
  }
  template <typename Func>
  WebSocketRule& onmessage(Func f) {
    (void)f;
    return *this;
  }
  template <typename Func>
  WebSocketRule& onclose(Func f) {
    (void)f;
    return *this;
  }
  template <typename Func>
  WebSocketRule& onerror(Func f) {
    (void)f;
    return *this;
  }
  template <typename Func>
  WebSocketRule& onaccept(Func&& callback) {
    (void)callback;
    return *this;
  }
};

template <typename T>
struct RuleParameterTraits {
  using self_t = T;

  template <typename App = void>
  WebSocketRule& websocket(App* app = nullptr) {
    (void)app;
    static WebSocketRule r("");
    return r;
  }
  self_t& name(std::string name) noexcept {
    (void)name;
    return static_cast<self_t&>(*this);
  }
  self_t& methods(HTTPMethod method) {
    (void)method;
    return static_cast<self_t&>(*this);
  }
  template <typename... MethodArgs>
  self_t& methods(HTTPMethod method, MethodArgs... args_method) {
    (void)method;
    ((void)args_method, ...);
    return static_cast<self_t&>(*this);
  }
  template <typename App, typename... Middlewares>
  self_t& middlewares() {
    return static_cast<self_t&>(*this);
  }
};

/// Handlers are stored and invoked later on the server's worker threads.
class DynamicRule : public BaseRule, public RuleParameterTraits<DynamicRule> {
 public:
  DynamicRule(std::string rule) : BaseRule(std::move(rule)) {}
  void validate() override {}
  template <typename Func>
  void operator()(Func f) {
    (void)f;
  }
  template <typename Func>
  void operator()(std::string name, Func&& f) {
    (void)name, (void)f;
  }
};

class CatchallRule {
 public:
  CatchallRule() {}
  template <typename Func>
  void operator()(Func&& f) {
    (void)f;
  }
};

// ---------------------------------------------------------------- app
template <typename... Middlewares>
class Crow {
 public:
  using self_t = Crow;

  Crow() {}

  DynamicRule& route_dynamic(const std::string& rule) {
    rules_.emplace_back(new DynamicRule(rule));
    return *rules_.back();
  }
  CatchallRule& catchall_route() { return catchall_; }

  self_t& signal_clear() { return *this; }
  self_t& signal_add(int signal_number) {
    (void)signal_number;
    return *this;
  }
  self_t& port(std::uint16_t port) {
    port_ = port;
    return *this;
  }
  std::uint16_t port() { return port_; }
  self_t& timeout(std::uint8_t timeout) {
    (void)timeout;
    return *this;
  }
  self_t& server_name(std::string server_name) {
    (void)server_name;
    return *this;
  }
  self_t& bindaddr(std::string bindaddr) {
    bindaddr_ = bindaddr;
    return *this;
  }
  std::string bindaddr() { return bindaddr_; }
  self_t& multithreaded() { return concurrency(4); }
  self_t& concurrency(std::uint16_t concurrency) {
    concurrency_ = concurrency;
    return *this;
  }
  std::uint16_t concurrency() { return concurrency_; }
  self_t& loglevel(LogLevel level) {
    (void)level;
    return *this;
  }
  self_t& stream_threshold(size_t threshold) {
    (void)threshold;
    return *this;
  }
  self_t& ssl_file(const std::string& crt_filename,
                   const std::string& key_filename) {
    (void)crt_filename, (void)key_filename;
    return *this;
  }
  template <typename Duration, typename Func>
  self_t& tick(Duration d, Func f) {
    (void)d, (void)f;
    return *this;
  }

  void validate() {}
  void run() {}
  std::future<void> run_async() { return std::async(std::launch::deferred, [] {}); }
  void stop() {}
  void wait_for_server_start() {}

  template <typename T>
  typename T::context& get_context(const request& req) {
    return *static_cast<typename T::context*>(req.middleware_context);
  }
  template <typename T>
  T& get_middleware();

 private:
  std::uint16_t port_ = 80;
  std::uint16_t concurrency_ = 1;
  std::string bindaddr_ = "0.0.0.0";
  std::vector<std::unique_ptr<DynamicRule>> rules_;
  CatchallRule catchall_;
};

template <typename... Middlewares>
using App = Crow<Middlewares...>;
using SimpleApp = Crow<>;

}  // namespace crow

namespace crow {
namespace black_magic {
constexpr bool is_equ_p(const char* a, const char* b, unsigned n) {
  return *a == 0 && *b == 0 && n == 0 ? true
         : (*a == 0 || *b == 0)       ? false
         : n == 0                     ? true
         : *a != *b                   ? false
                                      : is_equ_p(a + 1, b + 1, n - 1);
}
}  // namespace black_magic
}  // namespace crow

constexpr crow::HTTPMethod operator"" _method(const char* str, size_t /*len*/) {
  return crow::black_magic::is_equ_p(str, "GET", 3)       ? crow::HTTPMethod::Get
         : crow::black_magic::is_equ_p(str, "DELETE", 6)  ? crow::HTTPMethod::Delete
         : crow::black_magic::is_equ_p(str, "HEAD", 4)    ? crow::HTTPMethod::Head
         : crow::black_magic::is_equ_p(str, "POST", 4)    ? crow::HTTPMethod::Post
         : crow::black_magic::is_equ_p(str, "PUT", 3)     ? crow::HTTPMethod::Put
         : crow::black_magic::is_equ_p(str, "OPTIONS", 7) ? crow::HTTPMethod::Options
         : crow::black_magic::is_equ_p(str, "CONNECT", 7) ? crow::HTTPMethod::Connect
         : crow::black_magic::is_equ_p(str, "TRACE", 5)   ? crow::HTTPMethod::Trace
         : crow::black_magic::is_equ_p(str, "PATCH", 5)   ? crow::HTTPMethod::Patch
         : crow::black_magic::is_equ_p(str, "PURGE", 5)   ? crow::HTTPMethod::Purge
                                                           : crow::HTTPMethod::InternalMethodCount;
}

#define CROW_LOG_CRITICAL crow::logger(crow::LogLevel::Critical)
#define CROW_LOG_ERROR crow::logger(crow::LogLevel::Error)
#define CROW_LOG_WARNING crow::logger(crow::LogLevel::Warning)
#define CROW_LOG_INFO crow::logger(crow::LogLevel::Info)
#define CROW_LOG_DEBUG crow::logger(crow::LogLevel::Debug)

#define CROW_ROUTE(app, url) app.route_dynamic(url)
#define CROW_CATCHALL_ROUTE(app) app.catchall_route()
#define CROW_WEBSOCKET_ROUTE(app, url) \
  app.route_dynamic(url).websocket<std::remove_reference<decltype(app)>::type>(&app)
