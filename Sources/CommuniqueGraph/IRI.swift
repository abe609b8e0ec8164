/// An absolute IRI. Characters that may not appear in an IRI reference
/// (space, `<>"{}|\^` and backquote, controls) are percent-encoded on creation,
/// so every value is safe to write in any RDF syntax.
package struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let value: String

    /// Wraps `value`, percent-encoding the characters an IRI cannot hold.
    package init(_ value: String) {
        if value.unicodeScalars.allSatisfy(IRI.isAllowed) {
            self.value = value
        } else {
            var encoded = ""
            encoded.reserveCapacity(value.utf8.count + 8)
            for scalar in value.unicodeScalars {
                if IRI.isAllowed(scalar) {
                    encoded.unicodeScalars.append(scalar)
                } else {
                    for byte in String(scalar).utf8 {
                        encoded += "%"
                        encoded += IRI.hexDigits[Int(byte >> 4)]
                        encoded += IRI.hexDigits[Int(byte & 0x0F)]
                    }
                }
            }
            self.value = encoded
        }
    }

    package var description: String { value }

    package static func < (lhs: IRI, rhs: IRI) -> Bool {
        UTF8Order.precedes(lhs.value, rhs.value)
    }

    /// The part after the last `#` or `/`.
    package var localName: Substring {
        if let cut = value.lastIndex(where: { $0 == "#" || $0 == "/" }) {
            return value[value.index(after: cut)...]
        }
        return value[...]
    }

    private static let hexDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x20, 0x7F...0x9F: return false
        case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false
        case 0xD800...0xDFFF, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
