/// A whole text in matching form with, for every UTF-8 byte of the normalized
/// string, the UTF-8 span of the original character it came from, so a span
/// found in the normalized text maps back to the exact original span.
package struct NormalizedText: Sendable {
    package let original: String
    package let normalized: String
    private let starts: [Int]
    private let ends: [Int]

    package init(_ original: String) {
        self.original = original
        var normalized = String.UnicodeScalarView()
        var starts: [Int] = []
        var ends: [Int] = []
        starts.reserveCapacity(original.utf8.count)
        ends.reserveCapacity(original.utf8.count)
        var offset = 0
        var piece = String.UnicodeScalarView()
        for scalar in original.unicodeScalars {
            let width = UTF8.width(scalar)
            piece.removeAll(keepingCapacity: true)
            MatchNormalizer.appendScalar(scalar, to: &piece)
            for produced in piece {
                for _ in 0..<UTF8.width(produced) {
                    starts.append(offset)
                    ends.append(offset + width)
                }
                normalized.append(produced)
            }
            offset += width
        }
        self.normalized = String(normalized)
        self.starts = starts
        self.ends = ends
    }

    /// The UTF-8 range of the original text behind the normalized UTF-8 byte
    /// range `range` (whole original characters; empty for an empty range).
    package func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.lowerBound < starts.count else {
            let at = range.lowerBound < starts.count ? starts[range.lowerBound] : original.utf8.count
            return at..<at
        }
        return starts[range.lowerBound]..<ends[min(range.upperBound, ends.count) - 1]
    }

    /// The original span of the first place where `pattern`, in matching
    /// form, occurs in the normalized text.
    package func find(_ pattern: String) -> Substring? {
        let needle = Array(MatchNormalizer.normalize(pattern).utf8)
        let haystack = Array(normalized.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) {
                return originalSpan(start..<(start + needle.count))
            }
        }
        return nil
    }

    /// The original text behind the normalized UTF-8 byte range `range`.
    package func originalSpan(_ range: Range<Int>) -> Substring {
        let utf8 = original.utf8
        guard !range.isEmpty, range.lowerBound < starts.count else {
            let at = range.lowerBound < starts.count ? starts[range.lowerBound] : utf8.count
            let index = utf8.index(utf8.startIndex, offsetBy: at)
            return original[index..<index]
        }
        let lower = starts[range.lowerBound]
        let upper = ends[min(range.upperBound, ends.count) - 1]
        return original[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
    }
}
