"""chains.py <check> <n>: writes a translation unit for <check> with three
chains of length <n>, each ending in a finding (docs/user-guide.md#analysis-limits):

  aliases    local variables, each initialized from the one before;
  helpers    functions written in call order (each before the one it calls);
  templates  function templates, one instantiation per link.

The expected diagnostics are written into the file as CHECK-MESSAGES lines
with absolute line numbers (test/check_ctxlife.py blanks them)."""
import sys

check, n = sys.argv[1], int(sys.argv[2])
lines, checks = [], []


def emit(*text):
    lines.extend(text)


def at(line, marker, occurrence=1):
    """The 1-based (line, column) of the <occurrence>th `marker` in line
    number `line` (1-based)."""
    text, col = lines[line - 1], -1
    for _ in range(occurrence):
        col = text.index(marker, col + 1)
    return line, col + 1


def expect(pos, kind, message):
    checks.append("// CHECK-MESSAGES: :%d:%d: %s: %s" % (pos[0], pos[1], kind, message))


def chain_decls(prefix, param, body_next, body_last, template=""):
    """Declarations, then definitions in call order: prefix1 calls prefix2."""
    emit(*["%svoid %s%d(%s);" % (template, prefix, i, param) for i in range(1, n + 1)])
    chain_decls.last_declaration = len(lines)
    first = len(lines) + 1
    emit(*["%svoid %s%d(%s) { %s }" % (template, prefix, i, param, body_next % (i + 1))
           for i in range(1, n)])
    emit("%svoid %s%d(%s) { %s }" % (template, prefix, n, param, body_last))
    return first, len(lines)


if check == "long-lived-store":
    tag = "[ctxlife-long-lived-store]"
    emit('#include <grpcpp/grpcpp.h>', '#include "helloworld.grpc.pb.h"',
         "grpc::ServerContext *g_ctx;", "const void *g_p;", "const void *g_t;")
    _, h_last = chain_decls("h", "const void *p", "h%d(p);", "g_p = p;")
    _, t_last = chain_decls("t", "T *p", "t%d(p);", "g_t = p;", "template <class T> ")
    t_declared = chain_decls.last_declaration
    # Helpers that only use their argument, however many: quiet.
    chain_decls("k", "const void *p", "k%d(p);", "const void *local = p; (void)local;")
    emit("class Chains final : public helloworld::Greeter::Service {",
         "  grpc::Status SayHello(grpc::ServerContext *ctx, const helloworld::HelloRequest *,",
         "                        helloworld::HelloReply *) override {",
         "    auto *p0 = ctx;")
    ctx = at(len(lines) - 2, "ctx")
    p0 = at(len(lines), "p0")
    emit(*["    auto *p%d = p%d;" % (i, i - 1) for i in range(1, n + 1)])
    emit("    g_ctx = p%d;" % n, "    h1(ctx);", "    t1(ctx);", "    k1(ctx);",
         "    const void *local = p%d;" % n, "    (void)local;",
         "    return grpc::Status::OK;", "  }", "};")
    store, call = len(lines) - 8, len(lines) - 7
    # The template stores its own parameter, of request context type.
    tpl = at(t_last, "p;")
    expect(tpl, "warning", "request context 'p' of type 'grpc::ServerContext *' is stored "
           "in global 'g_t' and outlives the request " + tag)
    # The note names the parameter of the first declaration.
    expect(at(t_declared, "p)"), "note", "request context 'p' is declared here")
    expect(tpl, "note", "store a copied identifier such as 'p->peer()' instead")
    expect(at(store, "p%d" % n), "warning", "request context 'p%d' of type "
           "'grpc::ServerContext *' is stored in global 'g_ctx' and outlives the request %s"
           % (n, tag))
    expect(ctx, "note", "request context 'ctx' is declared here")
    expect(p0, "note", "'p0' refers to request context 'ctx'")
    expect(at(store, "p%d" % n), "note", "store a copied identifier such as 'p0->peer()' instead")
    expect(at(call, "ctx"), "warning", "request context 'ctx' of type 'grpc::ServerContext *' "
           "is passed to 'h%d', which stores it in global 'g_p' where it outlives the request %s"
           % (n, tag))
    expect(at(h_last, "p;"), "note", "'h%d' stores its parameter 'p' in global 'g_p' here" % n)
    expect(ctx, "note", "request context 'ctx' is declared here")
    expect(at(call, "ctx"), "note", "store a copied identifier such as 'ctx->peer()' instead")
