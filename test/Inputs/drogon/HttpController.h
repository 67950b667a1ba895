// Hermetic stub for lit tests. Mirrors names/signatures of Drogon (1.8/1.9)
// <drogon/HttpController.h>; not the real implementation.
#pragma once

#include <string>
#include <vector>

#include <drogon/DrObject.h>
#include <drogon/HttpAppFramework.h>
#include <drogon/utils/HttpConstraint.h>

/// For a more detailed description, see the real Drogon documentation.
#define METHOD_LIST_BEGIN         \
  static void initPathRouting() \
  {
#define METHOD_ADD(method, pattern, ...) \
  registerMethod(&method, pattern, {__VA_ARGS__}, true, #method)
#define ADD_METHOD_TO(method, path_pattern, ...) \
  registerMethod(&method, path_pattern, {__VA_ARGS__}, false, #method)
#define ADD_METHOD_VIA_REGEX(method, regex, ...) \
  registerMethodViaRegex(&method, regex, {__VA_ARGS__}, #method)
#define METHOD_LIST_END \
  return;               \
  }

namespace drogon {

class HttpControllerBase {};

template <typename T, bool AutoCreation = true>
class HttpController : public DrObject<T>, public HttpControllerBase {
 public:
  static const bool isAutoCreation = AutoCreation;

 protected:
  template <typename FUNCTION>
  static void registerMethod(
      FUNCTION &&function, const std::string &pattern,
      const std::vector<internal::HttpConstraint> &filtersAndMethods =
          std::vector<internal::HttpConstraint>{},
      bool classic = true, const std::string &handlerName = "") {
    (void)function, (void)pattern, (void)filtersAndMethods, (void)classic,
        (void)handlerName;
  }

  template <typename FUNCTION>
  static void registerMethodViaRegex(
      FUNCTION &&function, const std::string &regExp,
      const std::vector<internal::HttpConstraint> &filtersAndMethods =
          std::vector<internal::HttpConstraint>{},
      const std::string &handlerName = "") {
    (void)function, (void)regExp, (void)filtersAndMethods, (void)handlerName;
  }
};

}  // namespace drogon
