// swift-tools-version: 6.1
// A command that reads one sheet of an .xlsx file to CSV with StageCore's
// XLSXWorkbook, for Benchmarks/xlsx_bench.py: a package of its own (like
// Fuzz/), so the main package gains no target for it.
import PackageDescription

let package = Package(
    name: "xlsx-bench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "stagesh", path: "../..")],
    targets: [
        .executableTarget(name: "xlsx-bench", dependencies: [.product(name: "StageCore", package: "stagesh")]),
    ]
)
