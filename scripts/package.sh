#!/usr/bin/env bash
# Builds the binary a county office's PC can run without the Swift toolchain: a release build with
# the Swift standard library and Foundation linked in (--static-swift-stdlib) and libyaml linked
# statically, and checks it where the toolchain cannot be seen (a mount namespace that hides
# /opt/swift and the build folder, then runs the README's first command).
#
#   scripts/package.sh            # → dist/watchline (and dist/watchline-linux-x86_64.tar.gz)
set -euo pipefail
cd "$(dirname "$0")/.."

# libyaml as an archive. Two places name the shared library, and both are redirected: the C
# module's `link "yaml"` (autolinking, switched off for that one library) and pkg-config's
# `-lyaml` (a private yaml-0.1.pc whose Libs is the archive itself). Search-path order cannot do
# it: the compiler driver puts the system's library folder ahead of any folder we add.
pc_dir="$(mktemp -d)"
trap 'rm -rf "$pc_dir"' EXIT
libdir="$(pkg-config --variable=libdir yaml-0.1 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)"
includedir="$(pkg-config --variable=includedir yaml-0.1 2>/dev/null || echo /usr/include)"
libyaml_a="$libdir/libyaml.a"
[ -f "$libyaml_a" ] || { echo "libyaml.a not found (apt-get install libyaml-dev)" >&2; exit 1; }
cat > "$pc_dir/yaml-0.1.pc" <<PC
Name: yaml-0.1
Description: libyaml, linked statically for the packaged binary
Version: $(pkg-config --modversion yaml-0.1 2>/dev/null || echo 0.2.5)
Cflags: -I$includedir
Libs: $libyaml_a
PC

PKG_CONFIG_PATH="$pc_dir" swift build -c release --product watchline --static-swift-stdlib \
  --scratch-path .build-package \
  -Xswiftc -Xfrontend -Xswiftc -disable-autolink-library -Xswiftc -Xfrontend -Xswiftc yaml \
  -Xlinker "$libyaml_a"
bin=".build-package/release/watchline"
mkdir -p dist
cp "$bin" dist/watchline
strip dist/watchline 2>/dev/null || true

echo "== shared libraries the binary needs:"
# (ldd's output is kept first: `ldd | grep -q` under pipefail fails on grep's early exit.)
needed="$(ldd dist/watchline)"
echo "$needed" | sed 's/^/   /'
if grep -Eq 'libswift|libFoundation|libyaml|libdispatch' <<<"$needed"; then
  echo "error: the binary still needs a Swift or libyaml shared library" >&2; exit 1
fi

# Run it with the toolchain out of reach: /opt/swift (and the build folders) replaced by empty
# folders in a private mount namespace.
echo "== run without the Swift toolchain:"
check='swift_dirs=""; for d in /opt/swift /usr/lib/swift "$PWD/.build" "$PWD/.build-package"; do [ -d "$d" ] && mount -t tmpfs none "$d"; done;
       if command -v swift >/dev/null 2>&1 && swift --version >/dev/null 2>&1; then echo "the toolchain is still visible" >&2; exit 1; fi;
       dist/watchline run Rules/anhui/lieshan-2022.yaml --records Examples/lieshan-2022/households.jsonl --as-of 2022-06-30 > dist/check.jsonl'
if unshare -m --propagation private true 2>/dev/null; then
  unshare -m --propagation private bash -c "$check"
else
  echo "(no mount namespace here: running it directly)"; dist/watchline run Rules/anhui/lieshan-2022.yaml --records Examples/lieshan-2022/households.jsonl --as-of 2022-06-30 > dist/check.jsonl
fi
lines=$(wc -l < dist/check.jsonl)
households=$(grep -c . Examples/lieshan-2022/households.jsonl)
[ "$lines" -eq "$households" ] || { echo "error: $lines output lines for $households households" >&2; exit 1; }
rm -f dist/check.jsonl
tar -C dist -czf dist/watchline-linux-x86_64.tar.gz watchline
echo "== dist/watchline ($(du -h dist/watchline | cut -f1)): ran the example, $lines households decided"
