// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "postmortem",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "postmortem", targets: ["postmortem"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "PostmortemCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "PostmortemStore",
            dependencies: [
                "PostmortemCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "PostmortemREPL",
            dependencies: ["PostmortemCore", "PostmortemStore", "CEditLine"]
        ),
        .target(
            name: "PostmortemTranscripts",
            dependencies: ["PostmortemCore", "PostmortemREPL", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "postmortem",
            dependencies: [
                "PostmortemCore", "PostmortemStore", "PostmortemREPL", "PostmortemTranscripts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "linereader-demo",
            dependencies: ["PostmortemREPL"]
        ),
        // Tools for the store: a synthetic journal generator / verifier (scripts/bench)
        // and a concurrent appender used by the store's tests.
        .executableTarget(name: "journal-synth", dependencies: ["PostmortemCore", "PostmortemStore"]),
        .executableTarget(name: "journal-stress", dependencies: ["PostmortemCore", "PostmortemStore"]),
        .testTarget(name: "PostmortemCoreTests", dependencies: ["PostmortemCore"]),
        .testTarget(name: "PostmortemStoreTests", dependencies: ["PostmortemStore", "PostmortemCore"]),
        .testTarget(name: "PostmortemREPLTests", dependencies: ["PostmortemREPL", "PostmortemCore", "PostmortemStore"]),
        .testTarget(name: "PostmortemCLITests", dependencies: ["PostmortemCore", "PostmortemStore", "PostmortemTranscripts"]),
    ]
)
