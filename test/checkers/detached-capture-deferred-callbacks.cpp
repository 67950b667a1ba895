// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Issue 14, "deferred callbacks the framework keeps": cpp-httplib stores a
// content provider (and its releaser) and runs it while it writes the
// response, after the handler has returned. The request and the response
// are still alive then, so capturing them is fine; a local of the handler
// is gone, so capturing it by reference is a finding. Pistache runs a
// continuation of `ResponseWriter::send` when the response has been
// written, after the handler returned and the request was reset.
// Callbacks run before the handler returns (a content reader) are not
// deferred.
#include <httplib.h>
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

std::vector<std::string> load_rows(const std::string &table);
std::string render(const std::string &row);
void count_bytes(size_t n);

class ExportService {
public:
  void Register(httplib::Server &svr) {
    svr.Get("/export", [this](const httplib::Request &req, httplib::Response &res) {
      ExportCsv(req, res);
    });
  }

  void ExportCsv(const httplib::Request &req, httplib::Response &res) {
    std::vector<std::string> rows = load_rows(req.get_param_value("table"));
    size_t next = 0;
    res.set_chunked_content_provider(
        "text/csv", [&rows, &next](size_t, httplib::DataSink &sink) {
          // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: local variable 'rows' of type 'std::vector<std::string>' is captured by reference by a content provider, which runs after the handler has returned [ctxlife-detached-capture]
          // CHECK-MESSAGES: :[[@LINE-3]]:9: note: 'httplib::Response::set_chunked_content_provider' keeps it and runs it while writing the response, after the handler returns
          // CHECK-MESSAGES: :[[@LINE-6]]:30: note: local variable 'rows' is declared here
          // CHECK-MESSAGES: :[[@LINE-4]]:30: warning: local variable 'next' of type 'size_t' is captured by reference by a content provider, which runs after the handler has returned [ctxlife-detached-capture]
          if (next == rows.size()) {
            sink.done();
            return true;
          }
          std::string line = render(rows[next++]);
          return sink.write(line.data(), line.size());
        });
  }

  void ExportFile(const httplib::Request &req, httplib::Response &res) {
    std::ifstream file(req.get_param_value("name"), std::ios::binary);
    std::string header = "# export\n";
    res.set_content_provider(
        1 << 20, "application/octet-stream",
        [&](size_t offset, size_t length, httplib::DataSink &sink) {
          if (offset == 0)
            sink.write(header.data(), header.size());
          // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: local variable 'header' of type 'std::string' is captured by reference by a content provider, which runs after the handler has returned [ctxlife-detached-capture]
          std::vector<char> buf(length);
          file.read(buf.data(), static_cast<std::streamsize>(length));
          // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: local variable 'file' of type 'std::ifstream' is captured by reference by a content provider, which runs after the handler has returned [ctxlife-detached-capture]
          return sink.write(buf.data(), static_cast<size_t>(file.gcount()));
        },
        [&stats = served_bytes_, &file](bool success) {
          // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: local variable 'file' of type 'std::ifstream' is captured by reference by a content provider's releaser, which runs after the handler has returned [ctxlife-detached-capture]
          if (success)
            stats += 1;
          file.close();
        });
  }

  // Correct look-alikes.
  void ExportGood(const httplib::Request &req, httplib::Response &res) {
    // The rows move into the provider; the request and response are alive
    // while the provider runs; the service outlives every response.
    auto rows = std::make_shared<std::vector<std::string>>(
        load_rows(req.get_param_value("table")));
    res.set_chunked_content_provider(
        "text/csv",
        [rows, next = size_t{0}, &req, this](size_t, httplib::DataSink &sink) mutable {
          if (next == rows->size() || req.has_param("dry_run")) {
            sink.done();
            return true;
          }
          ++served_bytes_;
          std::string line = render((*rows)[next++]);
          return sink.write(line.data(), line.size());
        });
    std::string prefix = req.path;
    res.set_content_provider(
        "text/plain",
        [prefix = std::move(prefix), &res](size_t offset, httplib::DataSink &sink) {
          if (offset == 0)
            sink.write(prefix.data(), prefix.size());
          sink.done();
          return res.status == 200;
        },
        [this](bool) { ++served_bytes_; });
  }

  // A content reader runs inside the handler: capturing locals is fine.
  void Upload(const httplib::Request &, httplib::Response &res,
              const httplib::ContentReader &content_reader) {
    std::string body;
    size_t chunks = 0;
    content_reader([&](const char *data, size_t len) {
      body.append(data, len);
      ++chunks;
      return true;
    });
    res.set_content(std::to_string(chunks) + " chunks, " + std::to_string(body.size()),
                    "text/plain");
  }

private:
  size_t served_bytes_ = 0;
};

int main() {
  httplib::Server svr;
  ExportService exports;
  exports.Register(svr);
  // A reference the route lambda captured from main: main outlives the
  // server, so a provider capturing it is fine.
  std::vector<std::string> banner = {"hello", "world"};
  svr.Get("/banner", [&banner](const httplib::Request &, httplib::Response &res) {
    res.set_chunked_content_provider("text/plain", [&banner](size_t, httplib::DataSink &sink) {
      for (const auto &line : banner)
        sink.write(line.data(), line.size());
      sink.done();
      return true;
    });
  });
  svr.Post("/upload", [&exports](const httplib::Request &req, httplib::Response &res,
                                 const httplib::ContentReader &reader) {
    exports.Upload(req, res, reader);
  });
  // A logger runs during the server's life, which main's locals span.
  size_t logged = 0;
  svr.set_logger([&logged](const httplib::Request &, const httplib::Response &) { ++logged; });
  svr.listen("0.0.0.0", 8080);
}

// ---- Pistache: continuations of `send` run after the handler returns.
using namespace Pistache;

class Api {
public:
  void getUser(const Rest::Request &request, Http::ResponseWriter response) {
    std::string user = request.resource();
    response.send(Http::Code::Ok, "{}").then(
        [&user](ssize_t bytes) {
          // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: local variable 'user' of type 'std::string' is captured by reference by a continuation of the response's promise, which runs after the handler has returned [ctxlife-detached-capture]
          count_bytes(static_cast<size_t>(bytes));
          std::puts(user.c_str());
        },
        Async::Throw);
  }

  void getItem(const Rest::Request &request, Http::ResponseWriter response) {
    response.send(Http::Code::Ok, "{}").then(
        [&request](ssize_t) { std::puts(request.resource().c_str()); },
        // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: request context 'request' of type 'const Pistache::Rest::Request &' is captured by reference by a continuation of the response's promise, which can run after the request has ended [ctxlife-detached-capture]
        Async::Throw);
  }

  // Correct: copies.
  void getGood(const Rest::Request &request, Http::ResponseWriter response) {
    response.send(Http::Code::Ok, "{}").then(
        [resource = request.resource()](ssize_t bytes) {
          count_bytes(static_cast<size_t>(bytes));
          std::puts(resource.c_str());
        },
        Async::IgnoreException);
  }
};
