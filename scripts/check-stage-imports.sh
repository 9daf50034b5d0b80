#!/usr/bin/env bash
# Lists what each stage target imports and fails on a backward import (a stage importing one
# that comes after it in the pipeline) or on an import of a stage the target does not list
# among its dependencies in Package.swift. The CLI may import only the top stage.
#   scripts/check-stage-imports.sh        (from anywhere; exit 1 on a violation)
set -euo pipefail
cd "$(dirname "$0")/.."
stages=(WatchlineSyntax WatchlineLanguage WatchlineEvaluation WatchlineIO WatchlineEngine)
rank() { local i; for i in "${!stages[@]}"; do [ "${stages[$i]}" = "$1" ] && { echo "$i"; return; }; done; echo -1; }
status=0
for target in "${stages[@]}" watchline; do
  dir="Sources/$target"
  [ -d "$dir" ] || { echo "missing target folder $dir" >&2; status=1; continue; }
  imports=$(grep -rhoE '^(@testable |@_exported |@preconcurrency )?import +Watchline[A-Za-z]*' "$dir" --include='*.swift' \
            | awk '{print $NF}' | sort -u | tr '\n' ' ' || true)
  printf '%-20s imports %s\n' "$target" "${imports:-(no stage)}"
  mine=$(rank "$target")
  for m in $imports; do
    r=$(rank "$m")
    if [ "$target" = watchline ]; then
      if [ "$m" != WatchlineEngine ]; then
        echo "  error: the CLI imports $m; it may import only WatchlineEngine" >&2
        grep -rln "^import $m\$" "$dir" --include='*.swift' | sed 's/^/    /' >&2; status=1
      fi
    elif [ "$r" -ge "$mine" ]; then
      echo "  error: $target imports $m, which comes after it in the pipeline" >&2
      grep -rln "^import $m\$" "$dir" --include='*.swift' | sed 's/^/    /' >&2; status=1
    fi
  done
  # @_exported would hand a lower stage's names to every client: not allowed.
  if grep -rqE '^@_exported import' "$dir" --include='*.swift'; then
    echo "  error: $target re-exports a module (@_exported import)" >&2; status=1
  fi
done
# Package.swift: a stage's dependencies are stages before it.
for i in "${!stages[@]}"; do
  t=${stages[$i]}
  deps=$(awk -v t="\"$t\"" '$0 ~ "name: " t {f=1} f && /dependencies:/ {sub(/.*dependencies:/, ""); print; exit}' Package.swift \
         | grep -oE '"Watchline[A-Za-z]+"' | tr -d '"' | sort -u || true)
  for d in $deps; do
    [ "$(rank "$d")" -lt "$i" ] || { echo "  error: Package.swift: $t depends on $d, which is not before it" >&2; status=1; }
  done
done
[ $status -eq 0 ] && echo "every stage imports only the stages before it"
exit $status
