// Hermetic stub for lit tests. Mirrors names/signatures of Drogon (1.8/1.9)
// <drogon/HttpFilter.h>; not the real implementation.
#pragma once

#include <drogon/DrObject.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/drogon_callbacks.h>

namespace drogon {

class HttpFilterBase : public virtual DrObjectBase {
 public:
  virtual void doFilter(const HttpRequestPtr &req, FilterCallback &&fcb,
                        FilterChainCallback &&fccb) = 0;
  virtual ~HttpFilterBase() {}
};

template <typename T, bool AutoCreation = true>
class HttpFilter : public DrObject<T>, public HttpFilterBase {
 public:
  static const bool isAutoCreation = AutoCreation;
  virtual ~HttpFilter() {}
};

}  // namespace drogon
