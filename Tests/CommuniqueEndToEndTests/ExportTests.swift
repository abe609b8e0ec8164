import CommuniqueTestSupport
import Foundation
import Testing

/// What a user sees of `communique export`: the files, their stability, the
/// exit status, and the quality of the graph on the seed and development
/// articles.
@Suite("communique export", .serialized)
struct ExportTests {
    func export(_ arguments: [String]) throws -> (directory: String, output: ExternalTool.Output) {
        let directory = try TestPaths.temporaryDirectory("export")
        let output = try CommuniqueBinary.run(["export"] + arguments + ["--output", directory])
        return (directory, output)
    }

    func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("the committed output/ is exactly what exporting the bundled sample gives")
    func committedOutputIsCurrent() throws {
        let (directory, output) = try export([])
        #expect(output.status == 0, "\(output.stderr)")
        for name in ["graph.rdf", "graph.graphml"] {
            let fresh = try bytes(directory + "/" + name)
            let committed = try bytes(TestPaths.repository + "/output/" + name)
            #expect(fresh == committed, "output/\(name) is stale: run `swift run communique export --output output`")
        }
    }

    @Test("inputs in another order, and any number of threads, give byte-identical files")
    func deterministic() throws {
        let dev = TestPaths.fixtures + "/dev-a/articles"
        let sample = TestPaths.repository + "/Sources/Communique/SampleCorpus"
        let (first, _) = try export([dev, sample, "--jobs", "1", "--format", "rdfxml,graphml,ntriples,turtle"])
        let (second, _) = try export([sample, dev, "--jobs", "2", "--format", "rdfxml,graphml,ntriples,turtle"])
        for name in ["graph.rdf", "graph.graphml", "graph.nt", "graph.ttl"] {
            #expect(try bytes(first + "/" + name) == bytes(second + "/" + name), "\(name) differs")
        }
    }

    @Test("shards merged give the same files as one run")
    func shardsAndMerge() throws {
        let dev = TestPaths.fixtures + "/dev-b/articles"
        let (single, _) = try export([dev])
        let parts = try TestPaths.temporaryDirectory("parts")
        for index in 1...3 {
            let run = try CommuniqueBinary.run(["export", dev, "--shard", "\(index)/3", "--output", parts, "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let merged = try TestPaths.temporaryDirectory("merged")
        let names = (try FileManager.default.contentsOfDirectory(atPath: parts)).filter { $0.hasSuffix(".cqpart") }.sorted()
        #expect(names.count == 3)
        let run = try CommuniqueBinary.run(["merge"] + names.map { parts + "/" + $0 } + ["--output", merged, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["graph.rdf", "graph.graphml"] {
            #expect(try bytes(single + "/" + name) == bytes(merged + "/" + name), "\(name) differs")
        }
    }

    @Test("exit status and one-line errors")
    func exitStatus() throws {
        let missing = try CommuniqueBinary.run(["export", "/nonexistent/place", "--output", NSTemporaryDirectory() + "x"])
        #expect(missing.status == 1)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        #expect(missing.stderr.contains("/nonexistent/place"))
        let usage = try CommuniqueBinary.run(["export", "--output", NSTemporaryDirectory() + "y", "--format", "pdf"])
        #expect(usage.status != 0)
        #expect(usage.stderr.contains("pdf"))
        let empty = try TestPaths.temporaryDirectory("empty")
        try Data().write(to: URL(fileURLWithPath: empty + "/nothing.txt"))
        let nothing = try CommuniqueBinary.run(["export", empty, "--output", empty + "/out"])
        #expect(nothing.status == 1)
        #expect(!FileManager.default.fileExists(atPath: empty + "/out/graph.rdf"))
    }

    @Test("the seed articles score at least 0.95 with no duplicates or conflations",
          .enabled(if: Scorer.isAvailable, "needs ../shared (seeds and scorer)"))
    func seedScore() throws {
        let (directory, output) = try export([TestPaths.seeds])
        #expect(output.status == 0)
        let score = try Scorer.score(directory: directory, gold: TestPaths.shared + "/eval/gold/seeds.json")
        #expect(score.overall >= 0.95, "\(score.report)")
        #expect(score.duplicates == 0, "\(score.report)")
        #expect(score.conflations == 0, "\(score.report)")
    }

    @Test("the project's own multilingual articles keep their scores",
          .enabled(if: Scorer.isAvailable, "needs ../shared (scorer)"),
          arguments: [("dev-a", 0.95), ("dev-b", 0.88), ("dev-c", 0.9), ("dev-d", 0.9), ("dev-e", 0.88), ("dev-f", 0.86), ("dev-g", 0.86)])
    func developmentScore(corpus: String, minimum: Double) throws {
        let (directory, output) = try export([TestPaths.fixtures + "/\(corpus)/articles"])
        #expect(output.status == 0)
        let score = try Scorer.score(directory: directory, gold: TestPaths.fixtures + "/\(corpus)/gold.json")
        #expect(score.overall >= minimum, "\(score.report)")
    }

    @Test("the bundled sample corpus scores against its own gold", .enabled(if: Scorer.isAvailable, "needs ../shared (scorer)"))
    func sampleScore() throws {
        let score = try Scorer.score(directory: TestPaths.repository + "/output", gold: TestPaths.fixtures + "/sample-gold.json")
        #expect(score.overall >= 0.9, "\(score.report)")
    }
}
