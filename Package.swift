// swift-tools-version:6.1
import PackageDescription

/// Release builds skip the runtime's dynamic exclusivity checks: the per-household loop holds no
/// overlapping accesses, and the checks cost about 4% of a run (measured: README "Performance").
/// An unsafe flag keeps the package from being a versioned (URL) dependency; it is one only by path.
let unchecked: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "Watchline",
    products: [
        .executable(name: "watchline", targets: ["watchline"]),
        .library(name: "Watchline", targets: ["WatchlineEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Excel workbooks (.xlsx) are zip archives of XML parts: read and written through these two.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        // `watchline report`: the HTML page is rendered from a Mustache template (logic-less, escapes by default).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `run --history`: the office's run history in SQLite, with migrations.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The system's libyaml (Debian: libyaml-dev). All C interop with it stays in Sources/WatchlineSyntax/YAML.
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        // The stages, in the order data flows; each depends only on the ones before it, so the
        // compiler refuses a backward import (scripts/check-stage-imports.sh lists them).
        // 1. Files as text: spans, diagnostics and the message catalogue, YAML, CSV/JSON bytes, encodings, xlsx.
        .target(name: "WatchlineSyntax", dependencies: ["CYAML", "ZIPFoundation", "XMLCoder"], swiftSettings: unchecked),
        // 2. The rule language: values, the rule model and household records, expressions, loading rule files.
        .target(name: "WatchlineLanguage", dependencies: ["WatchlineSyntax"], swiftSettings: unchecked),
        // 3. Checking and compiling a ruleset, and deciding one household.
        .target(name: "WatchlineEvaluation", dependencies: ["WatchlineSyntax", "WatchlineLanguage"], swiftSettings: unchecked),
        // 4. Reading household records and writing outcomes, explanations, summaries.
        .target(name: "WatchlineIO", dependencies: ["WatchlineSyntax", "WatchlineLanguage", "WatchlineEvaluation"], swiftSettings: unchecked),
        // 5. The engine the CLI, the REPL and the harness call: runs, diff, tests, history, reports.
        .target(
            name: "WatchlineEngine",
            dependencies: ["WatchlineSyntax", "WatchlineLanguage", "WatchlineEvaluation", "WatchlineIO",
                           .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: unchecked),
        .executableTarget(
            name: "watchline",
            dependencies: ["WatchlineEngine", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(
            name: "WatchlineTests",
            dependencies: ["WatchlineSyntax", "WatchlineLanguage", "WatchlineEvaluation", "WatchlineIO", "WatchlineEngine"],
            exclude: ["Golden", "Fixtures", "Language/Conformance/cel"]),
    ]
)
