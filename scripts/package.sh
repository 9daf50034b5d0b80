#!/usr/bin/env bash
# Builds the binary a county office's PC can run without the Swift toolchain: a release build with
# the Swift standard library and Foundation linked in (--static-swift-stdlib) and libyaml linked
# statically, and checks it where the toolchain cannot be seen (a mount namespace that hides
# /opt/swift and the build folder, then runs the README's first command).
#
#   scripts/package.sh            # → dist/watchline (and dist/watchline-linux-x86_64.tar.gz)
set -euo pipefail
cd "$(dirname "$0")/.."

# libyaml as an archive: a folder holding only libyaml.a, searched before the system's, so the
# linker's -lyaml takes the static library.
static_dir="$(mktemp -d)"
trap 'rm -rf "$static_dir"' EXIT
libyaml_a="$(pkg-config --variable=libdir yaml-0.1 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)/libyaml.a"
[ -f "$libyaml_a" ] || { echo "libyaml.a not found (apt-get install libyaml-dev)" >&2; exit 1; }
cp "$libyaml_a" "$static_dir/"

# The archive is named first, so it resolves every yaml symbol; --as-needed then drops the shared
# libyaml that the module's autolink still names.
swift build -c release --product watchline --static-swift-stdlib \
  --scratch-path .build-package -Xlinker -L"$static_dir" \
  -Xlinker --as-needed -Xlinker "$static_dir/libyaml.a"
bin=".build-package/release/watchline"
mkdir -p dist
cp "$bin" dist/watchline
strip dist/watchline 2>/dev/null || true

echo "== shared libraries the binary needs:"
ldd dist/watchline | sed 's/^/   /'
if ldd dist/watchline | grep -Eq 'libswift|libFoundation|libyaml|libdispatch'; then
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
