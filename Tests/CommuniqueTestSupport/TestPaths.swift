import Foundation

/// Where the repository, its fixtures and the shared material are.
public enum TestPaths {
    /// The repository root (found from this file's path).
    public static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var fixtures: String { repository + "/Tests/Fixtures" }

    /// `../shared` next to the repository (seeds, scorer, schemas).
    public static var shared: String { (repository as NSString).deletingLastPathComponent + "/shared" }

    public static var seeds: String { shared + "/corpus/seeds" }
    public static var graphMLSchema: String { shared + "/schemas/graphml/graphml.xsd" }

    /// A new empty temporary folder.
    public static func temporaryDirectory(_ name: String = "communique-test") throws -> String {
        let path = NSTemporaryDirectory() + name + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