elif check == "detached-capture":
    tag = "[ctxlife-detached-capture]"
    emit("#include <httplib.h>", "#include <functional>", "#include <string>",
         "#include <thread>", "#include <utility>", "void log_line(const std::string &s);")
    launch = "std::thread(std::move(f)).detach();"
    w_first, _ = chain_decls("w", "std::function<void()> f", "w%d(std::move(f));", launch)
    t_first, _ = chain_decls("t", "F f", "t%d(std::move(f));", launch, "template <class F> ")
    # Helpers that run the work before they return: quiet.
    chain_decls("u", "std::function<void()> f", "u%d(std::move(f));", "f();")
    emit("void handler(const httplib::Request &req, httplib::Response &res) {",
         "  const httplib::Request *p0 = &req;")
    req = at(len(lines) - 1, "req")
    p0 = at(len(lines), "p0")
    emit(*["  auto *p%d = p%d;" % (i, i - 1) for i in range(1, n + 1)])
    emit("  std::thread([p%d] { log_line(p%d->path); }).detach();" % (n, n),
         "  w1([&req] { log_line(req.path); });", "  t1([&req] { log_line(req.path); });",
         "  u1([&req] { log_line(req.path); });",
         "  std::thread joined([p%d] { log_line(p%d->path); });" % (n, n), "  joined.join();",
         "}")
    thread, w, t = len(lines) - 6, len(lines) - 5, len(lines) - 4
    expect(at(thread, "p%d" % n), "warning", "request context 'p%d' of type "
           "'const httplib::Request *' is captured by a detached thread, which can run after "
           "the request has ended %s" % (n, tag))
    expect(at(thread, "detach"), "note", "the thread is detached here")
    expect(req, "note", "request context 'req' is declared here")
    expect(p0, "note", "'p0' refers to request context 'req'")
    expect(at(thread, "p%d" % n), "note", "capture a copy of what the work needs instead, "
           "such as '[path = p%d->path]'" % n)
    for line, name, first in ((w, "w", w_first), (t, "t", t_first)):
        expect(at(line, "req"), "warning", "request context 'req' of type "
               "'const httplib::Request &' is captured by reference by a detached thread, "
               "which can run after the request has ended " + tag)
        expect(at(line, name + "1"), "note", "'%s1' passes it to a detached thread" % name)
        expect(at(first, name + "2"), "note", "'%s2' passes it to a detached thread" % name)
        expect(req, "note", "request context 'req' is declared here")
        expect(at(line, "req"), "note", "capture a copy of what the work needs instead, "
               "such as '[path = req.path]'")
elif check == "missing-cancellation":
    tag = "[ctxlife-missing-cancellation]"
    emit('#include <grpcpp/grpcpp.h>', '#include "helloworld.grpc.pb.h"',
         "#include <functional>", "#include <thread>", "#include <utility>", "void work();")
    launch = "std::thread(std::move(f)).detach();"
    chain_decls("w", "std::function<void()> f", "w%d(std::move(f));", launch)
    chain_decls("t", "F f", "t%d(std::move(f));", launch, "template <class F> ")
    emit("class Chains final : public helloworld::Greeter::Service {",
         "  std::unique_ptr<helloworld::Greeter::Stub> stub_;",
         "  grpc::Status SayHello(grpc::ServerContext *ctx, const helloworld::HelloRequest *req,",
         "                        helloworld::HelloReply *reply) override {",
         "    grpc::ClientContext down;", "    auto *p0 = &down;")
    ctx = at(len(lines) - 3, "ctx")
    down = at(len(lines) - 1, "down")
    emit(*["    auto *p%d = p%d;" % (i, i - 1) for i in range(1, n + 1)])
    emit("    stub_->SayHello(p%d, *req, reply);" % n, "    w1([] { for (;;) work(); });",
         "    t1([] { for (;;) work(); });")
    call, w, t = len(lines) - 2, len(lines) - 1, len(lines)
    # Given the request's deadline, then called through the aliases, and
    # work that checks for cancellation: quiet.
    emit("    grpc::ClientContext ok;", "    ok.set_deadline(ctx->deadline());", "    auto *q0 = &ok;")
    emit(*["    auto *q%d = q%d;" % (i, i - 1) for i in range(1, n + 1)])
    emit("    stub_->SayHello(q%d, *req, reply);" % n,
         "    w1([ctx] { while (!ctx->IsCancelled()) work(); });",
         "    return grpc::Status::OK;", "  }", "};")
    expect(down, "warning", "client context 'down' of a downstream call does not carry the "
           "deadline or cancellation of request context 'ctx' " + tag)
    expect(at(call, "stub_"), "note", "'stub_->SayHello' is called with it here")
    expect(ctx, "note", "request context 'ctx' is declared here")
    expect(down, "note", "create it with 'grpc::ClientContext::FromServerContext(*ctx)', or "
           "call 'down.set_deadline(ctx->deadline())' before the call")
    for line, name in ((w, "w"), (t, "t")):
        expect(at(line, "for"), "warning", "loop in a detached thread started by request "
               "handler 'SayHello' never exits when the request is cancelled " + tag)
        expect(at(line, name + "1"), "note", "'%s1' passes it to a detached thread" % name)
        expect(at(line, "for"), "note", "exit the loop on a cancellation signal: a stop token, "
               "an atomic flag, or the result of a stream read or write")
else:
    sys.exit("chains.py: unknown check " + check)

print("\n".join(lines + checks))
