// Hermetic stub for lit tests. Mirrors names/signatures of Drogon (1.8/1.9)
// <drogon/HttpResponse.h>; not the real implementation.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

#include <drogon/HttpTypes.h>
#include <json/json.h>
#include <trantor/utils/Date.h>

namespace drogon {

class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

class Cookie {
 public:
  Cookie(const std::string &key, const std::string &value)
      : key_(key), value_(value) {}
  Cookie() = default;
  void setKey(const std::string &key) { key_ = key; }
  void setValue(const std::string &value) { value_ = value; }
  void setPath(const std::string &path) { path_ = path; }
  void setHttpOnly(bool only) { httpOnly_ = only; }
  void setSecure(bool secure) { secure_ = secure; }
  const std::string &key() const { return key_; }
  const std::string &value() const { return value_; }

 private:
  std::string key_;
  std::string value_;
  std::string path_;
  bool httpOnly_ = true;
  bool secure_ = false;
};

class HttpResponse {
 public:
  explicit operator const Json::Value &() const { return *jsonObject(); }
  explicit operator const std::shared_ptr<Json::Value> &() const {
    return jsonObject();
  }

  virtual HttpStatusCode statusCode() const = 0;
  HttpStatusCode getStatusCode() const { return statusCode(); }
  virtual void setStatusCode(HttpStatusCode code) = 0;
  virtual const trantor::Date &creationDate() const = 0;
  const trantor::Date &getCreationDate() const { return creationDate(); }
  virtual void setVersion(const Version v) = 0;
  virtual void setCloseConnection(bool on) = 0;
  virtual bool ifCloseConnection() const = 0;

  virtual void setContentTypeCode(ContentType type) = 0;
  virtual void setContentTypeString(const string_view &typeString) = 0;
  virtual void setContentTypeCodeAndCustomString(
      ContentType type, const string_view &typeString) = 0;
  virtual ContentType contentType() const = 0;
  ContentType getContentType() const { return contentType(); }

  virtual const std::string &getHeader(std::string key) const = 0;
  virtual void removeHeader(std::string key) = 0;
  virtual const std::unordered_map<std::string, std::string> &headers()
      const = 0;
  const std::unordered_map<std::string, std::string> &getHeaders() const {
    return headers();
  }
  virtual void addHeader(std::string field, const std::string &value) = 0;
  virtual void addHeader(std::string field, std::string &&value) = 0;

  virtual void addCookie(const std::string &key, const std::string &value) = 0;
  virtual void addCookie(const Cookie &cookie) = 0;
  virtual void addCookie(Cookie &&cookie) = 0;
  virtual const Cookie &getCookie(const std::string &key) const = 0;
  virtual void removeCookie(const std::string &key) = 0;

  virtual void setBody(const std::string &body) = 0;
  virtual void setBody(std::string &&body) = 0;
  template <int N>
  void setBody(const char (&body)[N]) {
    setBody(std::string(body, N - 1));
  }
  virtual const char *getBodyData() const = 0;
  virtual size_t getBodyLength() const = 0;
  string_view body() const { return string_view{getBodyData(), getBodyLength()}; }
  string_view getBody() const { return body(); }

  virtual void clear() = 0;
  virtual void setExpiredTime(ssize_t expiredTime) = 0;
  virtual ssize_t expiredTime() const = 0;
  ssize_t getExpiredTime() const { return expiredTime(); }

  virtual const std::shared_ptr<Json::Value> &jsonObject() const = 0;
  const std::shared_ptr<Json::Value> &getJsonObject() const {
    return jsonObject();
  }
  virtual void setPassThrough(bool flag) = 0;

  static HttpResponsePtr newHttpResponse();
  static HttpResponsePtr newHttpResponse(HttpStatusCode code, ContentType type);
  static HttpResponsePtr newNotFoundResponse();
  static HttpResponsePtr newHttpJsonResponse(const Json::Value &data);
  static HttpResponsePtr newHttpJsonResponse(Json::Value &&data);
  static HttpResponsePtr newRedirectionResponse(
      const std::string &location, HttpStatusCode status = k302Found);
  static HttpResponsePtr newFileResponse(
      const std::string &fullPath, const std::string &attachmentFileName = "",
      ContentType type = CT_NONE, const std::string &typeString = "");
  static HttpResponsePtr newStreamResponse(
      const std::function<std::size_t(char *, std::size_t)> &callback,
      const std::string &attachmentFileName = "", ContentType type = CT_NONE,
      const std::string &typeString = "");

  virtual ~HttpResponse() {}
};

}  // namespace drogon
