// Hermetic stub for lit tests. Mirrors the public names/signatures of
// Drogon (1.8/1.9) <drogon/drogon.h>; not the real implementation.
// Declarations only (nothing links).
#pragma once

#include <drogon/DrObject.h>
#include <drogon/HttpAppFramework.h>
#include <drogon/HttpClient.h>
#include <drogon/HttpController.h>
#include <drogon/HttpFilter.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/HttpSimpleController.h>
#include <drogon/HttpTypes.h>
#include <drogon/Session.h>
#include <drogon/drogon_callbacks.h>
#include <drogon/utils/coroutine.h>
#include <trantor/net/EventLoop.h>
#include <trantor/utils/Logger.h>
