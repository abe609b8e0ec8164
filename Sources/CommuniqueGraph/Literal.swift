/// An RDF literal: a lexical form with either a language tag or a datatype
/// (a plain string has neither; RDF 1.1 reads it as `xsd:string`).
package struct Literal: Hashable, Comparable, Sendable {
    package let lexicalForm: String
    package let language: String?
    package let datatype: IRI?

    /// A literal in Unicode NFC. A language tag is lower-cased; one that is not
    /// a well-formed BCP 47 tag is dropped rather than written (rdflib and
    /// Oxigraph refuse the whole file for one bad tag). `xsd:string` is the
    /// same as no datatype, and `rdf:langString` without a tag is a plain string.
    package init(_ lexicalForm: String, language: String? = nil, datatype: IRI? = nil) {
        self.lexicalForm = TextCleaner.nfc(lexicalForm)
        if let language, Literal.isWellFormedLanguageTag(language) {
            self.language = language.lowercased()
            self.datatype = nil
        } else {
            self.language = nil
            self.datatype = datatype == Vocabulary.XSD.string || datatype == Vocabulary.RDF.langString ? nil : datatype
        }
    }

    /// Lexical forms are in NFC, where canonically equivalent strings are the
    /// same code points: comparing bytes gives Swift's `String` equality
    /// without its normalisation work.
    package static func == (lhs: Literal, rhs: Literal) -> Bool {
        UTF8Order.equal(lhs.lexicalForm, rhs.lexicalForm) && lhs.language == rhs.language && lhs.datatype == rhs.datatype
    }

    package func hash(into hasher: inout Hasher) {
        var form = lexicalForm
        form.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(language)
        hasher.combine(datatype)
    }

    package static func < (lhs: Literal, rhs: Literal) -> Bool {
        let order = UTF8Order.compare(lhs.lexicalForm, rhs.lexicalForm)
        if order != 0 { return order < 0 }
        if lhs.language != rhs.language {
            return (lhs.language ?? "") < (rhs.language ?? "")
        }
        return (lhs.datatype?.value ?? "") < (rhs.datatype?.value ?? "")
    }

    /// Tags of RFC 5646 that do not follow its grammar but are well-formed.
    private static let irregularTags: Set<String> = [
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
    ]

    /// Well-formed in the sense of RFC 5646 (2.1): `language[-extlang]
    /// [-script][-region]*(-variant)*(-extension)[-privateuse]`, a private-use
    /// tag `x-...`, or one of the irregular grandfathered tags. Case is free.
    package static func isWellFormedLanguageTag(_ tag: String) -> Bool {
        guard !tag.isEmpty, tag.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        let lowered = tag.lowercased()
        if irregularTags.contains(lowered) { return true }
        let parts = lowered.split(separator: "-", omittingEmptySubsequences: false).map { Array($0.utf8) }
        func isAlpha(_ part: [UInt8]) -> Bool { part.allSatisfy { (0x61...0x7A).contains($0) } }
        func isDigit(_ part: [UInt8]) -> Bool { part.allSatisfy { (0x30...0x39).contains($0) } }
        func isAlphanumeric(_ part: [UInt8]) -> Bool { part.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) } }
        func isPrivateUse(_ rest: ArraySlice<[UInt8]>) -> Bool {
            !rest.isEmpty && rest.allSatisfy { (1...8).contains($0.count) && isAlphanumeric($0) }
        }
        var index = 0
        let first = parts[0]
        if first == [UInt8(ascii: "x")] { return isPrivateUse(parts[1...]) }
        guard (2...8).contains(first.count), isAlpha(first) else { return false }
        index = 1
        if first.count <= 3 {
            var extlangs = 0
            while index < parts.count, parts[index].count == 3, isAlpha(parts[index]), extlangs < 3 {
                extlangs += 1
                index += 1
            }
        }
        if index < parts.count, parts[index].count == 4, isAlpha(parts[index]) { index += 1 }  // script
        if index < parts.count,
           (parts[index].count == 2 && isAlpha(parts[index])) || (parts[index].count == 3 && isDigit(parts[index])) {
            index += 1  // region
        }
        while index < parts.count {  // variants
            let part = parts[index]
            let isVariant = ((5...8).contains(part.count) && isAlphanumeric(part))
                || (part.count == 4 && (0x30...0x39).contains(part[0]) && isAlphanumeric(part))
            guard isVariant else { break }
            index += 1
        }
        while index < parts.count, parts[index].count == 1, parts[index] != [UInt8(ascii: "x")],
              isAlphanumeric(parts[index]) {  // extensions
            index += 1
            var subtags = 0
            while index < parts.count, (2...8).contains(parts[index].count), isAlphanumeric(parts[index]) {
                subtags += 1
                index += 1
            }
            if subtags == 0 { return false }
        }
        if index < parts.count, parts[index] == [UInt8(ascii: "x")] {
            return isPrivateUse(parts[(index + 1)...])
        }
        return index == parts.count
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
