// Hermetic stub for lit tests (trantor <trantor/utils/Logger.h>): LOG_*
// macros used by Drogon examples.
#pragma once

#include <sstream>

#include <trantor/utils/NonCopyable.h>

namespace trantor {
class Logger : public NonCopyable {
 public:
  enum LogLevel { kTrace = 0, kDebug, kInfo, kWarn, kError, kFatal, kNumberOfLogLevels };
  Logger(const char *file, int line) { (void)file, (void)line; }
  Logger(const char *file, int line, LogLevel level) {
    (void)file, (void)line, (void)level;
  }
  ~Logger() {}
  std::ostream &stream() { return stream_; }
  static void setLogLevel(LogLevel level);
  static LogLevel logLevel();

 private:
  std::ostringstream stream_;
};
}  // namespace trantor

#define LOG_TRACE trantor::Logger(__FILE__, __LINE__, trantor::Logger::kTrace).stream()
#define LOG_DEBUG trantor::Logger(__FILE__, __LINE__, trantor::Logger::kDebug).stream()
#define LOG_INFO trantor::Logger(__FILE__, __LINE__).stream()
#define LOG_WARN trantor::Logger(__FILE__, __LINE__, trantor::Logger::kWarn).stream()
#define LOG_ERROR trantor::Logger(__FILE__, __LINE__, trantor::Logger::kError).stream()
#define LOG_FATAL trantor::Logger(__FILE__, __LINE__, trantor::Logger::kFatal).stream()
