/// Mints the IRIs of extracted resources under one base:
/// `<base><kind>/<slug>`, e.g. `https://w3id.org/communique/id/person/abdelouafi-laftit`.
package struct IRIMinter: Sendable {
    package let base: String

    /// `base` must be an absolute IRI; a trailing `/` or `#` is added when missing.
    package init(base: String = Vocabulary.defaultBase) {
        if base.hasSuffix("/") || base.hasSuffix("#") {
            self.base = base
        } else {
            self.base = base + "/"
        }
    }

    package func iri(_ kind: String, _ slug: String) -> IRI {
        IRI(base + kind + "/" + slug)
    }

    /// True when `text` looks like an absolute IRI with a scheme.
    package static func isAbsolute(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCIILetter else { return false }
        let schemeOK = scheme.unicodeScalars.allSatisfy {
            $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "."
        }
        return schemeOK && !text.contains(" ")
    }
}
