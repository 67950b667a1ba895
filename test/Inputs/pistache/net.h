/* Hermetic stub for lit tests. Mirrors names/signatures of Pistache 0.0.5
 * <pistache/net.h>; not the real implementation. */
#pragma once

#include <cstdint>
#include <limits>
#include <ostream>
#include <stdexcept>
#include <string>

namespace Pistache
{
    class Port
    {
    public:
        Port(uint16_t port = 0)
            : port(port)
        { }
        explicit Port(const std::string& data);

        operator uint16_t() const { return port; }

        bool isReserved() const;
        bool isUsed() const;
        std::string toString() const;

        static constexpr uint16_t min()
        {
            return std::numeric_limits<uint16_t>::min();
        }
        static constexpr uint16_t max()
        {
            return std::numeric_limits<uint16_t>::max();
        }

    private:
        uint16_t port;
    };

    class IP
    {
    public:
        IP();
        IP(uint8_t a, uint8_t b, uint8_t c, uint8_t d);
        IP(uint16_t a, uint16_t b, uint16_t c, uint16_t d, uint16_t e, uint16_t f,
           uint16_t g, uint16_t h);
        static IP any();
        static IP loopback();
        static IP any(bool ipv6);
        static IP loopback(bool ipv6);
        int getFamily() const;
        int getPort() const;
        std::string toString() const;
        static bool supported();

    private:
        int port   = 0;
        int family = 0;
    };
    using Ipv4 = IP;
    using Ipv6 = IP;

    class Address
    {
    public:
        Address();
        Address(std::string host, Port port);
        explicit Address(std::string addr);
        explicit Address(const char* addr);
        Address(IP ip, Port port);

        Address(const Address& other) = default;
        Address(Address&& other)      = default;

        Address& operator=(const Address& other) = default;
        Address& operator=(Address&& other) = default;

        std::string host() const;
        Port port() const;
        int family() const;

        friend std::ostream& operator<<(std::ostream& os, const Address& address);

    private:
        IP ip_;
        Port port_;
    };

    class Error : public std::runtime_error
    {
    public:
        explicit Error(const char* message);
        explicit Error(std::string message);
        static Error system(const char* message);
    };
} // namespace Pistache
