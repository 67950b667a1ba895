// Hermetic stub for lit tests. Mirrors names/signatures of Drogon (1.8/1.9)
// <drogon/HttpAppFramework.h>; not the real implementation. Handlers run on
// IO-loop threads; the callback may be invoked later (asynchronously), so
// anything it captures by reference must outlive it.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/HttpTypes.h>
#include <drogon/drogon_callbacks.h>
#include <drogon/utils/HttpConstraint.h>
#include <trantor/net/EventLoop.h>
#include <trantor/net/InetAddress.h>
#include <trantor/utils/Logger.h>
#include <trantor/utils/NonCopyable.h>

namespace drogon {

class HttpAppFramework : public trantor::NonCopyable {
 public:
  virtual ~HttpAppFramework() = default;

  static HttpAppFramework &instance();

  virtual void run() = 0;
  virtual bool isRunning() = 0;
  virtual void quit() = 0;

  virtual trantor::EventLoop *getLoop() const = 0;
  virtual trantor::EventLoop *getIOLoop(size_t id) const = 0;

  virtual HttpAppFramework &setThreadNum(size_t threadNum) = 0;
  virtual size_t getThreadNum() const = 0;

  virtual HttpAppFramework &addListener(
      const std::string &ip, uint16_t port, bool useSSL = false,
      const std::string &certFile = "", const std::string &keyFile = "",
      bool useOldTLS = false,
      const std::vector<std::pair<std::string, std::string>> &sslConfCmds =
          {}) = 0;
  virtual HttpAppFramework &loadConfigFile(const std::string &fileName) = 0;
  virtual HttpAppFramework &setLogPath(const std::string &logPath,
                                       const std::string &logfileBaseName = "",
                                       size_t logSize = 100000000) = 0;
  virtual HttpAppFramework &setLogLevel(trantor::Logger::LogLevel level) = 0;
  virtual HttpAppFramework &setDocumentRoot(const std::string &rootPath) = 0;
  virtual const std::string &getDocumentRoot() const = 0;
  virtual HttpAppFramework &setUploadPath(const std::string &uploadPath) = 0;
  virtual HttpAppFramework &enableSession(const size_t timeout = 0) = 0;
  virtual HttpAppFramework &disableSession() = 0;
  virtual HttpAppFramework &setClientMaxBodySize(size_t maxSize) = 0;
  virtual HttpAppFramework &setIdleConnectionTimeout(size_t timeout) = 0;
  virtual HttpAppFramework &setServerHeaderField(const std::string &server) = 0;

  virtual HttpAppFramework &registerBeginningAdvice(
      const std::function<void()> &advice) = 0;
  virtual HttpAppFramework &registerNewConnectionAdvice(
      const std::function<bool(const trantor::InetAddress &,
                               const trantor::InetAddress &)> &advice) = 0;
  virtual HttpAppFramework &registerSyncAdvice(
      const std::function<HttpResponsePtr(const HttpRequestPtr &)> &advice) = 0;
  virtual HttpAppFramework &registerPreRoutingAdvice(
      const std::function<void(const HttpRequestPtr &, AdviceCallback &&,
                               AdviceChainCallback &&)> &advice) = 0;
  virtual HttpAppFramework &registerPreRoutingAdvice(
      const std::function<void(const HttpRequestPtr &)> &advice) = 0;
  virtual HttpAppFramework &registerPostRoutingAdvice(
      const std::function<void(const HttpRequestPtr &, AdviceCallback &&,
                               AdviceChainCallback &&)> &advice) = 0;
  virtual HttpAppFramework &registerPostRoutingAdvice(
      const std::function<void(const HttpRequestPtr &)> &advice) = 0;
  virtual HttpAppFramework &registerPreHandlingAdvice(
      const std::function<void(const HttpRequestPtr &, AdviceCallback &&,
                               AdviceChainCallback &&)> &advice) = 0;
  virtual HttpAppFramework &registerPreHandlingAdvice(
      const std::function<void(const HttpRequestPtr &)> &advice) = 0;
  virtual HttpAppFramework &registerPostHandlingAdvice(
      const std::function<void(const HttpRequestPtr &,
                               const HttpResponsePtr &)> &advice) = 0;
  virtual HttpAppFramework &registerPreSendingAdvice(
      const std::function<void(const HttpRequestPtr &,
                               const HttpResponsePtr &)> &advice) = 0;

  virtual HttpAppFramework &setCustom404Page(const HttpResponsePtr &resp,
                                             bool set404 = true) = 0;
  virtual HttpAppFramework &setCustomErrorHandler(
      std::function<HttpResponsePtr(HttpStatusCode, const HttpRequestPtr &)>
          &&resp_generator) = 0;

  /// Register a handler. FUNCTION is typically
  ///   void(const HttpRequestPtr &,
  ///        std::function<void(const HttpResponsePtr &)> &&, Args...)
  /// or a coroutine returning Task<HttpResponsePtr>.
  template <typename FUNCTION>
  HttpAppFramework &registerHandler(
      const std::string &pathPattern, FUNCTION &&function,
      const std::vector<internal::HttpConstraint> &constraints =
          std::vector<internal::HttpConstraint>{},
      const std::string &handlerName = "") {
    (void)pathPattern, (void)function, (void)constraints, (void)handlerName;
    return *this;
  }

  template <typename FUNCTION>
  HttpAppFramework &registerHandlerViaRegex(
      const std::string &regExp, FUNCTION &&function,
      const std::vector<internal::HttpConstraint> &constraints =
          std::vector<internal::HttpConstraint>{},
      const std::string &handlerName = "") {
    (void)regExp, (void)function, (void)constraints, (void)handlerName;
    return *this;
  }

  virtual HttpAppFramework &registerHttpSimpleController(
      const std::string &pathName, const std::string &ctrlName,
      const std::vector<internal::HttpConstraint> &constraints =
          std::vector<internal::HttpConstraint>{}) = 0;

  template <typename T>
  HttpAppFramework &registerController(const std::shared_ptr<T> &ctrlPtr) {
    (void)ctrlPtr;
    return *this;
  }
  template <typename T>
  HttpAppFramework &registerFilter(const std::shared_ptr<T> &filterPtr) {
    (void)filterPtr;
    return *this;
  }
};

inline HttpAppFramework &app() { return HttpAppFramework::instance(); }

}  // namespace drogon
