// Hermetic stub for lit tests (Drogon <drogon/DrObject.h>).
#pragma once

#include <string>

namespace drogon {

class DrObjectBase {
 public:
  virtual const std::string &className() const {
    static const std::string name{"DrObjectBase"};
    return name;
  }
  virtual bool isClass(const std::string &class_name) const {
    return (className() == class_name);
  }
  virtual ~DrObjectBase() {}
};

template <typename T>
class DrObject : public virtual DrObjectBase {
 public:
  const std::string &className() const override { return classTypeName(); }
  static const std::string &classTypeName() {
    static const std::string name{"DrObject"};
    return name;
  }
  bool isClass(const std::string &class_name) const override {
    return (className() == class_name);
  }

 protected:
  DrObject() = default;
  ~DrObject() override = default;
};

}  // namespace drogon
