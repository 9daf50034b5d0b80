// swift-tools-version:6.1
// Fuzz targets for Watchline (libFuzzer, via the Swift toolchain's -sanitize=fuzzer).
// Kept out of the main package so `swift build` / `swift test` never need the sanitizers.
// How to run: docs/FUZZING.md.
import PackageDescription

let package = Package(
    name: "WatchlineFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "FuzzRules", dependencies: [.product(name: "Watchline", package: "main")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(name: "FuzzRecords", dependencies: [.product(name: "Watchline", package: "main")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(name: "FuzzRegex", dependencies: [.product(name: "Watchline", package: "main")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
)
