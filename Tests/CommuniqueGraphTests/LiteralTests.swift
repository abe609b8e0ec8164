import CommuniqueGraph
import CommuniqueTestSupport
import Foundation
import Testing

/// Literals: NFC text, one case for language tags, no tag a consumer would
/// refuse, no redundant datatype.
@Suite("literals")
struct LiteralTests {
    /// Tags RFC 5646 calls well-formed, as given and as stored.
    static let goodTags: [(String, String)] = [
        ("ar", "ar"), ("fa", "fa"), ("nl", "nl"), ("de", "de"), ("fr", "fr"), ("en", "en"), ("es", "es"), ("it", "it"),
        ("EN", "en"), ("en-GB", "en-gb"), ("sr-Latn", "sr-latn"), ("zh-Hant-TW", "zh-hant-tw"), ("es-419", "es-419"),
        ("ar-001", "ar-001"), ("de-CH-1901", "de-ch-1901"), ("sl-rozaj-biske", "sl-rozaj-biske"),
        ("zh-yue-HK", "zh-yue-hk"), ("en-a-bbb-x-a", "en-a-bbb-x-a"), ("x-private", "x-private"), ("qaa", "qaa"),
        ("en-GB-oed", "en-gb-oed"), ("i-klingon", "i-klingon"), ("abcdefgh", "abcdefgh"),
    ]

    /// Tags rdflib or pyoxigraph refuse, or that are not tags at all.
    static let badTags = [
        "", "a", "x", "i", "en-", "-en", "en--gb", "en_US", "en US", "en-a", "en-1", "fr-x", "en-us-us",
        "en-aaa-bbb-ccc-ddd", "de-de-x-abcdefghi", "abcdefghi", "ar-\u{0661}", "français", "12",
    ]

    @Test("well-formed tags are kept, lower-cased", arguments: goodTags.indices)
    func goodTag(index: Int) {
        let (tag, stored) = LiteralTests.goodTags[index]
        let literal = Literal("x", language: tag)
        #expect(literal.language == stored)
        #expect(literal.datatype == nil)
    }

    @Test("malformed tags are dropped: the literal becomes a plain string", arguments: badTags)
    func badTag(tag: String) {
        let literal = Literal("x", language: tag)
        #expect(literal.language == nil)
        #expect(literal.datatype == nil)
        #expect(!Literal.isWellFormedLanguageTag(tag))
    }

    @Test("pyoxigraph and rdflib accept every tag that is kept and refuse the dropped ones they see")
    func consumersAgree() throws {
        let kept = LiteralTests.goodTags.map(\.1)
        let dropped = ["a", "x", "i", "en-a", "en-1", "fr-x", "en-us-us", "en-aaa-bbb-ccc-ddd", "de-de-x-abcdefghi"]
        let program = """
        import json, sys, pyoxigraph, rdflib
        kept, dropped = json.loads(sys.argv[1]), json.loads(sys.argv[2])
        def oxigraph_takes(tag):
            data = ('<http://example.org/s> <http://example.org/p> "x"@%s .' % tag).encode()
            try:
                list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES)); return True
            except Exception:
                return False
        def rdflib_takes(tag):
            data = '<http://example.org/s> <http://example.org/p> "x"@%s .' % tag
            try:
                g = rdflib.Graph(); g.parse(data=data, format="nt"); return len(g) == 1
            except Exception:
                return False
        print(json.dumps({
            "refusedKept": [t for t in kept if not (oxigraph_takes(t) and rdflib_takes(t))],
            "takenDropped": [t for t in dropped if oxigraph_takes(t)],
        }))
        """
        let encode = { (list: [String]) in String(decoding: try! JSONSerialization.data(withJSONObject: list), as: UTF8.self) }
        let output = try ExternalTool.python(program, [encode(kept), encode(dropped)])
        try #require(output.status == 0, "\(output.stderr)")
        let result = try JSONDecoder().decode([String: [String]].self, from: Data(output.stdout.utf8))
        #expect(result["refusedKept"] == [], "tags the graph keeps but a consumer refuses")
        #expect(result["takenDropped"] == [], "tags pyoxigraph takes that the graph drops")
        for tag in dropped { #expect(!Literal.isWellFormedLanguageTag(tag), "\(tag)") }
    }

    @Test("text is stored in NFC, so composed and decomposed forms are one literal")
    func nfc() {
        let decomposed = Literal("Hoce\u{0069}\u{0308}ma e\u{0301}te\u{0301}", language: "fr")
        let composed = Literal("Hoceïma été", language: "fr")
        #expect(decomposed == composed)
        #expect(decomposed.lexicalForm.unicodeScalars.map(\.value) == composed.lexicalForm.unicodeScalars.map(\.value))
        let arabic = Literal("\u{0627}\u{0653}", language: "ar")  // alef + madda above → U+0622
        #expect(arabic.lexicalForm.unicodeScalars.map(\.value) == [0x0622])
        // NFC keeps what NFKC would fold: ligatures and ZWNJ stay.
        #expect(Literal("ﬁ").lexicalForm == "ﬁ")
        #expect(Literal("نخست\u{200C}وزیر").lexicalForm.unicodeScalars.contains("\u{200C}"))
    }

    @Test("a tag wins over a datatype; xsd:string and a bare rdf:langString are plain strings")
    func datatypes() {
        let date = Vocabulary.XSD.date
        #expect(Literal("2024-03-05", datatype: date).datatype == date)
        #expect(Literal("x", language: "fr", datatype: date).datatype == nil)
        #expect(Literal("x", language: "fr", datatype: date).language == "fr")
        #expect(Literal("x", datatype: Vocabulary.XSD.string) == Literal("x"))
        #expect(Literal("x", datatype: Vocabulary.RDF.langString) == Literal("x"))
        #expect(Literal("x", language: "bad tag", datatype: date).datatype == date)
    }

    @Test("literals sort by text, then tag (none first), then datatype, in code-point order")
    func order() {
        let literals = [Literal("b"), Literal("a", language: "fr"), Literal("a"), Literal("a", datatype: Vocabulary.XSD.date),
                        Literal("Z"), Literal("é"), Literal("a", language: "ar")]
        let sorted = literals.sorted()
        #expect(sorted.map(\.lexicalForm) == ["Z", "a", "a", "a", "a", "b", "é"])
        #expect(sorted[1] == Literal("a"))
        #expect(sorted[2].datatype == Vocabulary.XSD.date)
        #expect(sorted[3].language == "ar" && sorted[4].language == "fr")
    }
}
