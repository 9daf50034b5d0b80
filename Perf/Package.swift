// swift-tools-version:6.1
// Micro-benchmarks for the evaluator and the record readers (ordo-one/benchmark), kept out of the
// main package so `swift build` and `swift test` stay fast. Run: cd Perf && swift package benchmark
import PackageDescription

let package = Package(
    name: "WatchlinePerf",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "Watchline", package: "main"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
