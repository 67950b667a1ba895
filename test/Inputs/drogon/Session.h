// Hermetic stub for lit tests (Drogon <drogon/Session.h>).
#pragma once

#include <any>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace drogon {

/// Thread-safe per-client key/value store shared between requests.
class Session {
 public:
  template <typename T>
  T get(const std::string &key) const {
    std::lock_guard<std::mutex> lck(mutex_);
    auto it = sessionMap_.find(key);
    if (it != sessionMap_.end())
      return std::any_cast<T>(it->second);
    return T();
  }
  template <typename T>
  void insert(const std::string &key, T &&obj) {
    std::lock_guard<std::mutex> lck(mutex_);
    sessionMap_[key] = std::forward<T>(obj);
  }
  void erase(const std::string &key) {
    std::lock_guard<std::mutex> lck(mutex_);
    sessionMap_.erase(key);
  }
  bool find(const std::string &key) {
    std::lock_guard<std::mutex> lck(mutex_);
    return sessionMap_.find(key) != sessionMap_.end();
  }
  void clear() {
    std::lock_guard<std::mutex> lck(mutex_);
    sessionMap_.clear();
  }
  const std::string &sessionId() const { return sessionId_; }

 private:
  std::map<std::string, std::any> sessionMap_;
  mutable std::mutex mutex_;
  std::string sessionId_;
};

using SessionPtr = std::shared_ptr<Session>;

}  // namespace drogon
