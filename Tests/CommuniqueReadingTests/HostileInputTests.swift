@testable import CommuniqueReading
import CommuniqueTestSupport
import CommuniqueXML
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Inputs made to hurt: empty, huge, binary, broken encodings, entity bombs
/// and external entities, absurd nesting, broken JSON Lines. Nothing crashes
/// or hangs; every skip has a reason; the command line exits 0 when anything
/// was exported and 1 when nothing could be read. The big files are made in a
/// temporary folder, never committed.
@Suite("hostile input", .serialized)
struct HostileInputTests {
    static let sentence = "Le ministre de l'Intérieur a reçu son homologue à Rabat pour parler de sécurité et de migration entre les deux pays."

    /// Deterministic pseudo-random bytes (xorshift), so a failure can be
    /// replayed; a large count repeats a 64 KiB block.
    static func junk(_ count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> [UInt8] {
        var state = seed
        var block = [UInt8](repeating: 0, count: min(count, 64 << 10))
        for index in block.indices {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            block[index] = UInt8(truncatingIfNeeded: state)
        }
        var bytes = block
        bytes.reserveCapacity(count)
        while bytes.count < count { bytes += block.prefix(count - bytes.count) }
        return bytes
    }

    /// A file of `size` bytes that takes no disk space (all zero bytes).
    static func sparseFile(_ path: String, size: Int) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }

