import CommuniqueGraph

/// Writes a picture of the graph in Graphviz DOT: one node per person,
/// meeting, country, place, institution and declaration, shaped and coloured
/// by type, one labelled edge per object-property triple between them, and a
/// legend. Articles and topic concepts are folded into the labels (a meeting
/// shows its topics and how many sources report it) unless `Options` asks for
/// them as nodes. Every string is quoted and escaped, so any label is safe;
/// output is deterministic (subjects in code-point order).
package struct DOTWriter {
    package struct Options: Sendable {
        /// Draw articles as nodes with `source` edges.
        package var articles = false
        /// Draw topic concepts as nodes with `topic` edges.
        package var topics = false
        /// Add the legend cluster.
        package var legend = true
        /// Label lines are wrapped at spaces to about this many characters.
        package var wrap = 26

        package init(articles: Bool = false, topics: Bool = false, legend: Bool = true) {
            self.articles = articles
            self.topics = topics
            self.legend = legend
        }
    }

    /// How one type of node is drawn.
    struct Style: Sendable {
        let shape: String
        let fill: String
        let border: String
        var extra = ""
    }

    /// Styles by the class local name, in legend order. Colours follow the
    /// GraphML writer's Gephi colours (border), with a light fill of the same
    /// hue so black text stays readable.
    static let styles: [(type: String, style: Style)] = [
        ("Minister", Style(shape: "ellipse", fill: "#c6dbef", border: "#1f77b4")),
        ("HeadOfState", Style(shape: "ellipse", fill: "#dadaeb", border: "#6a51a3", extra: ", peripheries=2")),
        ("Person", Style(shape: "ellipse", fill: "#c7ecf1", border: "#17becf")),
        ("Meeting", Style(shape: "hexagon", fill: "#fdd0a2", border: "#e6550d")),
        ("Declaration", Style(shape: "note", fill: "#fcbba1", border: "#d62728")),
        ("Institution", Style(shape: "component", fill: "#eeeeb0", border: "#8c8d16")),
        ("Country", Style(shape: "box", fill: "#c7e9c0", border: "#2ca02c", extra: ", style=\"rounded,filled\"")),
        ("Place", Style(shape: "house", fill: "#e7d4cf", border: "#8c564b")),
        ("Article", Style(shape: "tab", fill: "#e5e5e5", border: "#7f7f7f")),
        ("Concept", Style(shape: "ellipse", fill: "#f7d3ea", border: "#e377c2", extra: ", style=\"dashed,filled\"")),
    ]
    static let fallbackStyle = Style(shape: "ellipse", fill: "#ffffff", border: "#999999")

    /// How edges of each property are drawn, in legend order.
    static let edgeStyles: [(property: String, attributes: String)] = [
        ("participant", "color=\"#555555\""),
        ("host", "color=\"#555555\", penwidth=2.5"),
        ("country", "color=\"#2ca02c\", style=dashed, fontcolor=\"#2ca02c\""),
        ("place", "color=\"#8c564b\", fontcolor=\"#8c564b\""),
        ("signatory", "color=\"#d62728\", fontcolor=\"#d62728\""),
        ("party", "color=\"#d62728\", style=dashed, fontcolor=\"#d62728\""),
        ("adoptedAt", "color=\"#d62728\", style=dotted, penwidth=2, fontcolor=\"#d62728\""),
        ("topic", "color=\"#e377c2\", style=dotted, fontcolor=\"#e377c2\""),
        ("source", "color=\"#7f7f7f\", style=dotted, fontcolor=\"#7f7f7f\""),
    ]

    private let options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    package func write(_ graph: Graph, to out: ByteWriter) throws -> WriteReport {
        var report = WriteReport()
        var escaper = DOTEscaper()

        // every resource that is a subject or the object of an object property
        var resources = Set(graph.sortedSubjects())
        for subject in resources {
            for statement in graph.statements(of: subject)
            where statement.object.isResource && statement.predicate != Vocabulary.RDF.type {
                resources.insert(statement.object)
            }
        }
        var ids: [Term: String] = [:]
        var drawn: [(term: Term, type: String, family: String)] = []
        for term in resources.sorted() {
            let (labels, type) = GraphMLWriter.classify(graph.types(of: term))
            let family = DOTWriter.family(labels: labels, type: type)
            guard shows(family: family, term: term) else { continue }
            ids[term] = "n\(drawn.count + 1)"
            drawn.append((term, type, family))
        }

        try out.write("digraph communique {\n")
        try out.write("  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"DejaVu Sans\", fontsize=12, nodesep=0.25, ranksep=0.9, pad=0.3, newrank=true];\n")
        try out.write("  node [fontname=\"DejaVu Sans\", fontsize=11, style=filled, penwidth=1.4, margin=\"0.12,0.06\"];\n")
        try out.write("  edge [fontname=\"DejaVu Sans\", fontsize=9, arrowsize=0.7];\n")

        for node in drawn {
            let style = DOTWriter.style(for: node.type, family: node.family)
            try out.write("  \(ids[node.term]!) [label=")
            try escaper.appendQuoted(label(of: node.term, family: node.family, in: graph), to: out)
            try out.write(", shape=\(style.shape), fillcolor=\"\(style.fill)\", color=\"\(style.border)\"\(style.extra)")
            if case .iri(let iri) = node.term {
                try out.write(", tooltip=")
                try escaper.appendQuoted([iri.value], to: out)
            }
            try out.write("];\n")
            report.nodes += 1
        }

        var properties = Set<String>()
        for node in drawn {
            for statement in graph.statements(of: node.term)
            where statement.predicate != Vocabulary.RDF.type && statement.object.isResource {
                guard let target = ids[statement.object] else { continue }
                let property = String(statement.predicate.localName)
                properties.insert(property)
                try out.write("  \(ids[node.term]!) -> \(target) [label=")
                try escaper.appendQuoted([property], to: out)
                if let attributes = DOTWriter.edgeStyles.first(where: { $0.property == property })?.attributes {
                    try out.write(", " + attributes)
                }
                try out.write("];\n")
                report.edges += 1
            }
        }

        if options.legend {
            try writeLegend(types: Set(drawn.map(\.type)).union(drawn.map(\.family)), properties: properties, to: out)
        }
        try out.write("}\n")
        try out.flush()
        report.replacedCharacters = escaper.replaced
        return report
    }

    /// The legend: one sample node per type drawn and one sample edge per
    /// property drawn, in a cluster of its own (types in one column, edges
    /// beside them).
    private func writeLegend(types: Set<String>, properties: Set<String>, to out: ByteWriter) throws {
        try out.write("  subgraph cluster_legend {\n")
        try out.write("    label=\"Legend\"; fontsize=13; style=\"rounded\"; color=\"#999999\";\n")
        let entries = DOTWriter.styles.enumerated().filter { types.contains($0.element.type) }
        for (index, entry) in entries {
            let style = entry.style
            try out.write("    legend\(index) [label=\"\(entry.type)\", shape=\(style.shape), fillcolor=\"\(style.fill)\", color=\"\(style.border)\"\(style.extra)];\n")
        }
        let edges = DOTWriter.edgeStyles.enumerated().filter { properties.contains($0.element.property) }
        for (index, entry) in edges {
            try out.write("    legendfrom\(index) [label=\"\", shape=point, width=0.06, color=\"#999999\"];\n")
            try out.write("    legendto\(index) [label=\"\", shape=point, width=0.06, color=\"#999999\"];\n")
            try out.write("    legendfrom\(index) -> legendto\(index) [label=\"\(entry.property)\", \(entry.attributes)];\n")
        }
        // one column per group; flat edges run bottom to top under rankdir=LR,
        // so they are written from the last entry to the first
        for column in [entries.map { "legend\($0.offset)" }, edges.map { "legendfrom\($0.offset)" },
                       edges.map { "legendto\($0.offset)" }] where !column.isEmpty {
            try out.write("    { rank=same; " + column.map { $0 + "; " }.joined())
            if column.count > 1 {
                try out.write(column.reversed().joined(separator: " -> ") + " [style=invis];")
            }
            try out.write(" }\n")
        }
        if let firstType = entries.first, let firstEdge = edges.first {
            try out.write("    legend\(firstType.offset) -> legendfrom\(firstEdge.offset) [style=invis];\n")
        }
        try out.write("  }\n")
    }

    private func shows(family: String, term: Term) -> Bool {
        switch family {
        case "Article": return options.articles
        case "Concept": return options.topics
        case "ConceptScheme": return false
        default: return true
        }
    }

    /// The general class a node is styled by: Person, Meeting, Institution, ...
    static func family(labels: [String], type: String) -> String {
        if type == "Minister" || type == "HeadOfState" { return type }
        return labels.first ?? type
    }

    static func style(for type: String, family: String) -> Style {
        styles.first(where: { $0.type == type })?.style ?? styles.first(where: { $0.type == family })?.style ?? fallbackStyle
    }

    /// The lines of a node's label.
    private func label(of term: Term, family: String, in graph: Graph) -> [String] {
        let statements = graph.statements(of: term)
        let literals = { (predicate: IRI) in
            statements.filter { $0.predicate == predicate }.compactMap { $0.object.literal?.lexicalForm }
        }
        let name = literals(Vocabulary.RDFS.label).first ?? literals(Vocabulary.SKOS.prefLabel).first
            ?? DOTWriter.fallbackName(term)
        let sources = statements.filter { $0.predicate == Vocabulary.CQ.source }.count
        let sourceLine = sources == 0 ? [] : [sources == 1 ? "1 source" : "\(sources) sources"]
        switch family {
        case "Meeting":
            let date = literals(Vocabulary.CQ.date).first
            let weekday = literals(Vocabulary.CQ.weekday).first
            var when: String
            switch (date, weekday) {
            case let (date?, weekday?): when = date + ", " + weekday
            case let (date?, nil): when = date
            case let (nil, weekday?): when = "a " + weekday + ", date unknown"
            default: when = "date unknown"
            }
            let topics = statements.filter { $0.predicate == Vocabulary.CQ.topic }
                .compactMap { $0.object.iri.map { String($0.localName).replacingOccurrences(of: "-", with: " ") } }
            var lines = ["Meeting", when]
            if !topics.isEmpty && !options.topics { lines += wrap(topics.joined(separator: ", ")) }
            return lines + sourceLine
        case "Declaration":
            var lines = wrap(name)
            if let written = literals(Vocabulary.SKOS.altLabel).sorted(by: DOTWriter.longerFirst).first {
                lines += wrap(written)
            }
            if let date = literals(Vocabulary.CQ.date).first, !name.contains(date) { lines.append(date) }
            return lines + sourceLine
        case "Country":
            let code = literals(Vocabulary.CQ.isoCode).first
            return [code.map { name + " (" + $0 + ")" } ?? name]
        case "Article":
            return [literals(Vocabulary.DCTerms.identifier).first ?? name]
        default:
            var lines = wrap(name)
            if let other = DOTWriter.otherScriptForm(of: name, among: literals(Vocabulary.SKOS.altLabel)) {
                lines += wrap(other)
            }
            return lines
        }
    }

    /// The longest written form in another script than `name` (Arabic for a
    /// Latin name, Latin for an Arabic one), to show both on the node.
    static func otherScriptForm(of name: String, among forms: [String]) -> String? {
        let latin = Slug.isLatinScript(name)
        return forms.filter { Slug.isLatinScript($0) != latin }.sorted(by: longerFirst).first
    }

    static func longerFirst(_ lhs: String, _ rhs: String) -> Bool {
        lhs.count != rhs.count ? lhs.count > rhs.count : lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func fallbackName(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return String(iri.localName.isEmpty ? Substring(iri.value) : iri.localName)
        case .blank(let label): return "_:" + label
        case .literal(let literal): return literal.lexicalForm
        }
    }

    /// `text` broken at spaces into lines of about `options.wrap` characters.
    private func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > options.wrap {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
