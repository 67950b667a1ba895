// Hermetic stub for lit tests (Drogon <drogon/drogon_callbacks.h>).
#pragma once

#include <functional>

#include <drogon/HttpResponse.h>

namespace drogon {
using AdviceCallback = std::function<void(const HttpResponsePtr &)>;
using AdviceChainCallback = std::function<void()>;
using FilterCallback = std::function<void(const HttpResponsePtr &)>;
using FilterChainCallback = std::function<void()>;
using HttpReqCallback = std::function<void(ReqResult, const HttpResponsePtr &)>;
}  // namespace drogon
