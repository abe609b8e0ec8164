import CommuniqueCorpus
import CommuniqueTestSupport
import Foundation
import Testing

/// What a user running Communiqué on many cores or many machines relies on:
/// the files do not depend on the thread count, and shards merged (by hand
/// or on Apache Spark) give the very bytes of one run.
@Suite("parallel and distributed export", .serialized)
struct DistributedExportTests {
    /// A small synthetic corpus in all eight languages and three formats.
    static let corpus: String = {
        let folder = NSTemporaryDirectory() + "communique-scale-corpus-" + UUID().uuidString
        _ = try! CorpusWriter(parameters: CorpusParameters(articles: 60, seed: 11)).write(to: folder)
        return folder
    }()

    static let names = ["graph.rdf", "graph.graphml", "graph.nt"]

    func export(_ arguments: [String]) throws -> String {
        let directory = try TestPaths.temporaryDirectory("scale-export")
        let run = try CommuniqueBinary.run(["export", DistributedExportTests.corpus, "--output", directory, "--quiet",
                                            "--format", "rdfxml,graphml,ntriples"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return directory
    }

    func expectSame(_ first: String, _ second: String) throws {
        for name in DistributedExportTests.names {
            let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + name))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + name))
            #expect(a == b, "\(name) differs between \(first) and \(second)")
        }
    }

    @Test("--jobs 1 and --jobs 2 write byte-identical files, and the graph is not empty")
    func threads() throws {
        let one = try export(["--jobs", "1"]), two = try export(["--jobs", "2"])
        try expectSame(one, two)
        let triples = try String(contentsOfFile: one + "/graph.nt", encoding: .utf8)
        #expect(triples.contains("ontology#Meeting>"))
        #expect(triples.contains("ontology#Minister>"))
    }

    @Test("--shard K/4 and merge give the files of one run")
    func shards() throws {
        let single = try export([])
        let parts = try TestPaths.temporaryDirectory("scale-parts")
        for index in 1...4 {
            let run = try CommuniqueBinary.run(["export", DistributedExportTests.corpus, "--shard", "\(index)/4",
                                                "--output", parts, "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: parts).filter { $0.hasSuffix(".cqpart") }.sorted()
        #expect(names.count == 4)
        let merged = try TestPaths.temporaryDirectory("scale-merged")
        let run = try CommuniqueBinary.run(["merge"] + names.map { parts + "/" + $0 }
                                           + ["--output", merged, "--quiet", "--format", "rdfxml,graphml,ntriples"])
        #expect(run.status == 0, "\(run.stderr)")
        try expectSame(single, merged)
    }

    /// Fails (never skips) when Spark cannot run, saying why: scripts/test installs pyspark.
    @Test("scale/spark_export.py on Spark (local mode, 3 partitions) gives the files of one run")
    func spark() throws {
        let probe = try ExternalTool.run(["python3", "-c", "import pyspark; print(pyspark.__version__)"])
        guard probe.status == 0 else {
            Issue.record("pyspark cannot be imported, so the Spark run was not tried (scripts/test runs `pip install pyspark`): \(probe.stderr)")
            return
        }
        let java = try ExternalTool.run(["sh", "-c", "java -version 2>&1"])
        guard java.status == 0 else {
            Issue.record("Spark needs a Java runtime (17 or newer) and `java` is not on PATH: \(java.stdout)")
            return
        }
        let single = try export([])
        let output = try TestPaths.temporaryDirectory("scale-spark")
        let run = try ExternalTool.run(["python3", TestPaths.repository + "/scale/spark_export.py", DistributedExportTests.corpus,
                                        "--output", output, "--partitions", "3", "--binary", CommuniqueBinary.path,
                                        "--format", "rdfxml,graphml,ntriples"])
        #expect(run.status == 0, "spark_export.py failed: \(run.stdout)\n\(run.stderr.suffix(3000))")
        guard run.status == 0 else { return }
        try expectSame(single, output)
    }
}
