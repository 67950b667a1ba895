// Pistache 0.0.5's async.h does not parse under clang's two-phase lookup
// (`this->chain_` in `Chainer<void, Dummy>`, which has no such member; see
// FLAGS.md): without -fdelayed-template-parsing both front-ends report
// clang's own error, and ctxlife exits 3 (a translation unit could not be
// analyzed). Clang 22 names the class with its enclosing templates, clang 19
// does not: each major's text is matched exactly.
// RUN: %check_ctxlife --expect-exit=3 %s ctxlife-* %t -- -std=c++17
// With the flag (%pistache_flags), pistache-ok.test parses it.
#include <pistache/async.h>

// CHECK-MESSAGES-LLVM19: async.h:711:45: error: no member named 'chain_' in 'Chainer<void, type-parameter-1-0>' [clang-diagnostic-error]
// CHECK-MESSAGES-LLVM22: async.h:711:45: error: no member named 'chain_' in 'Pistache::Async::Private::impl::Continuation<void, type-parameter-0-0, type-parameter-0-1, Pistache::Async::Promise<type-parameter-0-2> (type-parameter-0-3...)>::Chainer<void, Dummy>' [clang-diagnostic-error]
