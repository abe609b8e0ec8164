import CommuniqueGraph
import CommuniqueTestSupport
@testable import CommuniqueWriters
import Foundation
import Testing

/// `communique export --format dot`: Graphviz reads what we write, whatever
/// the labels hold, shows Latin and Arabic-script names as written, draws
/// each type its own way with a legend, and the picture in docs/ is current.
@Suite("DOT export")
struct DOTExportTests {
    /// The text lines of an SVG drawing, from Graphviz.
    func svgText(_ dotPath: String) throws -> [String] {
        let svg = try ExternalTool.run(["dot", "-Tsvg", dotPath])
        #expect(svg.status == 0, "dot -Tsvg failed: \(svg.stderr)")
        let program = """
        import sys, xml.etree.ElementTree as ET
        root = ET.fromstring(sys.stdin.buffer.read())
        for element in root.iter("{http://www.w3.org/2000/svg}text"):
            print((element.text or "").replace("\\n", "\\\\n"))
        """
        let texts = try ExternalTool.run(["python3", "-c", program], input: Data(svg.stdout.utf8))
        #expect(texts.status == 0, "\(texts.stderr)")
        return texts.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func exportDOT(_ extra: [String] = []) throws -> String {
        let directory = try TestPaths.temporaryDirectory("dot")
        let run = try CommuniqueBinary.run(["export", "--output", directory, "--format", "dot", "--quiet"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        return directory + "/graph.dot"
    }

    @Test("the sample export draws: Graphviz parses it, Latin and Arabic-script names and the legend are there")
    func sample() throws {
        let path = try exportDOT()
        let texts = try svgText(path)
        for expected in ["Abdelouafi Laftit", "عبد الوافي لفتيت", "Fernando Grande-Marlaska", "قاسم جبار العبیدی",
                         "Morocco (MA)", "Meeting", "Legend", "Minister", "participant", "country"] {
            #expect(texts.contains(expected), "no text \"\(expected)\" in the drawing")
        }
        let dot = try String(contentsOfFile: path, encoding: .utf8)
        #expect(dot.hasPrefix("digraph communique {"))
        #expect(dot.contains("subgraph cluster_legend"))
        // articles and topic concepts are folded into the labels, not drawn
        #expect(!dot.contains("shape=tab"))
        #expect(dot.contains("2 sources"))
    }

    @Test("the same inputs give the same bytes, whatever the number of threads")
    func deterministic() throws {
        let one = try Data(contentsOf: URL(fileURLWithPath: try exportDOT(["--jobs", "1"])))
        let two = try Data(contentsOf: URL(fileURLWithPath: try exportDOT(["--jobs", "2"])))
        #expect(one == two)
    }

    @Test("every type of node has its own shape and colour")
    func stylesDiffer() {
        let styles = DOTWriter.styles.map { "\($0.style.shape) \($0.style.fill) \($0.style.border) \($0.style.extra)" }
        #expect(Set(styles).count == styles.count)
        let fills = DOTWriter.styles.map(\.style.fill)
        #expect(Set(fills).count == fills.count)
    }

    @Test("labels with quotes, backslashes, escapes, braces, controls and mixed scripts come out as written")
    func hostileLabels() throws {
        let hostile: [String] = [
            "He said \"hi\"",
            "back\\slash \\N \\G \\l \\E",
            "ends with \\",
            "\\",
            "\"",
            "{curly} [square] <b>&amp; ; , = -> --",
            "entities &#945; &lt; & &",
            "</text><script>x</script>",
            "digraph G { a -> b }",
            "tab\there",
            "two\nlines",
            "nul\u{0}bell\u{7}c1\u{85}",
            "لفتيت \u{200F}(RLM) Laftit",
            "اسکندر مومنی",
            "emoji 🇲🇦 and e\u{301}",
        ]
        var graph = Graph()
        let place = Vocabulary.CQ.Place
        for (index, label) in hostile.enumerated() {
            let node = IRI("https://example.org/x/\(index)\"\\<>{}")
            graph.add(.iri(node), Vocabulary.RDF.type, .iri(place))
            graph.add(.iri(node), Vocabulary.RDFS.label, .literal(Literal(label)))
            if index > 0 { graph.add(IRI("https://example.org/x/0\"\\<>{}"), Vocabulary.CQ.country, node) }
        }
        graph.add(.blank("b\"1\\"), Vocabulary.RDFS.label, .literal(Literal("blank \"node\"")))
        var options = DOTWriter.Options()
        options.wrap = 1000
        let (writer, bytes) = ByteWriter.collecting()
        let report = try DOTWriter(options: options).write(graph, to: writer)
        #expect(report.replacedCharacters == 3)
        let path = try TestPaths.temporaryDirectory("hostile-dot") + "/hostile.dot"
        try Data(bytes()).write(to: URL(fileURLWithPath: path))
        let texts = try svgText(path)
        var expected = hostile.map(TextCleaner.nfc)
        expected[expected.firstIndex(of: "tab\there")!] = "tab here"
        expected.remove(at: expected.firstIndex(of: "two\nlines")!)
        expected += ["two", "lines", "blank \"node\""]
        expected[expected.firstIndex(of: "nul\u{0}bell\u{7}c1\u{85}")!] = "nul\u{FFFD}bell\u{FFFD}c1\u{FFFD}"
        for line in expected {
            #expect(texts.contains(line), "Graphviz does not show \"\(line)\"; it shows \(texts)")
        }
    }

    @Test("DOTEscaper quotes so Graphviz reads the text back")
    func escaper() {
        var escaper = DOTEscaper()
        #expect(escaper.quoted("a\"b") == "\"a\\\"b\"")
        #expect(escaper.quoted("a\\nb") == "\"a\\\\nb\"")
        #expect(escaper.quoted("a\nb") == "\"a\\nb\"")
        #expect(escaper.quoted("a&lt;") == "\"a&amp;lt;\"")
        #expect(escaper.quoted("x\u{1}") == "\"x\u{FFFD}\"")
        #expect(escaper.replaced == 1)
    }

    @Test("docs/sample-graph.dot is what the committed sample export draws (scripts/render-sample-graph --check)")
    func samplePicture() throws {
        let run = try ExternalTool.run(["COMMUNIQUE_BIN=" + CommuniqueBinary.path, "bash",
                                        TestPaths.repository + "/scripts/render-sample-graph", "--check"])
        #expect(run.status == 0, "\(run.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: TestPaths.repository + "/docs/sample-graph.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
