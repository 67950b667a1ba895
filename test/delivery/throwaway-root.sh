#!/usr/bin/env bash
# Runs a command as root in a throw-away copy of this system: an overlay of /
# in a private mount namespace, whose writes go to a tmpfs and vanish when the
# command ends. Packages installed in it (dpkg, apt-get) never reach the host.
#
#   throwaway-root.sh <dir> [<hidden dir>...] -- <command> [<arg>...]
#
# <dir> is copied to /opt/ctxlife-test of the copy; each <hidden dir> (the
# source and build trees) is covered by an empty directory there, so the
# command cannot use anything from them. Needs root (CI runs as root).
set -euo pipefail
if [[ ${1-} != --inside ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "throwaway-root.sh: needs root (mount namespace, overlay of /)" >&2
    exit 1
  fi
  top=$(mktemp -d /tmp/ctxlife-root.XXXXXX)
  rc=0
  unshare --mount --propagation private "$0" --inside "$top" "$@" || rc=$?
  rmdir "$top"
  exit "$rc"
fi
top=$2 copy=$3
shift 3
hide=()
while [[ $# -gt 0 && $1 != -- ]]; do hide+=("$(realpath "$1")"); shift; done
[[ $# -gt 1 ]] || { echo "usage: throwaway-root.sh <dir> [<hidden dir>...] -- <command>" >&2; exit 1; }
shift

mount -t tmpfs ctxlife-root "$top"
mkdir "$top/upper" "$top/work" "$top/root"
mount -t overlay overlay -o "lowerdir=/,upperdir=$top/upper,workdir=$top/work" "$top/root"
mount --rbind /dev "$top/root/dev"
mount -t proc proc "$top/root/proc"
mount -t tmpfs tmpfs "$top/root/tmp"
mkdir -p "$top/root/opt/ctxlife-test"
cp -r "$copy/." "$top/root/opt/ctxlife-test/"
for d in "${hide[@]}"; do
  # (one inside a directory hidden before is gone already)
  if [[ -d $top/root$d ]]; then mount -t tmpfs tmpfs "$top/root$d"; fi
done
# The caller's temporary directory (under the hidden trees) is not there.
export TMPDIR=/tmp
chroot "$top/root" "$@"
