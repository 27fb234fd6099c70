// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "stagesh",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "stagesh", targets: ["stagesh"]),
        .library(name: "StageCore", targets: ["StageCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "StageCore",
            dependencies: ["CLibPQ", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // The message catalogues, one file per language, compiled into the binary.
            resources: [.embedInCode("Messages/Catalogues")]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // libpq, the PostgreSQL client library psql uses: `import odoo` reads a CRM's database with it.
        .systemLibrary(
            name: "CLibPQ",
            // Headers only: the library is loaded when a connection is made (LibPQ.swift).
            providers: [.apt(["libpq-dev"])]
        ),
        .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
        .target(name: "StageShell", dependencies: ["StageCore", "CEditLine", "CEditLineShim"]),
        .executableTarget(
            name: "stagesh",
            dependencies: [
                "StageCore", "StageShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: sessions that run lines, temporary directories, fixtures,
        // the transcripts' `# stagesh-args` (see Tests/StageTestSupport).
        .target(name: "StageTestSupport", dependencies: ["StageCore", "StageShell"], path: "Tests/StageTestSupport"),
        .testTarget(name: "StageCoreTests", dependencies: ["StageCore", "StageTestSupport"]),
        .testTarget(name: "StageShellTests", dependencies: ["StageShell", "StageCore", "StageTestSupport"]),
        // Reads its scripts from Tests/TranscriptTests/Fixtures and Examples/ by path.
        .testTarget(
            name: "TranscriptTests", dependencies: ["StageCore", "StageShell", "StageTestSupport"], exclude: ["Fixtures"]
        ),
    ]
)
