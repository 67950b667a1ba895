#pragma once
namespace app {
struct Request {
  int id;
};
} // namespace app
