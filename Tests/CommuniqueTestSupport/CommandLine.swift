import Foundation

/// The built `communique` executable, for tests of what the command line does.
public enum CommuniqueBinary {
    /// `$COMMUNIQUE_BIN`, else the debug build of this checkout.
    public static var path: String {
        if let path = ProcessInfo.processInfo.environment["COMMUNIQUE_BIN"] { return path }
        for candidate in [".build/debug/communique", ".build/release/communique"] {
            let path = TestPaths.repository + "/" + candidate
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return TestPaths.repository + "/.build/debug/communique"
    }

    @discardableResult
    public static func run(_ arguments: [String], input: Data? = nil) throws -> ExternalTool.Output {
        try ExternalTool.run([path] + arguments, input: input)
    }
}

/// Runs the acceptance scorer (`../shared/eval/score.py`) on an export.
public enum Scorer {
    public struct Result: Sendable {
        public let overall: Double
        public let duplicates: Int
        public let conflations: Int
        public let report: String
    }

    /// Scores `directory`/graph.rdf and graph.graphml against `gold`; the worst of the two.
    public static func score(directory: String, gold: String) throws -> Result {
        let json = NSTemporaryDirectory() + "score-" + UUID().uuidString + ".json"
        defer { try? FileManager.default.removeItem(atPath: json) }
        let output = try ExternalTool.run(["python3", TestPaths.shared + "/eval/score.py", "--gold", gold,
                                           "--rdf", directory + "/graph.rdf", "--graphml", directory + "/graph.graphml",
                                           "--json", json])
        let data = try Data(contentsOf: URL(fileURLWithPath: json))
        let reports = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] ?? [:]
        var overall = 1.0
        var duplicates = 0
        var conflations = 0
        for report in reports.values {
            overall = min(overall, report["overall"] as? Double ?? 0)
            duplicates = max(duplicates, report["duplicates"] as? Int ?? 0)
            conflations = max(conflations, report["conflations"] as? Int ?? 0)
        }
        return Result(overall: overall, duplicates: duplicates, conflations: conflations, report: output.stdout)
    }

    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: TestPaths.shared + "/eval/score.py")
    }
}
