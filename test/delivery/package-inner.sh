#!/usr/bin/env bash
# Runs inside throwaway-root.sh (test/delivery/package-install.test): installs
# the package as a user would, runs its three executables and the plugin on
# bundled examples, and removes it. Prints what it saw; the test checks it.
set -uo pipefail
cd /opt/ctxlife-test
deb=$(ls ctxlife_*.deb)
major=$1
echo "package: $deb"
if [[ $(dpkg-query -W -f='${Status}' ctxlife 2>/dev/null) == "install ok installed" ]]; then
  echo "ctxlife was already installed before the test"
fi

# Every dependency is a Debian package from the archive (an apt "Filename:"),
# not only something installed here.
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*//; s/ //g')
from_archive() { [[ $(apt-cache show --no-all-versions "$1" 2>/dev/null) == *$'\nFilename: '* ]]; }
for p in $deps; do
  from_archive "$p" || { apt-get update -qq >/dev/null 2>&1; break; }
done
for p in $deps; do
  if from_archive "$p"; then echo "depends: $p (Debian archive)"; else echo "depends: $p NOT IN THE ARCHIVE"; fi
done

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --no-install-recommends "./$deb" > apt-install.log 2>&1
echo "apt-get install: exit $?"
dpkg-query -W -f='installed: ${Package} ${Version} ${Status}\n' ctxlife
for t in ctxlife ctxlife-tidy ctxlife-clangd; do echo "on PATH: $(command -v $t)"; done

# The bundled examples, as a user runs them: findings on the `// BUG:` lines.
cd /opt/ctxlife-test/examples/httplib
ctxlife --quiet --config="{Checks: '-*,ctxlife-*'}" server.cpp -- -std=c++20 > ctxlife.out
echo "ctxlife: exit $?"
ctxlife-tidy --quiet --config="{Checks: '-*,ctxlife-*'}" server.cpp -- -std=c++20 > tidy.out 2> tidy.err
echo "ctxlife-tidy: exit $?"
cmp -s ctxlife.out tidy.out && echo "ctxlife-tidy prints what ctxlife prints"
clang-tidy-$major --load="/usr/lib/ctxlife/CtxLifeTidyModule-llvm$major.so" --quiet \
  --config="{Checks: '-*,ctxlife-*'}" server.cpp -- -std=c++20 > plugin.out 2> plugin.err
echo "clang-tidy-$major with the installed plugin: exit $?"
cmp -s ctxlife.out plugin.out && echo "the plugin prints what ctxlife prints"
grep -o "server.cpp:[0-9]*:[0-9]*: warning: .*" ctxlife.out
printf -- "-std=c++20\n" > compile_flags.txt
printf "WarningsAsErrors: '*'\n" > .clang-tidy
ctxlife-clangd --check=server.cpp --check-locations=false > clangd.log 2>&1
echo "ctxlife-clangd --check: exit $?"
grep -o "\[ctxlife-[a-z-]*\] Line [0-9]*" clangd.log | sort -t' ' -k3n

apt-get remove -y -q ctxlife > apt-remove.log 2>&1
echo "apt-get remove: exit $?"
for t in ctxlife ctxlife-tidy ctxlife-clangd; do test -e /usr/bin/$t || echo "gone: $t"; done
test -e /usr/lib/ctxlife || echo "gone: /usr/lib/ctxlife"
