/// The writing system of a letter, as far as the tool cares.
package enum Script: UInt8, Sendable, Codable {
    case latin
    case arabic
    case other

    /// The script of a letter or mark; `nil` for anything that is not a letter.
    @inline(__always)
    package static func of(_ scalar: Unicode.Scalar) -> Script? {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) ? .latin : nil
        }
        switch value {
        case 0x00C0...0x024F, 0x1E00...0x1EFF, 0x0250...0x02AF: return scalar.properties.isAlphabetic ? .latin : nil
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return isArabicLetterOrMark(value) ? .arabic : nil
        default:
            return scalar.properties.isAlphabetic ? .other : nil
        }
    }

    private static func isArabicLetterOrMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return false  // punctuation
        case 0x0660...0x0669, 0x06F0...0x06F9: return false  // digits
        case 0xFD3E, 0xFD3F: return false  // ornate parentheses
        default: return true
        }
    }
}
