/// An RDF literal: a lexical form with either a language tag or a datatype
/// (a plain string has neither; RDF 1.1 reads it as `xsd:string`).
package struct Literal: Hashable, Comparable, Sendable {
    package let lexicalForm: String
    package let language: String?
    package let datatype: IRI?

    /// A literal in Unicode NFC. A language tag is lower-cased; one that is not
    /// a well-formed BCP 47 tag is dropped rather than written.
    package init(_ lexicalForm: String, language: String? = nil, datatype: IRI? = nil) {
        self.lexicalForm = TextCleaner.nfc(lexicalForm)
        if let language, Literal.isWellFormedLanguageTag(language) {
            self.language = language.lowercased()
            self.datatype = nil
        } else {
            self.language = nil
            self.datatype = datatype == Vocabulary.XSD.string ? nil : datatype
        }
    }

    package static func < (lhs: Literal, rhs: Literal) -> Bool {
        if lhs.lexicalForm != rhs.lexicalForm {
            return UTF8Order.precedes(lhs.lexicalForm, rhs.lexicalForm)
        }
        if lhs.language != rhs.language {
            return (lhs.language ?? "") < (rhs.language ?? "")
        }
        return (lhs.datatype?.value ?? "") < (rhs.datatype?.value ?? "")
    }

    /// `xx`, `xx-YY`, `xxx-Latn-ZZ` ...: letters for the primary subtag, then
    /// alphanumeric subtags of one to eight characters.
    package static func isWellFormedLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count),
              first.unicodeScalars.allSatisfy({ $0.isASCIILetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) }
        }
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
