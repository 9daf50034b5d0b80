// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Watchline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "watchline", targets: ["watchline"]),
        .library(name: "WatchlineCore", targets: ["WatchlineCore"]),
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
        // The system's libyaml (Debian: libyaml-dev). All C interop stays in Sources/WatchlineCore/YAML.
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .target(
            name: "WatchlineCore", dependencies: ["CYAML", "ZIPFoundation", "XMLCoder",
                           .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "GRDB", package: "GRDB.swift")],
            // The engine's per-household loop holds no overlapping accesses; the runtime's
            // exclusivity bookkeeping cost ~2% of a run (profile in README "Performance").
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .executableTarget(
            name: "watchline",
            dependencies: ["WatchlineCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(
            name: "WatchlineCoreTests", dependencies: ["WatchlineCore"],
            exclude: ["Golden", "Fixtures", "Conformance/cel"]),
    ]
)
