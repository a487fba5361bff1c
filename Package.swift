// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ladder",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ladder", targets: ["ladder"]),
        .library(name: "LadderCore", targets: ["LadderCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The domain, the JSON store and the rules of time. No terminal, no clock.
        .target(name: "LadderCore", dependencies: ["CMalloc"]),
        // The C library's malloc tuning (`LargePages`).
        .systemLibrary(name: "CMalloc"),
        // ncursesw as a system library, with a shim for what Swift cannot import.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The front end: a pure state-and-message model, and one thin layer over ncurses.
        .target(name: "LadderTUI", dependencies: ["LadderCore", "CNcursesw"]),
        .executableTarget(
            name: "ladder",
            dependencies: [
                "LadderCore",
                "LadderTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildInfo"]
        ),
        // `ladder --version` names the commit it was built from.
        .plugin(name: "BuildInfo", capability: .buildTool()),
        // What the test targets share: a seeded generator and the size of long runs.
        .target(name: "LadderTestSupport", dependencies: ["LadderCore"], path: "Tests/LadderTestSupport"),
        .testTarget(name: "LadderCoreTests", dependencies: ["LadderCore", "LadderTestSupport"], exclude: ["Mail/Corpus"]),
        .testTarget(name: "LadderTUITests", dependencies: ["LadderTUI", "LadderCore", "LadderTestSupport"], exclude: ["Views/Snapshots"]),
        // Runs the built `ladder` binary against temporary stores.
        .testTarget(name: "LadderEndToEndTests", dependencies: ["ladder", "LadderCore", "LadderTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
