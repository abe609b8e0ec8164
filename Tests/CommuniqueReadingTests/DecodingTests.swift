@testable import CommuniqueReading
import CommuniqueTestSupport
import Foundation
import Testing

/// Bytes to text before anything parses them: BOMs, UTF-16, the legacy
/// single-byte encodings of Arabic and Western European news sites, HTML
/// charset declarations, and damaged UTF-8.
@Suite("decoding")
struct DecodingTests {
    static let french = "Le ministre de l'Intérieur a reçu à Genève son homologue suisse ; ils ont évoqué la coopération policière et les contrôles aux frontières."
    static let german = "Der Innenminister traf am Dienstag in München seinen österreichischen Amtskollegen; beide sprachen über Grenzkontrollen und Schleuser."
    static let arabic = "استقبل وزير الداخلية، صباح اليوم بالرباط، نظيره التونسي وتباحثا في سبل تعزيز التعاون الأمني بين البلدين."
    static let persian = "وزیر کشور امروز در تهران با همتای عراقی خود دیدار کرد و دو طرف درباره امنیت مرزها گفت‌وگو کردند."

    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let encoding: ByteDecoder.Encoding
        let text: String
        let language: String
        var testDescription: String { file }
    }

    static let cases = [
        Case(file: "utf8.txt", encoding: .utf8, text: french, language: "fr"),
        Case(file: "utf8-bom.txt", encoding: .utf8, text: arabic, language: "ar"),
        Case(file: "utf16le-bom.txt", encoding: .utf16LE, text: persian, language: "fa"),
        Case(file: "utf16be-bom.txt", encoding: .utf16BE, text: german, language: "de"),
        Case(file: "windows-1256-ar.txt", encoding: .windows1256, text: arabic, language: "ar"),
        Case(file: "windows-1252-fr.txt", encoding: .windows1252, text: "« " + french + " » – fin", language: "fr"),
        Case(file: "iso-8859-1-de.txt", encoding: .windows1252, text: german, language: "de"),
    ]

    @Test("each fixture decodes to the exact text, and reads as an article in its language", arguments: cases)
    func fixture(_ expected: Case) throws {
        let path = Reading.fixtures + "/encodings/" + expected.file
        let decoded = try ByteDecoder.decode(try Reading.bytes(path))
        #expect(decoded.encoding == expected.encoding)
        #expect(decoded.replaced == 0)
        #expect(decoded.text.trimmingCharacters(in: .newlines) == expected.text)
        #expect(!decoded.text.hasPrefix("\u{FEFF}"))
        let result = try Reading.read(path)
        #expect(result.issues.isEmpty, "\(result.issues)")
        let article = try #require(result.articles.first)
        #expect(article.language == expected.language)
        #expect(article.paragraphs.map(\.text) == [expected.text])
    }

    @Test("invalid bytes become U+FFFD, are counted and reported; the rest stays UTF-8")
    func invalidBytes() throws {
        let path = Reading.fixtures + "/encodings/invalid-utf8.txt"
        let decoded = try ByteDecoder.decode(try Reading.bytes(path))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.replaced == 3)
        #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 3)
        #expect(decoded.text.contains("coopération policière"))
        let result = try Reading.read(path)
        #expect(result.articles.count == 1)
        #expect(result.repaired.count == 1)
        #expect(result.repaired.first?.description.contains("3 undecodable") == true)
        #expect(result.skipped.isEmpty)
    }

    @Test("a truncated UTF-8 sequence at the end is one replacement")
    func truncatedSequence() throws {
        var bytes = Array("Réunion à Tunis".utf8)
        bytes += [0xD8]  // the first byte of an Arabic letter
        let decoded = try ByteDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.replaced == 1)
        #expect(decoded.text == "Réunion à Tunis\u{FFFD}")
    }

    @Test("UTF-16 with an odd byte count keeps its text and counts the stray byte")
    func oddUTF16() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Rabat".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x41]
        let decoded = try ByteDecoder.decode(bytes)
        #expect(decoded.encoding == .utf16LE)
        #expect(decoded.text.hasPrefix("Rabat"))
        #expect(decoded.replaced == 1)
    }

    @Test("the windows-1256 and windows-1252 tables agree with Python's codecs for every byte")
    func tablesMatchPython() throws {
        for (encoding, codec) in [(ByteDecoder.Encoding.windows1256, "cp1256"), (.windows1252, "cp1252")] {
            let ours = ByteDecoder.decodeSingleByte(Array(0x80...0xFF), encoding).text.unicodeScalars.map { $0.value }
            let program = """
            import sys
            out = []
            for b in range(0x80, 0x100):
                try: out.append(ord(bytes([b]).decode(sys.argv[1])))
                except UnicodeDecodeError: out.append(0xFFFD)
            print(" ".join(map(str, out)))
            """
            let python = try ExternalTool.python(program, [codec])
            #expect(python.status == 0, "\(python.stderr)")
            let theirs = python.stdout.split(separator: " ").compactMap { UInt32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            #expect(ours == theirs, "\(codec)")
        }
    }

    @Test("an HTML charset declaration decides a legacy encoding; valid UTF-8 wins over a wrong declaration")
    func htmlDeclarations() throws {
        let arabic = try Reading.bytes(Reading.fixtures + "/html/windows-1256-ar.html")
        #expect(ByteDecoder.htmlCharset(arabic) == "windows-1256")
        #expect(try ByteDecoder.decode(arabic, sniffHTML: true).encoding == .windows1256)
        let latin = try Reading.bytes(Reading.fixtures + "/html/latin1-meta-charset.htm")
        #expect(ByteDecoder.htmlCharset(latin) == "iso-8859-1")
        let decoded = try ByteDecoder.decode(latin, sniffHTML: true)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text.contains("Réunion des ministres à Genève"))
        let mislabelled = Array("<meta charset=\"windows-1252\"><p>Réunion à Genève</p>".utf8)
        #expect(try ByteDecoder.decode(mislabelled, sniffHTML: true).text.contains("Réunion à Genève"))
    }

    @Test("without a declaration, legacy Arabic and Latin bytes are told apart")
    func sniffLegacy() throws {
        let arabic = try Reading.bytes(Reading.fixtures + "/encodings/windows-1256-ar.txt")
        #expect(try ByteDecoder.decode(arabic).encoding == .windows1256)
        let french = try Reading.bytes(Reading.fixtures + "/encodings/windows-1252-fr.txt")
        #expect(try ByteDecoder.decode(french).encoding == .windows1252)
    }

    @Test("binary data is refused, text with a few control characters is not")
    func binary() throws {
        #expect(throws: ByteDecoder.BinaryInput.self) { try ByteDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) }
        #expect(throws: ByteDecoder.BinaryInput.self) { try ByteDecoder.decode(Array("%PDF-1.7\n".utf8) + [0, 1, 2, 3, 0xFF, 0]) }
        let text = try ByteDecoder.decode(Array("Rabat\u{0C}\nLe ministre a reçu son homologue.\u{0B}\n".utf8))
        #expect(text.encoding == .utf8)
    }
}
