/* Hermetic stub for lit tests. Mirrors names/signatures of Pistache 0.0.5
 * <pistache/endpoint.h>; not the real implementation. */
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <pistache/async.h>
#include <pistache/flags.h>
#include <pistache/http.h>
#include <pistache/net.h>
#include <pistache/tcp.h>

namespace Pistache::Http
{
    class Endpoint
    {
    public:
        struct Options
        {
            friend class Endpoint;

            Options& threads(int val);
            Options& threadsName(const std::string& val);

            Options& flags(Flags<Tcp::Options> flags);
            Options& flags(Tcp::Options tcp_opts)
            {
                flags(Flags<Tcp::Options>(tcp_opts));
                return *this;
            }

            Options& backlog(int val);
            Options& maxRequestSize(size_t val);
            Options& maxResponseSize(size_t val);

            template <typename Duration>
            Options& headerTimeout(Duration timeout)
            {
                headerTimeout_ = std::chrono::duration_cast<std::chrono::milliseconds>(timeout);
                return *this;
            }

            template <typename Duration>
            Options& bodyTimeout(Duration timeout)
            {
                bodyTimeout_ = std::chrono::duration_cast<std::chrono::milliseconds>(timeout);
                return *this;
            }

            template <typename Duration>
            Options& keepaliveTimeout(Duration timeout)
            {
                keepaliveTimeout_ = std::chrono::duration_cast<std::chrono::milliseconds>(timeout);
                return *this;
            }

        private:
            int threads_ = 1;
            std::string threadsName_;
            Flags<Tcp::Options> flags_;
            int backlog_ = 128;
            size_t maxRequestSize_  = Const::DefaultMaxRequestSize;
            size_t maxResponseSize_ = Const::DefaultMaxResponseSize;
            std::chrono::milliseconds headerTimeout_;
            std::chrono::milliseconds bodyTimeout_;
            std::chrono::milliseconds keepaliveTimeout_;
            Options();
        };

        Endpoint();
        explicit Endpoint(const Address& addr);

        void init(const Options& options = Options());
        void setHandler(const std::shared_ptr<Handler>& handler);

        void bind();
        void bind(const Address& addr);

        void serve();
        void serveThreaded();

        void shutdown();

        void useSSL(const std::string& cert, const std::string& key,
                    bool use_compression = false, int (*cb_password)(char*, int, int, void*) = nullptr);

        bool isBound() const;
        Port getPort() const;

        static Options options();

    private:
        std::shared_ptr<Handler> handler_;
        Options options_;
    };

    template <typename Handler>
    void listenAndServe(Address addr,
                        const Endpoint::Options& options = Endpoint::options())
    {
        Endpoint endpoint(addr);
        endpoint.init(options);
        endpoint.setHandler(make_handler<Handler>());
        endpoint.serve();
    }
} // namespace Pistache::Http
