import CommuniqueGraph

/// Splits IRIs into namespace and XML local name and assigns each namespace a
/// prefix: the well-known ones from `Vocabulary.prefixes`, `ns1`, `ns2`, ...
/// for the rest in code-point order of their IRIs, so output is deterministic.
package struct NamespaceTable {
    package struct UnwritableIRI: Error, CustomStringConvertible {
        package let iri: IRI
        package var reason = "no suffix of it is an XML name (a letter or '_', then letters, digits, '-', '.' or '_')"

        package var description: String {
            "the property <\(iri.value)> cannot be written in RDF/XML: \(reason); N-Triples and Turtle can hold it"
        }
    }

    /// Prefix → namespace, in the order they are declared.
    package private(set) var declarations: [(prefix: String, namespace: String)] = []
    private var prefixByNamespace: [String: String] = [:]
    private var qnames: [IRI: String] = [:]

    /// Builds the table for `iris` (e.g. every predicate of a graph). Throws
    /// when one of them cannot be written as a QName at all.
    package init(iris: some Collection<IRI>, always: [String] = []) throws {
        var splits: [IRI: (namespace: String, local: String)] = [:]
        var namespaces = Set(always)
        for iri in iris {
            guard let split = NamespaceTable.split(iri.value) else { throw UnwritableIRI(iri: iri) }
            splits[iri] = split
            namespaces.insert(split.namespace)
        }
        var used = Set<String>()
        for (prefix, namespace) in Vocabulary.prefixes where namespaces.contains(namespace) {
            declarations.append((prefix, namespace))
            prefixByNamespace[namespace] = prefix
            used.insert(prefix)
        }
        var counter = 1
        for namespace in namespaces.sorted(by: { UTF8Order.precedes($0, $1) })
        where prefixByNamespace[namespace] == nil {
            while used.contains("ns\(counter)") { counter += 1 }
            let prefix = "ns\(counter)"
            used.insert(prefix)
            declarations.append((prefix, namespace))
            prefixByNamespace[namespace] = prefix
        }
        for (iri, split) in splits {
            qnames[iri] = prefixByNamespace[split.namespace]! + ":" + split.local
        }
    }

    /// The `prefix:local` form of an IRI given at creation.
    package func qname(_ iri: IRI) -> String { qnames[iri]! }

    /// Namespace names no prefix may be bound to (Namespaces in XML 1.0, 3).
    private static let reservedNamespaces: Set<String> = [
        "http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2000/xmlns/",
    ]

    /// The longest suffix of `iri` that is an NCName, and what precedes it.
    package static func split(_ iri: String) -> (namespace: String, local: String)? {
        let scalars = Array(iri.unicodeScalars)
        var start = scalars.count
        while start > 0 && isNameChar(scalars[start - 1]) { start -= 1 }
        while start < scalars.count {
            if isNameStartChar(scalars[start]) {
                var namespace = String.UnicodeScalarView()
                namespace.append(contentsOf: scalars[..<start])
                let namespaceText = String(namespace)
                if !namespaceText.isEmpty && !reservedNamespaces.contains(namespaceText) {
                    var local = String.UnicodeScalarView()
                    local.append(contentsOf: scalars[start...])
                    return (namespaceText, String(local))
                }
            }
            start += 1
        }
        return nil
    }

    /// Letters and `_`: what an XML local name may start with (no `:` in an
    /// NCName). Outside ASCII, only what every consumer's XML parser accepts.
    package static func isNameStartChar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar.isASCIILetterOrUnderscore
        }
        return XMLNameCharacters.isStart(scalar)
    }

    package static func isNameChar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar.isASCIILetterOrUnderscore || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
        }
        return XMLNameCharacters.isName(scalar)
    }
}

extension Unicode.Scalar {
    var isASCIILetterOrUnderscore: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_"
    }
}
