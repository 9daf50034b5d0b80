#!/usr/bin/env bash
# Before landing a change to batch evaluation: the agreement test of `swift test`
# (Tests/WatchlineTests/Evaluation/Batch/BatchAgreementTests.swift) on N random households of
# every rule file's schema instead of 10 000 — each decided column by column and by the full
# evaluators, every difference reported. A release build with testing enabled, in its own build
# folder (.build-agreement), so it neither waits for nor disturbs the debug build.
# Usage: scripts/check-batch-agreement.sh [N]     (default 1000000; about 10 minutes on 2 cores)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000000}
cd "$root"
swift build -c release --build-tests -Xswiftc -enable-testing --scratch-path .build-agreement >&2
WATCHLINE_AGREEMENT_HOUSEHOLDS=$n swift test -c release -Xswiftc -enable-testing --scratch-path .build-agreement \
  --skip-build --filter BatchAgreementTests