    static func billionLaughs(port: Int) -> String {
        var entities = "<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "&lol;" : "&lol\(level - 1);"
            entities += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">\n"
        }
        entities += "<!ENTITY xxe SYSTEM \"http://127.0.0.1:\(port)/entity\">\n<!ENTITY passwd SYSTEM \"file:///etc/passwd\">\n"
        entities += "<!ENTITY % remote SYSTEM \"http://127.0.0.1:\(port)/remote.dtd\"> %remote;\n"
        return "<!DOCTYPE html PUBLIC \"-//X//DTD X//EN\" \"http://127.0.0.1:\(port)/x.dtd\" [\n\(entities)]>\n"
            + "<html><head><link rel=\"stylesheet\" href=\"http://127.0.0.1:\(port)/style.css\"></head><body>"
            + "<p>\(sentence) &lol9; &xxe; &passwd;</p><p>\(sentence)</p></body></html>"
    }

    /// A listening TCP socket on the loopback interface; `accepted` tells
    /// whether anything connected to it.
    final class Listener {
        let descriptor: Int32
        let port: Int

        init() throws {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw Failure("socket") }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
            guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw Failure("bind/listen") }
            _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            descriptor = fd
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        var accepted: Bool {
            let client = accept(descriptor, nil, nil)
            if client >= 0 { close(client) }
            return client >= 0
        }

        deinit { close(descriptor) }
    }

    // MARK: the library

    @Test("an empty file and a file of white space are skipped with a reason")
    func empty() {
        #expect(Reading.read(bytes: [], name: "zero.txt").issues.map(\.message) == ["empty file"])
        #expect(Reading.read(bytes: Array(" \n\n\t \r\n".utf8), name: "blank.txt").issues.map(\.message) == ["no text found"])
        #expect(Reading.read(bytes: Array("<html><body> </body></html>".utf8), name: "blank.html").issues.map(\.message) == ["no text found"])
        #expect(Reading.read(bytes: [], name: "zero.txt").articles.isEmpty)
    }

    @Test("binary junk is refused, whatever its name")
    func binary() {
        for name in ["junk.txt", "junk.html", "junk"] {
            let output = Reading.read(bytes: Self.junk(64 << 10), name: name)
            #expect(output.articles.isEmpty)
            #expect(output.issues.map(\.message) == ["looks like binary data, not text"], "\(name)")
        }
    }

    @Test("truncated UTF-8 keeps the text and counts the damage")
    func truncated() throws {
        var bytes = Array((Self.sentence + "\n\n" + Self.sentence).utf8)
        bytes.removeLast(2)  // cuts "s." ... and then a multi-byte character
        bytes += Array("é".utf8).prefix(1)
        let output = Reading.read(bytes: bytes, name: "cut.txt")
        #expect(output.articles.count == 1)
        #expect(output.issues.map(\.kind) == [.repaired])
        #expect(output.articles.first?.allText.hasSuffix("\u{FFFD}") == true)
    }

    @Test("UTF-16 with and without a BOM, NUL characters and all")
    func utf16() throws {
        let text = Self.sentence + "\u{0}\u{1}\n\n" + Self.sentence
        var little: [UInt8] = []
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for (bytes, name) in [(little, "le.txt"), (big, "be.html")] {
            let output = Reading.read(bytes: bytes, name: name)
            let article = try #require(output.articles.first, "\(name): \(output.issues)")
            #expect(article.language == "fr")
            #expect(!article.allText.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(name)")
            #expect(article.allText.contains("homologue à Rabat"))
        }
    }

    @Test("an entity bomb and external entities are neither expanded nor fetched")
    func entities() throws {
        let listener = try Listener()
        let html = Self.billionLaughs(port: listener.port)
        let output = Reading.read(text: html, name: "bomb.html")
        let article = try #require(output.articles.first, "\(output.issues)")
        let text = article.allText
        #expect(!text.contains("lollol"))
        #expect(!text.contains("ENTITY"))
        #expect(!text.contains("root:"))
        #expect(text.count < 1000)
        #expect(article.paragraphs(.body).count == 2)
        #expect(!listener.accepted, "the parser connected to the network")
        // the same page given to libxml2 directly
        let page = try HTMLPage(html: html)
        #expect(page.blocks.count == 2)
        #expect(!listener.accepted)
    }

    @Test("an unterminated DOCTYPE subset does not swallow the page")
    func unterminatedSubset() throws {
        let html = "<!DOCTYPE html [ <!ENTITY a \"x\">\n<html><body><p>\(Self.sentence)</p></body></html>"
        let page = try HTMLPage(html: html)
        #expect(page.blocks.map(\.text) == [Self.sentence])
        #expect(HTMLDocument.prepared("<!doctype html [<!ENTITY q \"]>\">]><p>x</p>") == Array("<!doctype html ><p>x</p>".utf8))
        #expect(HTMLDocument.prepared("a\u{0}b\u{B}c\u{FFFE}d\u{FFFF}\t\n") == Array("a b c d \t\n".utf8))
    }

    @Test("100,000 nested elements, closed or not, keep their text", arguments: [
        String(repeating: "<div>", count: 100_000) + "<p>\(sentence)</p>" + String(repeating: "</div>", count: 100_000),
        String(repeating: "<b>", count: 100_000) + sentence,
        String(repeating: "<table><tr><td>", count: 30_000) + sentence,
    ])
    func deepNesting(_ body: String) throws {
        let output = Reading.read(text: "<html><body>" + body + "</body></html>", name: "deep.html")
        let article = try #require(output.articles.first, "\(output.issues)")
        #expect(article.contentText.contains("homologue à Rabat"))
    }

    @Test("a 50 MB text file is read whole, as one article of long paragraphs")
    func fiftyMegabytes() throws {
        let folder = try TestPaths.temporaryDirectory("big")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // paragraphs of about 24 KB: a scrape that lost its line breaks
        let paragraph = String(repeating: Self.sentence + " ", count: 200) + "\n\n"
        let count = (50 << 20) / paragraph.utf8.count + 1
        try Reading.write(String(repeating: paragraph, count: count), to: folder + "/big.txt")
        let result = try Reading.read(folder)
        #expect(result.issues.isEmpty)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.paragraphs.count == count)
        #expect(result.articles.first?.language == "fr")
        #expect(result.articles.first?.paragraphs(.body).count == count)
    }

    @Test("a 50 MB line without a single break is read without trouble")
    func fiftyMegabyteLine() throws {
        let folder = try TestPaths.temporaryDirectory("line")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let chunk = "abc déf ghi "
        try Reading.write(String(repeating: chunk, count: (50 << 20) / chunk.utf8.count), to: folder + "/line.txt")
        let result = try Reading.read(folder)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.paragraphs.count == 1)
    }

    @Test("a JSON Lines file with one malformed line: that line is reported, the others are read")
    func malformedLine() throws {
        let folder = try TestPaths.temporaryDirectory("jsonl")
        var lines: [String] = []
        for index in 1...5 {
            lines.append("{\"id\": \"r\(index)\", \"text\": \"\(Self.sentence)\"}")
        }
        lines[2] = "{\"id\": \"r3\", \"text\": \"\(Self.sentence)\", "  // cut off
        try Reading.write(lines.joined(separator: "\n") + "\n", to: folder + "/feed.jsonl")
        let result = try Reading.read(folder)
        #expect(result.articles.map(\.identifier) == ["r1", "r2", "r4", "r5"])
        #expect(result.skipped.map(\.description) == ["feed.jsonl:3: not a valid JSON object, line skipped"])
    }

    // MARK: the command line

    /// A folder of every hostile input, `readable` adding one good article.
    func hostileFolder(readable: Bool) throws -> String {
        let folder = try TestPaths.temporaryDirectory("hostile")
        try Reading.write([], to: folder + "/zero.txt")
        try Reading.write(" \n\n ", to: folder + "/blank.txt")
        try Reading.write(Self.junk(4096), to: folder + "/junk.txt")
        try Reading.write(Self.junk(50 << 20, seed: 7), to: folder + "/junk-50mb.html")
        try Reading.write(String(repeating: "\n", count: 50 << 20), to: folder + "/newlines-50mb.txt")
        try Self.sparseFile(folder + "/over-limit.txt", size: 70 << 20)
        try Reading.write(Self.billionLaughs(port: 9).replacingOccurrences(of: Self.sentence, with: ""), to: folder + "/bomb.html")
        try Reading.write("{\"id\": \"x\", \"text\": \n[]\n", to: folder + "/broken.jsonl")
        try Reading.write("#!/bin/sh\necho hi\n", to: folder + "/script.sh")
        if readable {
            try Reading.write(Self.sentence + "\n\n" + Self.sentence, to: folder + "/good.txt")
            try Reading.write("<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>\(Self.sentence)</p></body></html>",
                              to: folder + "/deep.html")
        }
        return folder
    }

    @Test("the binary reads what it can, says what it skipped and why, and exits 0")
    func binarySomethingRead() throws {
        let folder = try hostileFolder(readable: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/out"
        let report = folder + "/report.json"
        let run = try CommuniqueBinary.run(["export", folder, "--output", out, "--format", "rdfxml,ntriples", "--report", report,
                                            "--verbose"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("read 2 articles"))
        #expect(run.stderr.contains("skipped 10: "))
        for reason in ["zero.txt: empty file", "blank.txt: no text found", "junk.txt: looks like binary data",
                       "junk-50mb.html: looks like binary data", "newlines-50mb.txt: no text found",
                       "over-limit.txt: larger than the 64 MiB limit", "broken.jsonl:1: not a valid JSON object",
                       "broken.jsonl:2: not a JSON object", "script.sh: not a .txt, .html/.htm or .jsonl file",
                       "bomb.html: no text found"] {
            #expect(run.stderr.contains("  " + reason), "\(reason) missing from the summary")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: report))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect((json?["skipped"] as? [String])?.count == 10)
        let rapper = try ExternalTool.run(["rapper", "-q", "-i", "rdfxml", "-c", out + "/graph.rdf"])
        #expect(rapper.status == 0, "\(rapper.stderr)")
        let triples = try String(contentsOfFile: out + "/graph.nt", encoding: .utf8)
        #expect(triples.contains("\"good.txt\"") && triples.contains("\"deep.html\""))
    }

    @Test("the binary exits 1 and writes nothing when nothing could be read")
    func binaryNothingRead() throws {
        let folder = try hostileFolder(readable: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/out"
        let run = try CommuniqueBinary.run(["export", folder, "--output", out])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("nothing could be read"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out + "/graph.rdf"))
        // standard input: binary junk, then nothing at all
        let junk = try CommuniqueBinary.run(["export", "-", "--output", out], input: Data(Self.junk(4096)))
        #expect(junk.status == 1)
        #expect(junk.stderr.contains("stdin: looks like binary data"))
        let nothing = try CommuniqueBinary.run(["export", "-", "--output", out], input: Data())
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("stdin: empty file"))
    }
}
