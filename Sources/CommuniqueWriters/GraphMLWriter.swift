import CommuniqueGraph

/// Writes the GraphML projection of a graph (see the output contract): one
/// node per resource with Neo4j `labels`, `type`, `label`, `aliases` and one
/// attribute per literal property; one directed edge per object-property
/// triple with its `label` (the property's local name) and a `weight` (how many
/// sources support it). All keys are declared with a type, before the graph;
/// all nodes come before the edges; node ids are NMTOKEN slugs.
package struct GraphMLWriter {
    package struct Options: Sendable {
        /// The base minted IRIs start with; node ids drop it.
        package var base: String = Vocabulary.defaultBase
        /// Merge edges between the same two nodes into one (labels joined
        /// with `+`, weights summed), the way Gephi shows them anyway.
        package var mergeParallelEdges = false

        package init(base: String = Vocabulary.defaultBase, mergeParallelEdges: Bool = false) {
            self.base = base
            self.mergeParallelEdges = mergeParallelEdges
        }
    }

    private let options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// Literal properties with a fixed attribute name.
    private static let attributeNames: [IRI: String] = [
        Vocabulary.RDFS.label: "label",
        Vocabulary.SKOS.prefLabel: "label",
        Vocabulary.SKOS.altLabel: "aliases",
        Vocabulary.CQ.isoCode: "isoCode",
        Vocabulary.CQ.date: "date",
        Vocabulary.DCTerms.date: "date",
        Vocabulary.CQ.weekday: "weekday",
        Vocabulary.DCTerms.identifier: "identifier",
        Vocabulary.DCTerms.language: "language",
        Vocabulary.DCTerms.title: "title",
    ]

    /// Attribute names the writer itself produces, and their key ids.
    private static let fixedKeys: [(id: String, name: String, type: String)] = [
        ("labels", "labels", "string"),
        ("name", "label", "string"),
        ("type", "type", "string"),
        ("aliases", "aliases", "string"),
        ("iri", "iri", "string"),
        ("r", "r", "int"),
        ("g", "g", "int"),
        ("b", "b", "int"),
        ("size", "size", "double"),
    ]

    /// Gephi colours and sizes by class local name.
    private static let style: [String: (r: Int, g: Int, b: Int, size: Double)] = [
        "Minister": (31, 119, 180, 12), "HeadOfState": (148, 103, 189, 14), "Person": (23, 190, 207, 8),
        "Country": (44, 160, 44, 16), "Place": (140, 86, 75, 8), "Meeting": (255, 127, 14, 12),
        "Institution": (188, 189, 34, 10), "Declaration": (214, 39, 40, 10), "Article": (127, 127, 127, 4),
        "Concept": (227, 119, 194, 6),
    ]

    private struct NodeRecord {
        var id: String
        var labels: [String]
        var type: String
        var attributes: [String: [String]] = [:]
    }

    private struct EdgeRecord {
        var source: String
        var target: String
        var label: String
        var weight: Int
    }

    package func write(_ graph: Graph, to out: ByteWriter) throws -> WriteReport {
        let subjects = graph.sortedSubjects()
        var resources = Set(subjects)
        for subject in subjects {
            for statement in graph.unorderedStatements(of: subject) ?? [:].keys
            where statement.object.isResource && statement.predicate != Vocabulary.RDF.type {
                resources.insert(statement.object)
            }
        }
        let ordered = resources.sorted()
        var ids: [Term: String] = [:]
        var usedIDs = Set<String>()
        for term in ordered {
            var id = nodeID(term)
            if usedIDs.contains(id) {
                var counter = 2
                while usedIDs.contains("\(id)_\(counter)") { counter += 1 }
                id = "\(id)_\(counter)"
            }
            usedIDs.insert(id)
            ids[term] = id
        }

        var nodes: [NodeRecord] = []
        var edges: [EdgeRecord] = []
        var extraKeys = Set<String>()
        for term in ordered {
            let statements = graph.statements(of: term)
            let types = statements.filter { $0.predicate == Vocabulary.RDF.type }.compactMap { $0.object.iri }
            let (labels, type) = GraphMLWriter.classify(types)
            var node = NodeRecord(id: ids[term]!, labels: labels, type: type)
            if case .iri(let iri) = term { node.attributes["iri"] = [iri.value] }
            for statement in statements where statement.predicate != Vocabulary.RDF.type {
                switch statement.object {
                case .literal(let literal):
                    let name = GraphMLWriter.attributeNames[statement.predicate]
                        ?? GraphMLWriter.attributeName(for: statement.predicate)
                    node.attributes[name, default: []].append(literal.lexicalForm)
                    if GraphMLWriter.attributeNames[statement.predicate] == nil { extraKeys.insert(name) }
                case .iri, .blank:
                    edges.append(EdgeRecord(source: node.id, target: ids[statement.object]!,
                                            label: GraphMLWriter.edgeLabel(for: statement.predicate),
                                            weight: graph.weight(term, statement)))
                }
            }
            GraphMLWriter.settleLabels(&node)
            nodes.append(node)
        }
        if options.mergeParallelEdges { edges = GraphMLWriter.mergeParallel(edges) }

        var keys = GraphMLWriter.fixedKeys
        for name in ["isoCode", "date", "weekday", "identifier", "language", "title"] {
            keys.append((name, name, "string"))
        }
        let reserved = Set(keys.map(\.name) + keys.map(\.id) + ["label", "weight"])
        for name in extraKeys.sorted() where !reserved.contains(name) {
            keys.append((name, name, "string"))
        }
        let keyIDByName = Dictionary(keys.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })

        var escaper = XMLEscaper()
        var report = WriteReport()
        try out.write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """)
        for key in keys {
            try out.write("  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n")
        }
        try out.write("  <key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n")
        try out.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n")
        try out.write("  <graph id=\"communique\" edgedefault=\"directed\">\n")
        for node in nodes {
            try out.write("    <node id=\"\(node.id)\">\n")
            try writeData("labels", node.labels.map { ":" + $0 }.joined(), escaper: &escaper, to: out)
            try writeData("type", node.type, escaper: &escaper, to: out)
            let style = GraphMLWriter.style[node.type] ?? GraphMLWriter.style[node.labels.first ?? ""]
                ?? (r: 199, g: 199, b: 199, size: 4)
            try writeData("r", String(style.r), escaper: &escaper, to: out)
            try writeData("g", String(style.g), escaper: &escaper, to: out)
            try writeData("b", String(style.b), escaper: &escaper, to: out)
            try writeData("size", String(style.size), escaper: &escaper, to: out)
            for name in node.attributes.keys.sorted() {
                guard let id = keyIDByName[name] else { continue }
                try writeData(id, node.attributes[name]!.joined(separator: " | "), escaper: &escaper, to: out)
            }
            try out.write("    </node>\n")
            report.nodes += 1
        }
        for (index, edge) in edges.enumerated() {
            try out.write("    <edge id=\"e\(index)\" source=\"\(edge.source)\" target=\"\(edge.target)\">\n")
            try writeData("label", edge.label, escaper: &escaper, to: out)
            try writeData("weight", "\(edge.weight).0", escaper: &escaper, to: out)
            try out.write("    </edge>\n")
            report.edges += 1
        }
        try out.write("  </graph>\n</graphml>\n")
        try out.flush()
        report.replacedCharacters = escaper.replaced
        return report
    }

    private func writeData(_ key: String, _ value: String, escaper: inout XMLEscaper, to out: ByteWriter) throws {
        try out.write("      <data key=\"")
        try out.write(key)
        try out.write("\">")
        try escaper.appendText(value, to: out)
        try out.write("</data>\n")
    }

    /// A readable NMTOKEN for a node: the IRI without the base, `/` as `.`.
    private func nodeID(_ term: Term) -> String {
        switch term {
        case .iri(let iri):
            var text = iri.value
            if text.hasPrefix(options.base) {
                text = String(text.dropFirst(options.base.count))
            } else if text.hasPrefix(Vocabulary.cqt) {
                // topic concepts keep their bare name ("security"), as readers take the
                // local name of a topic node's id to be the topic
                text = String(text.dropFirst(Vocabulary.cqt.count))
                if text.isEmpty { text = "topics" }
            } else if let schemeEnd = text.range(of: "://") {
                text = String(text[schemeEnd.upperBound...])
            }
            return GraphMLWriter.nmtoken(text)
        case .blank(let label):
            return "_" + GraphMLWriter.nmtoken(label)
        case .literal:
            preconditionFailure("a literal is not a node")
        }
    }

    static func nmtoken(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCIILetterOrUnderscore || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "." {
                result.unicodeScalars.append(scalar)
            } else if scalar == "/" || scalar == "#" {
                result.append(".")
            } else {
                result.append("_")
            }
        }
        return result.isEmpty ? "_" : result
    }

    /// Attribute names and key ids a literal property may not take: the
    /// writer's own (`labels`, `type`, `iri`, the colour and size Gephi reads,
    /// the key id `name` of the display label, the edge `weight`) and the
    /// other key ids Gephi gives a meaning (position, colour, time).
    private static let claimedNames: Set<String> = [
        "labels", "type", "iri", "r", "g", "b", "size", "name", "weight",
        "x", "y", "z", "color", "id", "edgelabel", "start", "end", "d3", "d7",
    ]

    /// The attribute a literal property without a fixed name becomes: its
    /// local name, with `Value` appended when that name is claimed.
    static func attributeName(for predicate: IRI) -> String {
        let name = nmtoken(String(predicate.localName))
        if name == "_" { return "value" }
        return claimedNames.contains(name) ? name + "Value" : name
    }

    /// An edge's relationship type: the property's local name, or the whole
    /// IRI when it ends in `/` or `#`.
    static func edgeLabel(for predicate: IRI) -> String {
        let local = predicate.localName
        return local.isEmpty ? predicate.value : String(local)
    }

    /// Neo4j labels, general to specific (a class's superclasses are added
    /// when missing, so `:Person` finds every minister), and the most
    /// specific class.
    static func classify(_ types: [IRI]) -> (labels: [String], type: String) {
        var known = Set(types.filter { $0.value.hasPrefix(Vocabulary.cq) || $0.value.hasPrefix(Vocabulary.SKOS.namespace) })
        guard !known.isEmpty else { return (["Resource"], "Resource") }
        for type in Array(known) {
            var current = type
            while let parent = Vocabulary.superclass[current], known.insert(parent).inserted {
                current = parent
            }
        }
        let supers = Set(known.compactMap { Vocabulary.superclass[$0] })
        let specific = known.filter { !supers.contains($0) }.sorted().first ?? known.sorted().first!
        let ordered = known.sorted { lhs, rhs in
            let lhsDepth = depth(lhs)
            let rhsDepth = depth(rhs)
            return lhsDepth != rhsDepth ? lhsDepth < rhsDepth : lhs < rhs
        }
        return (ordered.map { String($0.localName) }, String(specific.localName))
    }

    private static func depth(_ type: IRI) -> Int {
        var depth = 0
        var current = type
        while let parent = Vocabulary.superclass[current], depth < 8 {
            depth += 1
            current = parent
        }
        return depth
    }

    /// One display label; the other labels and prefLabels go to `aliases`.
    private static func settleLabels(_ node: inout NodeRecord) {
        var labels = node.attributes["label"] ?? []
        var seen = Set<String>()
        labels = labels.filter { seen.insert($0).inserted }
        let display = labels.first
        var aliases = Array(labels.dropFirst()) + (node.attributes["aliases"] ?? [])
        var aliasSeen: Set<String> = display.map { [$0] } ?? []
        aliases = aliases.filter { aliasSeen.insert($0).inserted }.sorted()
        node.attributes["label"] = display.map { [$0] }
        node.attributes["aliases"] = aliases.isEmpty ? nil : aliases
        if display == nil, let identifier = node.attributes["identifier"]?.first {
            node.attributes["label"] = [identifier]
        }
    }

    private static func mergeParallel(_ edges: [EdgeRecord]) -> [EdgeRecord] {
        var merged: [EdgeRecord] = []
        var index: [String: Int] = [:]
        for edge in edges {
            let key = edge.source + "\u{0}" + edge.target
            if let at = index[key] {
                merged[at].label += "+" + edge.label
                merged[at].weight += edge.weight
            } else {
                index[key] = merged.count
                merged.append(edge)
            }
        }
        return merged
    }
}
