import CommuniqueLexicon
import CommuniqueReading
import CommuniqueText
import CommuniqueXML
import Foundation

/// The fuzz target of the readers: the first byte of an input picks how the
/// rest is read (an HTML file, a text file, a JSON Lines record, a file of
/// unknown type), then the whole reading path runs — decoding, libxml2,
/// blocks, boilerplate, language, dates, story splitting — followed by the
/// tokenizer, the sentence segmenter and the normalization map on every
/// paragraph. Besides crashes, it traps when an invariant breaks: no empty
/// paragraph, no character XML cannot hold, unique identifiers, token and
/// sentence ranges inside their text.
///
/// Built with `fuzz/run` (libFuzzer and AddressSanitizer, `-DFUZZING`); the
/// ordinary build makes a replayer instead: `communique-fuzz FILE...` runs the
/// target once on each file (a crash artefact, say).
enum ReadingFuzzTarget {
    static let reader = ArticleReader(lexicon: try! Lexicon.bundled.get())

    static func run(_ bytes: [UInt8]) {
        guard let mode = bytes.first else { return }
        let payload = Array(bytes.dropFirst())
        let (name, format): (String, InputFile.Format) = switch mode % 4 {
        case 0: ("page.html", .html)
        case 1: ("story.txt", .text)
        case 2: ("feed.jsonl", .jsonLines)
        default: ("input", .unknown)
        }
        let input = InputFile(path: name, relativePath: name, format: format)
        let document = RawDocument(input: input, payload: format == .jsonLines ? .jsonLine(payload, line: 1) : .file(payload))
        let output = reader.read(document)
        var identifiers = Set<String>()
        for article in output.articles {
            check(identifiers.insert(article.identifier).inserted, "duplicate identifier \(article.identifier)")
            check(!article.paragraphs.isEmpty, "an article without paragraphs")
            for paragraph in article.paragraphs {
                examine(paragraph.text)
            }
        }
        for issue in output.issues {
            check(!issue.description.contains("\n"), "a reason over several lines")
        }
        if mode % 4 == 0 {
            // the HTML layer on its own, on text that was never decoded by us
            let text = String(decoding: payload, as: UTF8.self)
            if let page = try? HTMLPage(html: text) {
                for block in page.blocks { examine(block.text) }
            }
        }
    }

    static func examine(_ text: String) {
        check(!text.isEmpty, "an empty paragraph")
        for scalar in text.unicodeScalars {
            let value = scalar.value
            check(!(value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) && value != 0xFFFE && value != 0xFFFF,
                  "U+\(String(value, radix: 16)) in a paragraph")
        }
        let tokens = Tokenizer.tokenize(text)
        let size = text.utf8.count
        var previous = 0
        for token in tokens {
            check(token.range.lowerBound >= previous && token.range.upperBound <= size && !token.range.isEmpty, "a token outside its text")
            previous = token.range.upperBound
            _ = token.text(in: text)
        }
        var covered = 0
        for sentence in SentenceSegmenter.sentences(tokens, in: text) {
            check(sentence.lowerBound == covered && !sentence.isEmpty, "sentences do not tile the tokens")
            covered = sentence.upperBound
        }
        check(covered == tokens.count, "sentences do not cover the tokens")
        let normalized = NormalizedText(text)
        let length = normalized.normalized.utf8.count
        if length > 0 {
            _ = normalized.originalSpan(0..<length)
            _ = normalized.originalSpan((length / 2)..<length)
        }
        check(MatchNormalizer.normalize(normalized.normalized) == normalized.normalized, "normalization is not stable")
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(message())") }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    ReadingFuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    LibXML.initialize()
    _ = ReadingFuzzTarget.reader
    return 0
}
#else
@main
struct ReadingFuzzReplay {
    static func main() throws {
        LibXML.initialize()
        for path in CommandLine.arguments.dropFirst() {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            ReadingFuzzTarget.run(bytes)
            print("\(path): ok")
        }
    }
}
#endif
