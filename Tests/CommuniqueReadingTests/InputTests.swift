import CommuniqueReading
import CommuniqueTestSupport
import Foundation
import Testing

/// What inputs the reader takes: files by extension or sniffed, folders
/// walked recursively in a fixed order, standard input; unknown and binary
/// files skipped with a one-line reason.
@Suite("inputs")
struct InputTests {
    static let story = "Le ministre de l'Intérieur a reçu son homologue à Rabat pour parler de sécurité et de migration entre les deux pays.\n"

    /// A folder tree: nested folders, a hidden file and folder, an unknown extension, a binary file.
    func tree() throws -> String {
        let root = try TestPaths.temporaryDirectory("tree")
        let manager = FileManager.default
        for folder in ["b/inner", "a", ".hidden", "c"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        try Reading.write(Self.story, to: root + "/b/inner/z.txt")
        try Reading.write(Self.story, to: root + "/b/y.txt")
        try Reading.write("<html><body><p>\(Self.story)</p></body></html>", to: root + "/a/x.html")
        try Reading.write("<p>\(Self.story)</p>", to: root + "/a/w.HTM")
        try Reading.write("{\"id\": \"r1\", \"text\": \"\(Self.story.trimmingCharacters(in: .newlines))\"}\n", to: root + "/c/feed.jsonl")
        try Reading.write(Self.story, to: root + "/.hidden/secret.txt")
        try Reading.write(Self.story, to: root + "/.dotfile.txt")
        try Reading.write("# notes", to: root + "/README.md")
        try Reading.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], to: root + "/photo.png")
        try Reading.write([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10] + Array(repeating: 0, count: 100), to: root + "/a/corrupt.txt")
        return root
    }

    @Test("folders are walked recursively, sorted, hidden entries left out")
    func walk() throws {
        let root = try tree()
        let files = try InputCollector.collect([root])
        #expect(files.map(\.relativePath) == ["README.md", "a/corrupt.txt", "a/w.HTM", "a/x.html", "b/inner/z.txt", "b/y.txt",
                                              "c/feed.jsonl", "photo.png"])
        #expect(files.map(\.format) == [.unsupported, .text, .html, .html, .text, .text, .jsonLines, .unsupported])
    }

    @Test("every readable file becomes an article; the others are skipped, each with one reason")
    func readTree() throws {
        let result = try Reading.read(try tree())
        #expect(result.articles.map(\.identifier) == ["w.HTM", "x.html", "z.txt", "y.txt", "r1"])
        #expect(result.articles.allSatisfy { $0.language == "fr" })
        #expect(result.articles.map(\.path) == ["a/w.HTM", "a/x.html", "b/inner/z.txt", "b/y.txt", "c/feed.jsonl"])
        let skipped = result.skipped.map(\.description).sorted()
        #expect(skipped == ["README.md: not a .txt, .html/.htm or .jsonl file", "a/corrupt.txt: looks like binary data, not text",
                            "photo.png: not a .txt, .html/.htm or .jsonl file"])
        #expect(result.skipped.allSatisfy { !$0.description.contains("\n") })
    }

    @Test("a file named directly is sniffed: HTML, text or JSON Lines whatever its name")
    func namedFile() throws {
        let folder = try TestPaths.temporaryDirectory("named")
        try Reading.write("<!DOCTYPE html><html><body><p>\(Self.story)</p></body></html>", to: folder + "/page")
        try Reading.write(Self.story, to: folder + "/story.dat")
        let html = try #require(try Reading.read(folder + "/page").articles.first)
        #expect(!html.allText.contains("<p>"))
        #expect(try Reading.read(folder + "/story.dat").articles.count == 1)
        #expect(throws: InputCollector.Missing.self) { try InputCollector.collect([folder + "/missing.txt"]) }
    }

    @Test("a file over the size limit is skipped with its size")
    func tooLarge() throws {
        let folder = try TestPaths.temporaryDirectory("limit")
        try Reading.write(String(repeating: Self.story, count: 20_000), to: folder + "/big.txt")
        let result = try Reading.read([folder], maxFileBytes: 1 << 20)
        #expect(result.articles.isEmpty)
        #expect(result.skipped.map(\.message) == ["larger than the 1 MiB limit (2 MiB)"])
    }

    @Test("`-` reads standard input, text or JSON Lines, through the real binary")
    func standardInput() throws {
        let out = try TestPaths.temporaryDirectory("stdin")
        let text = try CommuniqueBinary.run(["export", "-", "--output", out, "--format", "ntriples"], input: Data(Self.story.utf8))
        #expect(text.status == 0, "\(text.stderr)")
        let triples = try String(contentsOfFile: out + "/graph.nt", encoding: .utf8)
        #expect(triples.contains("\"stdin\""))
        let lines = "{\"id\": \"in-1\", \"text\": \"\(Self.story.trimmingCharacters(in: .newlines))\"}\n{\"id\": \"in-2\", \"text\": \"The minister met his counterpart in Rabat to discuss border security and migration.\"}\n"
        let jsonl = try CommuniqueBinary.run(["export", "-", "--output", out, "--format", "ntriples"], input: Data(lines.utf8))
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        let feed = try String(contentsOfFile: out + "/graph.nt", encoding: .utf8)
        #expect(feed.contains("\"in-1\"") && feed.contains("\"in-2\""))
    }
}
