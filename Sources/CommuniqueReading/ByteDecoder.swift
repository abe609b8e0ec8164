import Foundation

/// Turns the bytes of an input into text before anything parses them:
/// UTF-8 with or without BOM, UTF-16 with BOM (or unmistakably without),
/// windows-1256 and windows-1252/ISO-8859-1, from a BOM, an HTML charset
/// declaration or the bytes themselves. Invalid sequences become U+FFFD and
/// are counted; binary data is refused.
package enum ByteDecoder {
    package enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case windows1256 = "windows-1256"
        case windows1252 = "windows-1252"
    }

    package struct Decoded: Sendable {
        package let text: String
        package let encoding: Encoding
        /// Bytes or sequences that could not be decoded and became U+FFFD.
        package let replaced: Int
    }

    package struct BinaryInput: Error, CustomStringConvertible {
        package var description: String { "looks like binary data, not text" }
    }

    /// Decodes `bytes`; `declared` is a charset named by the container (an
    /// HTML meta tag, a JSON Lines record is always UTF-8).
    package static func decode(_ bytes: [UInt8], declared: String? = nil, sniffHTML: Bool = false) throws -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes[2...], littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes[2...], littleEndian: false) }
        if let guess = utf16WithoutBOM(bytes) { return decodeUTF16(bytes[...], littleEndian: guess) }
        if isBinary(bytes) { throw BinaryInput() }

        var declaration = declared
        if declaration == nil && sniffHTML { declaration = htmlCharset(bytes) }
        if let declaration, let encoding = encoding(named: declaration) {
            switch encoding {
            case .windows1256, .windows1252:
                // A page that declares a legacy charset but is valid UTF-8 is UTF-8.
                if isValidUTF8(bytes) && bytes.contains(where: { $0 >= 0x80 }) { return decodeUTF8(bytes[...]) }
                return decodeSingleByte(bytes, encoding)
            case .utf8: return decodeUTF8(bytes[...])
            case .utf16LE: return decodeUTF16(bytes[...], littleEndian: true)
            case .utf16BE: return decodeUTF16(bytes[...], littleEndian: false)
            }
        }
        if isValidUTF8(bytes) { return decodeUTF8(bytes[...]) }
        // Mostly UTF-8 with damage (a truncated sequence, a stray byte) stays
        // UTF-8: legacy single-byte text almost never forms a valid multi-byte
        // sequence, damaged UTF-8 still has far more valid ones than broken.
        let (valid, invalid) = utf8SequenceCounts(bytes)
        if valid > 0 && valid >= invalid { return decodeUTF8(bytes[...]) }
        return decodeSingleByte(bytes, looksArabic(bytes) ? .windows1256 : .windows1252)
    }

    package static func encoding(named name: String) -> Encoding? {
        switch name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) {
        case "utf-8", "utf8": return .utf8
        case "utf-16le": return .utf16LE
        case "utf-16be", "utf-16": return .utf16BE
        case "windows-1256", "cp1256", "x-cp1256", "arabic": return .windows1256
        case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
             "iso-8859-15", "latin9":
            return .windows1252
        default: return nil
        }
    }

    static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8, replaced: 0)
        }
        var replaced = 0
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                scalars.append("\u{FFFD}")
                replaced += 1
            }
        }
        return Decoded(text: String(scalars), encoding: .utf8, replaced: replaced)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var replaced = bytes.count % 2
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                scalars.append("\u{FFFD}")
                replaced += 1
            }
        }
        if replaced > 0 && bytes.count % 2 == 1 { scalars.append("\u{FFFD}") }
        return Decoded(text: String(scalars), encoding: littleEndian ? .utf16LE : .utf16BE, replaced: replaced)
    }

    static func decodeSingleByte(_ bytes: [UInt8], _ encoding: Encoding) -> Decoded {
        let table = encoding == .windows1256 ? LegacyEncodingTables.windows1256 : LegacyEncodingTables.windows1252
        var scalars = String.UnicodeScalarView()
        var replaced = 0
        for byte in bytes {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
            } else {
                let value = table[Int(byte) - 0x80]
                if value == 0xFFFD { replaced += 1 }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
        }
        return Decoded(text: String(scalars), encoding: encoding, replaced: replaced)
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// Valid multi-byte sequences and invalid sequences of `bytes` read as UTF-8.
    static func utf8SequenceCounts(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.value >= 0x80 { valid += 1 }
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return (valid, invalid)
    }

    /// Text has few control bytes and no NUL; binary formats have many.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return false }
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return controls * 20 > sample.count
    }

    /// UTF-16 without a BOM shows as every other byte being NUL.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = Array(bytes.prefix(4096))
        guard sample.count >= 8 else { return nil }
        var evenZero = 0
        var oddZero = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
        }
        let half = sample.count / 2
        if oddZero * 10 > half * 6 && evenZero * 20 < half { return true }
        if evenZero * 10 > half * 6 && oddZero * 20 < half { return false }
        return nil
    }

    /// Arabic in windows-1256 comes as runs of high bytes; accented Latin
    /// text as single high bytes between ASCII letters.
    static func looksArabic(_ bytes: [UInt8]) -> Bool {
        var runs = 0
        var highInRuns = 0
        var run = 0
        for byte in bytes {
            if byte >= 0xC1 && byte != 0xD7 && byte != 0xE0 && byte != 0xE2 && byte != 0xE7 && !(0xE8...0xEB).contains(byte)
                && byte != 0xEE && byte != 0xEF && byte != 0xF4 && byte != 0xF7 && byte != 0xF9 && byte != 0xFB && byte != 0xFC {
                run += 1
            } else {
                if run > 0 {
                    runs += 1
                    if run >= 3 { highInRuns += 1 }
                }
                run = 0
            }
        }
        return runs > 0 && highInRuns * 2 >= runs
    }

    /// The charset an HTML page declares in its first 4 KB
    /// (`<meta charset=...>` or `http-equiv` `content="...; charset=..."`).
    static func htmlCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset") else { return nil }
        var rest = head[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        rest = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return rest.isEmpty ? nil : String(rest)
    }
}
