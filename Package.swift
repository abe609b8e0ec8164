// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Communique",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "communique", targets: ["communique"]),
        .executable(name: "communique-corpus", targets: ["communique-corpus"]),
        .library(name: "Communique", targets: ["Communique"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // RDF terms, triples, the in-memory graph and IRI minting.
        .target(name: "CommuniqueGraph"),
        // Streaming, deterministic serialisers: RDF/XML, N-Triples, Turtle, GraphML, DOT.
        .target(name: "CommuniqueWriters", dependencies: ["CommuniqueGraph"]),
        // libxml2 behind a small Swift surface: HTML parsing, well-formedness and XSD checks.
        .target(name: "CommuniqueXML", dependencies: ["CLibXML2"]),
        // Script-aware text handling: matching normalization, tokens, sentences, calendar dates.
        .target(name: "CommuniqueText"),
        // The linguistic data files (languages, countries, places, known actors) and their matchers.
        .target(
            name: "CommuniqueLexicon",
            dependencies: ["CommuniqueText"],
            resources: [.copy("Lexicon")]
        ),
        // Articles from files: decoding, HTML/text/JSONL, boilerplate, language, datelines.
        .target(name: "CommuniqueReading", dependencies: ["CommuniqueXML", "CommuniqueText", "CommuniqueLexicon"]),
        // Mentions and facts found in one article.
        .target(
            name: "CommuniqueExtraction",
            dependencies: ["CommuniqueReading", "CommuniqueLexicon", "CommuniqueText"]
        ),
        // Cross-article resolution into one graph.
        .target(
            name: "CommuniqueResolution",
            dependencies: ["CommuniqueExtraction", "CommuniqueGraph"]
        ),
        // The jobs behind the command line: export, merge, validate.
        .target(
            name: "Communique",
            dependencies: [
                "CommuniqueReading", "CommuniqueExtraction", "CommuniqueResolution",
                "CommuniqueGraph", "CommuniqueWriters", "CommuniqueXML",
            ],
            resources: [.copy("SampleCorpus")]
        ),
        // The fuzz target of the readers (see fuzz/run); in an ordinary build, a replayer of its inputs.
        .executableTarget(
            name: "CommuniqueFuzz",
            dependencies: ["CommuniqueReading", "CommuniqueLexicon", "CommuniqueText", "CommuniqueXML"]
        ),
        .executableTarget(
            name: "communique",
            dependencies: [
                "Communique",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Synthetic multilingual news corpora for benchmarks and scale tests (own templates and world).
        .target(name: "CommuniqueCorpus", resources: [.copy("Templates")]),
        .executableTarget(
            name: "communique-corpus",
            dependencies: [
                "CommuniqueCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writer throughput on a synthetic graph, and the xmlTextWriter alternative (Benchmarks/run calls it).
        .executableTarget(
            name: "communique-benchmark",
            dependencies: ["CommuniqueGraph", "CommuniqueWriters", "CLibXML2"],
            path: "Benchmarks/Sources/communique-benchmark"
        ),
        // Helpers shared by the test targets: running the real consumers (rapper, rdflib, ...).
        .target(name: "CommuniqueTestSupport", path: "Tests/CommuniqueTestSupport"),
        .testTarget(
            name: "CommuniqueGraphTests",
            dependencies: ["CommuniqueGraph", "CommuniqueTestSupport"]
        ),
        .testTarget(
            name: "CommuniqueWritersTests",
            dependencies: ["CommuniqueWriters", "CommuniqueGraph", "CommuniqueXML", "CommuniqueTestSupport"]
        ),
        .testTarget(
            name: "CommuniqueReadingTests",
            dependencies: ["CommuniqueReading", "CommuniqueLexicon", "CommuniqueText", "CommuniqueXML", "CommuniqueTestSupport"]
        ),
        .testTarget(
            name: "CommuniqueExtractionTests",
            dependencies: ["CommuniqueExtraction", "CommuniqueReading", "CommuniqueLexicon", "CommuniqueText",
                           "CommuniqueResolution", "CommuniqueGraph", "CommuniqueTestSupport"]
        ),
        .testTarget(
            name: "CommuniqueScaleTests",
            dependencies: ["CommuniqueCorpus", "CommuniqueTestSupport"]
        ),
        .testTarget(
            name: "CommuniqueEndToEndTests",
            dependencies: ["Communique", "CommuniqueTestSupport"]
        ),
        // What users do with the graph: SPARQL examples in two engines, loading
        // recipes, the DOT picture, progress and report, explain, README commands.
        .testTarget(
            name: "CommuniqueUsageTests",
            dependencies: ["Communique", "CommuniqueWriters", "CommuniqueGraph", "CommuniqueTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
