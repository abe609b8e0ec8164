import CommuniqueGraph
import CommuniqueTestSupport
import Foundation
import Testing

/// IRIs are valid whatever they are made from: what an IRI cannot hold is
/// percent-encoded, the rest is left alone, and the strictest consumers take
/// every result.
@Suite("IRIs")
struct IRITests {
    /// Raw text → the IRI it must become.
    static let repairCases: [(String, String)] = [
        ("http://example.org/with space", "http://example.org/with%20space"),
        ("http://example.org/a\"b<c>d", "http://example.org/a%22b%3Cc%3Ed"),
        ("http://example.org/{x}|y^z`w\\v", "http://example.org/%7Bx%7D%7Cy%5Ez%60w%5Cv"),
        ("http://example.org/tab\tnl\ncr\r", "http://example.org/tab%09nl%0Acr%0D"),
        ("http://example.org/nul\u{0}del\u{7F}", "http://example.org/nul%00del%7F"),
        ("http://example.org/c1\u{85}", "http://example.org/c1%C2%85"),
        ("http://example.org/nbsp\u{A0}x", "http://example.org/nbsp%C2%A0x"),
        ("http://example.org/ls\u{2028}ps\u{2029}", "http://example.org/ls%E2%80%A8ps%E2%80%A9"),
        ("http://example.org/rlm\u{200F}lre\u{202A}", "http://example.org/rlm%E2%80%8Flre%E2%80%AA"),
        ("http://example.org/bom\u{FEFF}", "http://example.org/bom%EF%BB%BF"),
        ("http://example.org/private\u{E000}", "http://example.org/private%EE%80%80"),
        ("http://example.org/nonchar" + String(Unicode.Scalar(0xFDD0)!) + "\u{FFFE}",
         "http://example.org/nonchar%EF%B7%90%EF%BF%BE"),
        ("http://example.org/plane\u{1FFFF}", "http://example.org/plane%F0%9F%BF%BF"),
        ("http://example.org/replacement\u{FFFD}", "http://example.org/replacement%EF%BF%BD"),
        ("http://example.org/100%", "http://example.org/100%25"),
        ("http://example.org/a%zz%4", "http://example.org/a%25zz%254"),
        ("http://example.org/page#part#sub", "http://example.org/page#part%23sub"),
        ("http://example.org/list[1]?q[]=2", "http://example.org/list%5B1%5D?q%5B%5D=2"),
        ("http://[2001:db8::1]/a[b]", "http://[2001:db8::1]/a%5Bb%5D"),
    ]

    /// Already valid: must come out unchanged.
    static let untouchedCases = [
        "https://w3id.org/communique/id/person/abdelouafi-laftit",
        "http://example.org/search?q=a&b=%C3%A9&n=42",
        "http://example.org/%7e%2F",
        "http://example.org/مدينة/الرباط",
        "http://example.org/lieu/Hoceïma#centre-2",
        "http://example.org/نخست\u{200C}وزیر",
        "http://example.org/🇲🇦",
        "http://example.org/a'b(c)*!$,;=:@~",
        "http://user:pw@example.org:8080/",
        "http://[::1]/a",
        "urn:isbn:9780000000000",
        "mailto:someone@example.org",
        "tag:example.org,2024:x",
        "http://example.org/#",
    ]

    @Test("what an IRI cannot hold is percent-encoded as UTF-8", arguments: repairCases.indices)
    func repairs(index: Int) {
        let (raw, expected) = IRITests.repairCases[index]
        #expect(IRI(raw).value == expected)
    }

    @Test("valid IRIs are left as they are", arguments: untouchedCases)
    func untouched(value: String) {
        #expect(IRI(value).value == value)
    }

    @Test("encoding is idempotent")
    func idempotent() {
        for raw in IRITests.repairCases.map(\.0) + IRITests.untouchedCases {
            let once = IRI(raw)
            #expect(IRI(once.value) == once, "\(raw)")
        }
    }

