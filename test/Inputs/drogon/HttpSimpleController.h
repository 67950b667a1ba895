// Hermetic stub for lit tests. Mirrors names/signatures of Drogon (1.8/1.9)
// <drogon/HttpSimpleController.h>; not the real implementation.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <drogon/DrObject.h>
#include <drogon/HttpAppFramework.h>
#include <drogon/utils/HttpConstraint.h>

#define PATH_LIST_BEGIN           \
  static void initPathRouting() \
  {
#define PATH_ADD(path, ...) registerSelf__(path, {__VA_ARGS__});
#define PATH_LIST_END }

namespace drogon {

class HttpSimpleControllerBase : public virtual DrObjectBase {
 public:
  /// `callback` may be invoked after this function returns.
  virtual void asyncHandleHttpRequest(
      const HttpRequestPtr &req,
      std::function<void(const HttpResponsePtr &)> &&callback) = 0;
  virtual ~HttpSimpleControllerBase() {}
};

template <typename T, bool AutoCreation = true>
class HttpSimpleController : public DrObject<T>,
                             public HttpSimpleControllerBase {
 public:
  static const bool isAutoCreation = AutoCreation;
  virtual ~HttpSimpleController() {}

 protected:
  HttpSimpleController() {}
  static void registerSelf__(
      const std::string &path,
      const std::vector<internal::HttpConstraint> &filtersAndMethods) {
    (void)path, (void)filtersAndMethods;
  }
};

}  // namespace drogon
