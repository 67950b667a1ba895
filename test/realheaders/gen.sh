#!/bin/sh
# Generate the build-time artifacts needed to parse the samples against the
# real (Debian 12) headers:
#   $OUT/gen/greeter.{pb,grpc.pb}.{h,cc}  -- protoc + grpc_cpp_plugin output
#   $OUT/overlay/pistache/async.h         -- pistache 0.0.5 async.h with the
#                                            clang-19-rejected typo fixed
# usage: gen.sh OUT_DIR
set -eu
OUT=${1:?usage: gen.sh OUT_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)

mkdir -p "$OUT/gen" "$OUT/overlay/pistache"

protoc -I"$HERE/proto" \
  --cpp_out="$OUT/gen" \
  --grpc_out="$OUT/gen" \
  --plugin=protoc-gen-grpc="$(command -v grpc_cpp_plugin)" \
  "$HERE/proto/greeter.proto"

# /usr/include/pistache/async.h:711 uses `this->chain_`, a member that does not
# exist in Chainer<void, Dummy>; clang >= 19 diagnoses this at definition time.
# The intended member is `chainCore`.
sed '711s/auto core   = this->chain_;/auto core   = chainCore;/' \
  /usr/include/pistache/async.h > "$OUT/overlay/pistache/async.h"
if cmp -s /usr/include/pistache/async.h "$OUT/overlay/pistache/async.h"; then
  echo "warning: pistache async.h patch did not apply (header changed?)" >&2
fi
