/// An absolute IRI, made valid on creation so that every value is safe to
/// write in any RDF syntax and is accepted by the strictest consumer
/// (Oxigraph checks RFC 3987): characters an IRI cannot hold (space,
/// `<>"{}|\^` and backquote, controls, private-use characters, non-characters,
/// bidi controls, Unicode spaces) are percent-encoded as UTF-8, and so are a
/// `%` that does not start an escape, every `#` after the first, and `[` or
/// `]` outside the authority.
package struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let value: String

    /// Wraps `value`, percent-encoding what an IRI cannot hold (see above).
    package init(_ value: String) {
        self.value = IRI.isValid(value) ? value : IRI.repaired(value)
    }

    package var description: String { value }

    /// IRIs are equal when their code points are (RDF 1.1, 3.2): Swift's
    /// `String` equality would merge canonically equivalent IRIs such as
    /// `…/a\u{300}` and `…/a\u{340}`, which RDF keeps apart.
    package static func == (lhs: IRI, rhs: IRI) -> Bool {
        UTF8Order.equal(lhs.value, rhs.value)
    }

    package func hash(into hasher: inout Hasher) {
        var value = value
        value.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

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

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// The common case, checked without allocating: nothing to encode.
    private static func isValid(_ value: String) -> Bool {
        var sawHash = false
        var bytes = value.utf8.makeIterator()
        var pendingHex = 0
        while let byte = bytes.next() {
            if pendingHex > 0 {
                guard isHexDigit(byte) else { return false }
                pendingHex -= 1
                continue
            }
            if byte >= 0x80 {
                // not ASCII: check every scalar, then the ASCII rules from the start
                return value.unicodeScalars.allSatisfy { $0.value < 0x80 || isAllowedNonASCII($0) }
                    && !needsASCIIRepair(value)
            }
            switch byte {
            case UInt8(ascii: "%"): pendingHex = 2
            case UInt8(ascii: "#"):
                if sawHash { return false }
                sawHash = true
            case UInt8(ascii: "["), UInt8(ascii: "]"): return false
            default:
                if !isAllowedASCII(byte) { return false }
            }
        }
        return pendingHex == 0
    }

    /// The ASCII checks of `isValid`, for strings that also hold non-ASCII.
    private static func needsASCIIRepair(_ value: String) -> Bool {
        var sawHash = false
        let bytes = Array(value.utf8)
        for (index, byte) in bytes.enumerated() where byte < 0x80 {
            switch byte {
            case UInt8(ascii: "%"):
                guard index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) else {
                    return true
                }
            case UInt8(ascii: "#"):
                if sawHash { return true }
                sawHash = true
            case UInt8(ascii: "["), UInt8(ascii: "]"): return true
            default:
                if !isAllowedASCII(byte) { return true }
            }
        }
        return false
    }

    private static func repaired(_ value: String) -> String {
        let scalars = Array(value.unicodeScalars)
        // `[` and `]` belong to an IP literal in the authority: `scheme://[...]/`.
        var authority = 0..<0
        if let colon = scalars.firstIndex(of: ":"), colon + 2 < scalars.count,
           scalars[colon + 1] == "/", scalars[colon + 2] == "/" {
            let start = colon + 3
            let end = scalars[start...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? scalars.count
            authority = start..<end
        }
        var result = String.UnicodeScalarView()
        var sawHash = false
        for (index, scalar) in scalars.enumerated() {
            var keep: Bool
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                switch scalar {
                case "%":
                    keep = index + 2 < scalars.count && scalars[index + 1].isASCIIHexDigit && scalars[index + 2].isASCIIHexDigit
                case "#":
                    keep = !sawHash
                    sawHash = true
                case "[", "]":
                    keep = authority.contains(index)
                default:
                    keep = isAllowedASCII(byte)
                }
            } else {
                keep = isAllowedNonASCII(scalar)
            }
            if keep {
                result.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    result.append("%")
                    result.append(Unicode.Scalar(hexDigits[Int(byte >> 4)]))
                    result.append(Unicode.Scalar(hexDigits[Int(byte & 0x0F)]))
                }
            }
        }
        return String(result)
    }

    @inline(__always)
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// ASCII that may appear as is (`%`, `#`, `[`, `]` are judged apart).
    @inline(__always)
    private static func isAllowedASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, 0x7F: return false
        case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false
        default: return true
        }
    }

    /// RFC 3987 `ucschar` without the characters RFC 3987 (4.1) or a
    /// consumer refuses: bidi controls, U+FEFF, and the Unicode spaces and
    /// separators (rdflib's N-Triples reader stops at them).
    private static func isAllowedNonASCII(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x80...0x9F: return false                       // C1 controls
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return false
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return false
        case 0xD800...0xF8FF: return false                   // surrogates, private use
        case 0xFDD0...0xFDEF, 0xFFF0...0xFFFF: return false  // non-characters, specials
        case 0xE0000...0xE0FFF: return false                 // tags, variation selectors: not ucschar
        case 0xF0000...: return false                        // private-use planes
        default:
            return value & 0xFFFE != 0xFFFE                  // U+nFFFE, U+nFFFF
        }
    }
}

extension Unicode.Scalar {
    var isASCIIHexDigit: Bool {
        ("0"..."9").contains(self) || ("a"..."f").contains(self) || ("A"..."F").contains(self)
    }
}
