import Foundation

/// Text as RDF and XML consumers accept it: Unicode NFC, and nothing that is
/// illegal in XML 1.0.
package enum TextCleaner {
    /// `text` in Normalization Form C (ASCII is returned as is).
    package static func nfc(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// True for the characters XML 1.0 allows (`Char` production).
    @inline(__always)
    package static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF: return true
        case 0xE000...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` with every character XML 1.0 forbids replaced by U+FFFD, and
    /// how many were replaced.
    package static func xmlSafe(_ text: String) -> (text: String, replaced: Int) {
        if text.unicodeScalars.allSatisfy(isXMLChar) { return (text, 0) }
        var replaced = 0
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isXMLChar(scalar) {
                scalars.append(scalar)
            } else {
                scalars.append("\u{FFFD}")
                replaced += 1
            }
        }
        return (String(scalars), replaced)
    }
}
