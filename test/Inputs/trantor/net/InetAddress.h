// Hermetic stub for lit tests (trantor <trantor/net/InetAddress.h>).
#pragma once

#include <cstdint>
#include <string>

namespace trantor {
class InetAddress {
 public:
  InetAddress(uint16_t port = 0, bool loopbackOnly = false, bool ipv6 = false);
  InetAddress(const std::string &ip, uint16_t port, bool ipv6 = false);
  std::string toIp() const;
  std::string toIpPort() const;
  uint16_t toPort() const;
  bool isIpV6() const { return isIpV6_; }
  bool isIntranetIp() const;
  bool isLoopbackIp() const;
  bool isUnspecified() const { return isUnspecified_; }

 private:
  bool isIpV6_ = false;
  bool isUnspecified_ = true;
};
}  // namespace trantor
