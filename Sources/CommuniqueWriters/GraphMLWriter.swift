#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    private struct EdgeRecord {
        var source: String
        var target: String
        var label: String
        var weight: Int
    }

    /// What a node's types make of it, the same for every node with those types.
    private struct TypeProfile {
        var labels: [String]
        var type: String
        /// The `labels`, `type`, `r`, `g`, `b` and `size` data elements, written out.
        var data: [UInt8]
    }

    /// What a literal property becomes: an attribute (its name) and whether that name is fixed.
    private struct Attribute {
        var name: String
        var isFixed: Bool
    }

    package func write(_ graph: Graph, to out: ByteWriter) throws -> WriteReport {
        try write(SortedGraph(graph), to: out)
    }

    /// Writes a graph already sorted for the writers (one sort for every format).
    package func write(_ graph: SortedGraph, to out: ByteWriter) throws -> WriteReport {
        let terms = graph.terms
        let typePredicate = graph.predicates.firstIndex(of: Vocabulary.RDF.type).map(Int32.init)
        // the nodes: every subject, and every resource a statement other than rdf:type points to
        var isNode = [Bool](repeating: false, count: graph.firstLiteral)
        var subjectAt = [Int32](repeating: -1, count: graph.firstLiteral)
        for (index, subject) in graph.subjects.enumerated() {
            isNode[Int(subject)] = true
            subjectAt[Int(subject)] = Int32(index)
            for entry in graph.statements(ofSubjectAt: index)
            where entry.predicate != typePredicate && Int(entry.object) < graph.firstLiteral {
                isNode[Int(entry.object)] = true
            }
        }
        // ASCII IRIs under an ASCII base get their ids from their bytes
        let asciiBase = options.base.utf8.allSatisfy { $0 < 0x80 } ? Array(options.base.utf8) : nil
        var ids = [String](repeating: "", count: graph.firstLiteral)
        var usedIDs = Set<String>()
        for term in 0..<graph.firstLiteral where isNode[term] {
            var id = nodeID(terms[term], base: asciiBase)
            if usedIDs.contains(id) {
                var counter = 2
                while usedIDs.contains("\(id)_\(counter)") { counter += 1 }
                id = "\(id)_\(counter)"
            }
            usedIDs.insert(id)
            ids[term] = id
        }

        // per predicate: the attribute of a literal, the relationship type of a resource
        let attributes = graph.predicates.map { predicate -> Attribute in
            if let fixed = GraphMLWriter.attributeNames[predicate] { return Attribute(name: fixed, isFixed: true) }
            return Attribute(name: GraphMLWriter.attributeName(for: predicate), isFixed: false)
        }
        var extraKeys = Set<String>()
        for index in graph.subjects.indices {
            for entry in graph.statements(ofSubjectAt: index)
            where entry.predicate != typePredicate && Int(entry.object) >= graph.firstLiteral {
                let attribute = attributes[Int(entry.predicate)]
                if !attribute.isFixed { extraKeys.insert(attribute.name) }
            }
        }
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
        // attribute names numbered in their sorted order (a node writes its attributes sorted by name),
        // with the start of their data element when they have a key
        let slotNames = Set(attributes.map(\.name) + ["iri", "label", "aliases", "identifier"]).sorted()
        let slotOf = Dictionary(uniqueKeysWithValues: slotNames.enumerated().map { ($1, Int32($0)) })
        let predicateSlot = attributes.map { slotOf[$0.name]! }
        let slots = NodeSlots(iri: slotOf["iri"]!, label: slotOf["label"]!, aliases: slotOf["aliases"]!,
                              identifier: slotOf["identifier"]!)
        let dataStart = slotNames.map { name in keyIDByName[name].map { Array("      <data key=\"\($0)\">".utf8) } }
        let edgeLabels = graph.predicates.map { predicate -> [UInt8] in
            let (collect, bytes) = ByteWriter.collecting()
            var labelEscaper = XMLEscaper()
            try? GraphMLWriter.writeData("label", GraphMLWriter.edgeLabel(for: predicate), escaper: &labelEscaper, to: collect)
            try? collect.flush()
            return bytes()
        }

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

        var profiles: [[Int32]: TypeProfile] = [:]
        var lastProfile: (types: [Int32], profile: TypeProfile)?
        var edges: [(source: Int32, target: Int32, predicate: Int32, weight: Int)] = []
        var types: [Int32] = []
        var values: [(slot: Int32, value: String)] = []
        for term in 0..<graph.firstLiteral where isNode[term] {
            let subject = Int(subjectAt[term])
            let statements = subject >= 0 ? graph.statements(ofSubjectAt: subject) : graph.entries[0..<0]
            types.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            for entry in statements {
                if entry.predicate == typePredicate {
                    if Int(entry.object) < graph.firstBlank { types.append(entry.object) }
                } else if Int(entry.object) >= graph.firstLiteral {
                    values.append((predicateSlot[Int(entry.predicate)], terms[Int(entry.object)].literal!.lexicalForm))
                } else {
                    edges.append((Int32(term), entry.object, entry.predicate, entry.weight))
                }
            }
            let profile: TypeProfile
            if let last = lastProfile, last.types == types {
                profile = last.profile
            } else if let known = profiles[types] {
                profile = known
                lastProfile = (types, known)
            } else {
                profile = GraphMLWriter.profile(types.map { terms[Int($0)].iri! }, escaper: &escaper)
                profiles[types] = profile
                lastProfile = (types, profile)
            }
            try out.write("    <node id=\"")
            try out.write(ids[term])
            try out.write("\">\n")
            out.write(bytes: profile.data)
            if case .iri(let iri) = terms[term] { values.append((slots.iri, iri.value)) }
            try GraphMLWriter.writeAttributes(&values, slots: slots, dataStart: dataStart, escaper: &escaper, to: out)
            try out.write("    </node>\n")
            report.nodes += 1
        }

        if options.mergeParallelEdges {
            let records = edges.map { edge in
                EdgeRecord(source: ids[Int(edge.source)], target: ids[Int(edge.target)],
                           label: GraphMLWriter.edgeLabel(for: graph.predicates[Int(edge.predicate)]), weight: edge.weight)
            }
            for (index, edge) in GraphMLWriter.mergeParallel(records).enumerated() {
                try out.write("    <edge id=\"e\(index)\" source=\"\(edge.source)\" target=\"\(edge.target)\">\n")
                try GraphMLWriter.writeData("label", edge.label, escaper: &escaper, to: out)
                try GraphMLWriter.writeData("weight", "\(edge.weight).0", escaper: &escaper, to: out)
                try out.write("    </edge>\n")
                report.edges += 1
            }
        } else {
            for (index, edge) in edges.enumerated() {
                try out.write("    <edge id=\"e")
                out.write(decimal: index)
                try out.write("\" source=\"")
                try out.write(ids[Int(edge.source)])
                try out.write("\" target=\"")
                try out.write(ids[Int(edge.target)])
                try out.write("\">\n")
                out.write(bytes: edgeLabels[Int(edge.predicate)])
                try out.write("      <data key=\"weight\">")
                if edge.weight < 0 { out.write(byte: UInt8(ascii: "-")) }
                out.write(decimal: edge.weight.magnitude > UInt(Int.max) ? Int.max : Int(edge.weight.magnitude))
                try out.write(".0</data>\n    </edge>\n")
                report.edges += 1
            }
        }
        try out.write("  </graph>\n</graphml>\n")
        try out.flush()
        report.replacedCharacters = escaper.replaced
        return report
    }

    /// Labels, type, colour and size of a node with these types.
    private static func profile(_ types: [IRI], escaper: inout XMLEscaper) -> TypeProfile {
        let (labels, type) = classify(types)
        let style = GraphMLWriter.style[type] ?? GraphMLWriter.style[labels.first ?? ""] ?? (r: 199, g: 199, b: 199, size: 4)
        let (collect, bytes) = ByteWriter.collecting()
        try? writeData("labels", labels.map { ":" + $0 }.joined(), escaper: &escaper, to: collect)
        try? writeData("type", type, escaper: &escaper, to: collect)
        try? writeData("r", String(style.r), escaper: &escaper, to: collect)
        try? writeData("g", String(style.g), escaper: &escaper, to: collect)
        try? writeData("b", String(style.b), escaper: &escaper, to: collect)
        try? writeData("size", String(style.size), escaper: &escaper, to: collect)
        try? collect.flush()
        return TypeProfile(labels: labels, type: type, data: bytes())
    }

    /// The attribute numbers `writeAttributes` treats apart.
    private struct NodeSlots {
        let iri: Int32
        let label: Int32
        let aliases: Int32
        let identifier: Int32
    }

    /// A node's attributes from its values (in statement order), sorted by name, the values of
    /// one attribute joined with ` | `; one display label, the other labels and the prefLabels in
    /// `aliases` (sorted, without repeats); the identifier as label when there is none.
    private static func writeAttributes(_ values: inout [(slot: Int32, value: String)], slots: NodeSlots,
                                        dataStart: [[UInt8]?], escaper: inout XMLEscaper, to out: ByteWriter) throws {
        // stable: a few values, mostly in order already
        if values.count > 1 {
            for index in 1..<values.count {
                var position = index
                let moving = values[index]
                while position > 0 && values[position - 1].slot > moving.slot {
                    values[position] = values[position - 1]
                    position -= 1
                }
                if position != index { values[position] = moving }
            }
        }
        var labels: [String] = []
        var aliases: [String] = []
        var identifier: String?
        for (slot, value) in values {
            if slot == slots.label {
                if !labels.contains(value) { labels.append(value) }
            } else if slot == slots.aliases {
                aliases.append(value)
            } else if slot == slots.identifier, identifier == nil {
                identifier = value
            }
        }
        let display = labels.first ?? identifier
        if labels.count > 1 || !aliases.isEmpty {
            var seen: [String] = labels.first.map { [$0] } ?? []
            var unique: [String] = []
            for alias in labels.dropFirst() + aliases where !seen.contains(alias) {
                seen.append(alias)
                unique.append(alias)
            }
            aliases = unique.sorted()
        }
        @inline(__always)
        func start(_ slot: Int32) -> Bool {
            guard let start = dataStart[Int(slot)] else { return false }
            out.write(bytes: start)
            return true
        }
        var index = 0
        var labelDone = false
        var aliasesDone = false
        func special(before slot: Int32) throws {
            if !labelDone && slots.label < slot {
                labelDone = true
                if let display, start(slots.label) {
                    try escaper.appendText(display, to: out)
                    out.write(literal: "</data>\n")
                }
            }
            if !aliasesDone && slots.aliases < slot {
                aliasesDone = true
                if !aliases.isEmpty, start(slots.aliases) {
                    for (number, alias) in aliases.enumerated() {
                        if number > 0 { out.write(literal: " | ") }
                        try escaper.appendText(alias, to: out)
                    }
                    out.write(literal: "</data>\n")
                }
            }
        }
        while index < values.count {
            let slot = values[index].slot
            var end = index + 1
            while end < values.count && values[end].slot == slot { end += 1 }
            try special(before: slot)
            if slot != slots.label && slot != slots.aliases, start(slot) {
                for position in index..<end {
                    if position > index { out.write(literal: " | ") }
                    try escaper.appendText(values[position].value, to: out)
                }
                out.write(literal: "</data>\n")
            }
            index = end
        }
        try special(before: Int32.max)
    }

    static func writeData(_ key: String, _ value: String, escaper: inout XMLEscaper, to out: ByteWriter) throws {
        try out.write("      <data key=\"")
        try out.write(key)
        try out.write("\">")
        try escaper.appendText(value, to: out)
        try out.write("</data>\n")
    }

    /// A readable NMTOKEN for a node: the IRI without the base, `/` as `.`.
    private func nodeID(_ term: Term, base: [UInt8]?) -> String {
        switch term {
        case .iri(let iri):
            if let base, let id = GraphMLWriter.asciiNodeID(iri.value, base: base) { return id }
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

    private static let topicNamespace = Array(Vocabulary.cqt.utf8)

    /// `nodeID` of an ASCII IRI (where characters are bytes) under an ASCII base, on its bytes; nil for other IRIs.
    private static func asciiNodeID(_ value: String, base: [UInt8]) -> String? {
        value.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            if bytes.contains(where: { $0 >= 0x80 }) { return nil }
            var rest = bytes[...]
            func starts(_ prefix: [UInt8]) -> Bool {
                bytes.count >= prefix.count && prefix.withUnsafeBufferPointer { prefix in
                    prefix.isEmpty || memcmp(bytes.baseAddress!, prefix.baseAddress!, prefix.count) == 0
                }
            }
            var id: [UInt8] = []
            id.reserveCapacity(bytes.count)
            if starts(base) {
                rest = bytes[base.count...]
            } else if starts(topicNamespace) {
                rest = bytes[topicNamespace.count...]
                if rest.isEmpty { return "topics" }
            } else if let colon = (0..<max(0, bytes.count - 2)).first(where: {
                bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
            }) {
                rest = bytes[(colon + 3)...]
            }
            for byte in rest {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
                    id.append(byte)
                case UInt8(ascii: "/"), UInt8(ascii: "#"):
                    id.append(UInt8(ascii: "."))
                default:
                    id.append(UInt8(ascii: "_"))
                }
            }
            return id.isEmpty ? "_" : String(decoding: id, as: UTF8.self)
        } ?? nil
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
    private static func settleLabels(_ attributes: inout [String: [String]]) {
        var labels = attributes["label"] ?? []
        var seen = Set<String>()
        labels = labels.filter { seen.insert($0).inserted }
        let display = labels.first
        var aliases = Array(labels.dropFirst()) + (attributes["aliases"] ?? [])
        var aliasSeen: Set<String> = display.map { [$0] } ?? []
        aliases = aliases.filter { aliasSeen.insert($0).inserted }.sorted()
        attributes["label"] = display.map { [$0] }
        attributes["aliases"] = aliases.isEmpty ? nil : aliases
        if display == nil, let identifier = attributes["identifier"]?.first {
            attributes["label"] = [identifier]
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
