// swift-tools-version: 6.1
// libFuzzer targets for StageCore. A package of its own, so that plain
// `swift build` / `swift test` of the main package never see it.
// Build and run with `make fuzz` (see README.md); the flags that matter are
// `-Xswiftc -sanitize=fuzzer,address`, which also instrument StageCore.
// Each target's main.swift hands its LLVMFuzzerTestOneInput to libFuzzer's
// LLVMFuzzerRunDriver: SwiftPM gives every executable a `main` of its own,
// so libFuzzer's `main` cannot be the one linked.
import PackageDescription

let fuzzTargets = ["FuzzSyntax", "FuzzSnapshot", "FuzzImport", "FuzzSession", "FuzzXLSX"]

let package = Package(
    name: "stagesh-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "stagesh", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "StageCore", package: "stagesh")]),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "StageCore", package: "stagesh")]
        )
    }
)
