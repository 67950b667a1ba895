// Hermetic stub for lit tests. Mirrors names/signatures of Drogon (1.8/1.9)
// <drogon/HttpClient.h> (subset); not the real implementation.
#pragma once

#include <memory>
#include <string>

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/drogon_callbacks.h>
#include <drogon/utils/coroutine.h>
#include <trantor/net/EventLoop.h>
#include <trantor/utils/NonCopyable.h>

namespace drogon {

class HttpClient;
using HttpClientPtr = std::shared_ptr<HttpClient>;

class HttpClient : public trantor::NonCopyable {
 public:
  /// `callback` runs later on the client's event loop.
  virtual void sendRequest(const HttpRequestPtr &req,
                           const HttpReqCallback &callback,
                           double timeout = 0) = 0;
  virtual void sendRequest(const HttpRequestPtr &req,
                           HttpReqCallback &&callback, double timeout = 0) = 0;
  virtual std::pair<ReqResult, HttpResponsePtr> sendRequest(
      const HttpRequestPtr &req, double timeout = 0) = 0;
  Task<HttpResponsePtr> sendRequestCoro(HttpRequestPtr req,
                                        double timeout = 0);
  virtual trantor::EventLoop *getLoop() = 0;
  virtual void setUserAgent(const std::string &userAgent) = 0;

  static HttpClientPtr newHttpClient(const std::string &ip, uint16_t port,
                                     bool useSSL = false,
                                     trantor::EventLoop *loop = nullptr,
                                     bool useOldTLS = false,
                                     bool validateCert = true);
  static HttpClientPtr newHttpClient(const std::string &hostString,
                                     trantor::EventLoop *loop = nullptr,
                                     bool useOldTLS = false,
                                     bool validateCert = true);
  virtual ~HttpClient() {}

 protected:
  HttpClient() = default;
};

}  // namespace drogon