    @Test("IRIs are compared by code points: canonically equivalent IRIs stay two IRIs")
    func codePointEquality() {
        let grave = IRI("http://example.org/a\u{300}")   // combining grave accent
        let tone = IRI("http://example.org/a\u{340}")    // combining grave tone mark, NFC of which is U+0300
        #expect(grave != tone)
        #expect(Set([grave, tone]).count == 2)
        var graph = Graph()
        graph.add(grave, Vocabulary.RDFS.label, Literal("x"))
        graph.add(tone, Vocabulary.RDFS.label, Literal("x"))
        #expect(graph.subjectCount == 2)
        #expect(IRI("http://example.org/é") == IRI("http://example.org/é"))
    }

    @Test("the local name is what follows the last / or #")
    func localName() {
        #expect(IRI("https://w3id.org/communique/ontology#participant").localName == "participant")
        #expect(IRI("https://w3id.org/communique/topic/border-control").localName == "border-control")
        #expect(IRI("http://example.org/ns/").localName == "")
        #expect(IRI("urn:example:motto").localName == "urn:example:motto")
    }

    @Test("rapper, rdflib and pyoxigraph accept every IRI made from awkward text")
    func consumersAcceptEveryIRI() throws {
        let iris = (IRITests.repairCases.map(\.0) + IRITests.untouchedCases).map(IRI.init)
        let lines = iris.map { "<\($0.value)> <http://example.org/p> \"x\" ." }
        let report = try IRIConsumers.check(ntriples: lines.joined(separator: "\n") + "\n", expected: iris.map(\.value))
        #expect(report.problems.isEmpty, "\(report.problems.joined(separator: "\n"))")
        #expect(report.checked == 3)
    }
}

/// Parses N-Triples with rapper, rdflib and pyoxigraph and reports which
/// refused it or read other subjects than `expected`.
enum IRIConsumers {
    struct Report: Decodable {
        var checked: Int
        var problems: [String]
    }

    static let program = """
    import json, subprocess, sys, warnings, logging
    import rdflib, pyoxigraph
    logging.disable(logging.CRITICAL)
    path, expected = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
    data = open(path, "rb").read()
    problems, checked = [], 0
    def compare(name, subjects):
        missing = sorted(set(expected) - set(subjects))
        extra = sorted(set(subjects) - set(expected))
        if missing or extra:
            problems.append("%s read other subjects: missing %r, extra %r" % (name, missing[:5], extra[:5]))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            g = rdflib.Graph(); g.parse(data=data, format="nt")
        compare("rdflib", [str(s) for s in g.subjects()]); checked += 1
    except Exception as error:
        problems.append("rdflib: %s" % str(error)[:500])
    try:
        quads = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES))
        compare("pyoxigraph", [q.subject.value for q in quads]); checked += 1
    except Exception as error:
        problems.append("pyoxigraph: %s" % str(error)[:500])
    run = subprocess.run(["rapper", "-i", "ntriples", "-o", "ntriples", path], capture_output=True)
    if run.returncode != 0 or b"Warning" in run.stderr or b"Error" in run.stderr:
        problems.append("rapper: exit %d %s" % (run.returncode, run.stderr.decode("utf-8", "replace")[:500]))
    else:
        r = rdflib.Graph(); r.parse(data=run.stdout, format="nt")
        compare("rapper", [str(s) for s in r.subjects()]); checked += 1
    json.dump({"checked": checked, "problems": problems}, sys.stdout)
    """

    static func check(ntriples: String, expected: [String]) throws -> Report {
        let directory = try TestPaths.temporaryDirectory("iris")
        let data = directory + "/data.nt"
        let list = directory + "/expected.json"
        try ntriples.write(toFile: data, atomically: true, encoding: .utf8)
        try JSONSerialization.data(withJSONObject: expected).write(to: URL(fileURLWithPath: list))
        let output = try ExternalTool.python(program, [data, list])
        guard output.status == 0 else {
            Issue.record("python3 exited \(output.status): \(output.stderr.suffix(2000))")
            return Report(checked: 0, problems: ["the check did not run"])
        }
        return try JSONDecoder().decode(Report.self, from: Data(output.stdout.utf8))
    }
}
