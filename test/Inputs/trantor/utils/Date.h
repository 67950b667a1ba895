// Hermetic stub for lit tests (trantor <trantor/utils/Date.h>).
#pragma once

#include <cstdint>
#include <string>

namespace trantor {
class Date {
 public:
  Date() : microSecondsSinceEpoch_(0) {}
  explicit Date(int64_t microSec) : microSecondsSinceEpoch_(microSec) {}
  static const Date date();
  static const Date now() { return date(); }
  const Date after(double second) const;
  int64_t microSecondsSinceEpoch() const { return microSecondsSinceEpoch_; }
  int64_t secondsSinceEpoch() const { return microSecondsSinceEpoch_ / 1000000; }
  std::string toFormattedString(bool showMicroseconds) const;
  bool operator<(const Date &date) const {
    return microSecondsSinceEpoch_ < date.microSecondsSinceEpoch_;
  }
  bool operator==(const Date &date) const {
    return microSecondsSinceEpoch_ == date.microSecondsSinceEpoch_;
  }

 private:
  int64_t microSecondsSinceEpoch_;
};
}  // namespace trantor
