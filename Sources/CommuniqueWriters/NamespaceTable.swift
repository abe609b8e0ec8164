import CommuniqueGraph

/// Splits IRIs into namespace and XML local name and assigns each namespace a
/// prefix: the well-known ones from `Vocabulary.prefixes`, `ns1`, `ns2`, ...
/// for the rest in code-point order of their IRIs, so output is deterministic.
package struct NamespaceTable {
    package struct UnwritableIRI: Error, CustomStringConvertible {
        package let iri: IRI
        package var description: String {
            "the IRI <\(iri.value)> has no XML local name (it must end in a letter, digit run after a letter, or '_'), so it cannot be an RDF/XML property"
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

    /// The longest suffix of `iri` that is an NCName, and what precedes it.
    package static func split(_ iri: String) -> (namespace: String, local: String)? {
        let scalars = Array(iri.unicodeScalars)
        var start = scalars.count
        while start > 0 && isNameChar(scalars[start - 1]) { start -= 1 }
        while start < scalars.count && !isNameStartChar(scalars[start]) { start += 1 }
        guard start < scalars.count, start > 0 else { return nil }
        var namespace = String.UnicodeScalarView()
        namespace.append(contentsOf: scalars[..<start])
        var local = String.UnicodeScalarView()
        local.append(contentsOf: scalars[start...])
        return (String(namespace), String(local))
    }

    /// Letters and `_`: what an XML name may start with (no `:` in an NCName).
    package static func isNameStartChar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar.isASCIILetterOrUnderscore
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .letterNumber: return true
        default: return false
        }
    }

    package static func isNameChar(_ scalar: Unicode.Scalar) -> Bool {
        if isNameStartChar(scalar) { return true }
        if scalar.value < 0x80 {
            return ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
        }
        if scalar.value == 0xB7 { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .decimalNumber, .modifierLetter: return true
        default: return false
        }
    }
}

extension Unicode.Scalar {
    var isASCIILetterOrUnderscore: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_"
    }
}
