// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/time.h>; not the real implementation.
#ifndef GRPCPP_SUPPORT_TIME_H
#define GRPCPP_SUPPORT_TIME_H

#include <chrono>
#include <cstdint>

#include <grpcpp/support/config.h>

extern "C" {
typedef enum {
  GPR_CLOCK_MONOTONIC = 0,
  GPR_CLOCK_REALTIME,
  GPR_CLOCK_PRECISE,
  GPR_TIMESPAN
} gpr_clock_type;

typedef struct gpr_timespec {
  int64_t tv_sec;
  int32_t tv_nsec;
  gpr_clock_type clock_type;
} gpr_timespec;
}

namespace grpc {

// Only gpr_timespec and std::chrono::system_clock::time_point are accepted,
// exactly like the real library (other clocks fail to compile).
template <typename T>
class TimePoint {
 public:
  TimePoint(const T& /*time*/) = delete;
  gpr_timespec raw_time() = delete;
};

template <>
class TimePoint<gpr_timespec> {
 public:
  TimePoint(const gpr_timespec& time) : time_(time) {}
  gpr_timespec raw_time() { return time_; }

 private:
  gpr_timespec time_;
};

void Timepoint2Timespec(const std::chrono::system_clock::time_point& from,
                        gpr_timespec* to);
std::chrono::system_clock::time_point Timespec2Timepoint(gpr_timespec t);

template <>
class TimePoint<std::chrono::system_clock::time_point> {
 public:
  TimePoint(const std::chrono::system_clock::time_point& /*time*/)
      : time_() {}
  gpr_timespec raw_time() const { return time_; }

 private:
  gpr_timespec time_;
};

}  // namespace grpc

#endif  // GRPCPP_SUPPORT_TIME_H
