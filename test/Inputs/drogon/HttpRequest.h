// Hermetic stub for lit tests. Mirrors names/signatures of Drogon (1.8/1.9)
// <drogon/HttpRequest.h>; not the real implementation. References and
// string_views returned by HttpRequest point into the request object, which
// is kept alive only by HttpRequestPtr (shared_ptr) copies.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include <drogon/HttpTypes.h>
#include <drogon/Session.h>
#include <json/json.h>
#include <trantor/net/InetAddress.h>
#include <trantor/utils/Date.h>

namespace drogon {

class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;

class Attributes;
using AttributesPtr = std::shared_ptr<Attributes>;

class HttpRequest {
 public:
  virtual const char *methodString() const = 0;
  virtual HttpMethod method() const = 0;
  HttpMethod getMethod() const { return method(); }
  virtual bool isHead() const = 0;

  virtual const std::string &getHeader(std::string key) const = 0;
  virtual void addHeader(std::string field, const std::string &value) = 0;
  virtual void addHeader(std::string field, std::string &&value) = 0;
  virtual void removeHeader(std::string key) = 0;
  virtual const std::unordered_map<std::string, std::string> &headers() const = 0;
  const std::unordered_map<std::string, std::string> &getHeaders() const {
    return headers();
  }

  virtual const std::string &getCookie(const std::string &field) const = 0;
  virtual const std::unordered_map<std::string, std::string> &cookies() const = 0;
  const std::unordered_map<std::string, std::string> &getCookies() const {
    return cookies();
  }

  virtual const std::string &query() const = 0;
  const std::string &getQuery() const { return query(); }

  virtual string_view body() const = 0;
  string_view getBody() const { return body(); }
  virtual const char *bodyData() const = 0;
  virtual size_t bodyLength() const = 0;
  virtual void setBody(const std::string &body) = 0;
  virtual void setBody(std::string &&body) = 0;

  virtual const std::string &path() const = 0;
  const std::string &getPath() const { return path(); }
  virtual string_view matchedPathPattern() const = 0;

  virtual const char *versionString() const = 0;
  virtual Version version() const = 0;
  Version getVersion() const { return version(); }

  virtual const SessionPtr &session() const = 0;
  const SessionPtr &getSession() const { return session(); }
  virtual const AttributesPtr &attributes() const = 0;
  const AttributesPtr &getAttributes() const { return attributes(); }

  virtual const std::unordered_map<std::string, std::string> &parameters()
      const = 0;
  const std::unordered_map<std::string, std::string> &getParameters() const {
    return parameters();
  }
  virtual const std::string &getParameter(const std::string &key) const = 0;

  virtual const trantor::InetAddress &peerAddr() const = 0;
  const trantor::InetAddress &getPeerAddr() const { return peerAddr(); }
  virtual const trantor::InetAddress &localAddr() const = 0;
  const trantor::InetAddress &getLocalAddr() const { return localAddr(); }
  virtual const trantor::Date &creationDate() const = 0;

  virtual const std::shared_ptr<Json::Value> &jsonObject() const = 0;
  const std::shared_ptr<Json::Value> &getJsonObject() const {
    return jsonObject();
  }
  virtual const std::string &getJsonError() const = 0;

  virtual ContentType contentType() const = 0;
  ContentType getContentType() const { return contentType(); }

  virtual void setMethod(const HttpMethod method) = 0;
  virtual void setPath(const std::string &path) = 0;
  virtual void setParameter(const std::string &key,
                            const std::string &value) = 0;
  virtual void setContentTypeCode(const ContentType type) = 0;
  virtual void addCookie(std::string key, std::string value) = 0;
  virtual void setPassThrough(bool flag) = 0;
  virtual bool connected() const noexcept = 0;

  static HttpRequestPtr newHttpRequest();
  static HttpRequestPtr newHttpJsonRequest(const Json::Value &data);
  static HttpRequestPtr newHttpFormPostRequest();

  virtual ~HttpRequest() {}
};

}  // namespace drogon
