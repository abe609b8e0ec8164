import CommuniqueText
import Foundation

/// Tells words that cannot be part of a person's name in a language whose
/// script has no capitals (Arabic, Persian): common nouns, verbs and
/// participles that follow an office title ("الوزير اليوناني على إسهام ...",
/// "بنظيره، مؤكدا عمق ..."). Built from the `nonNames` section of a
/// language file.
package struct NonNameTest: @unchecked Sendable {
    private let words: Set<String>
    private let asWritten: Set<String>
    /// Immutable after creation; NSRegularExpression matching is thread-safe.
    private let shapes: [NSRegularExpression]

    init(_ file: LanguageFile.NonNames?, language: String) throws {
        words = Set((file?.words ?? []).map { MatchNormalizer.normalize($0) })
        asWritten = Set((file?.asWritten ?? []).map(NonNameTest.unmarked))
        var shapes: [NSRegularExpression] = []
        for pattern in file?.shapes ?? [] {
            do {
                shapes.append(try NSRegularExpression(pattern: pattern))
            } catch {
                throw Lexicon.LoadError(description: "languages/\(language).json: nonNames.shapes: bad regular expression \"\(pattern)\"")
            }
        }
        self.shapes = shapes
    }

    /// True when the word (its matching form `norm`, its text as written) is no name.
    package func excludes(norm: String, written: Substring) -> Bool {
        if words.contains(norm) { return true }
        if !asWritten.isEmpty && asWritten.contains(NonNameTest.unmarked(written)) { return true }
        let range = NSRange(norm.startIndex..<norm.endIndex, in: norm)
        return shapes.contains { $0.firstMatch(in: norm, range: range) != nil }
    }

    /// `text` without Arabic vowel marks and tatweel, letters as written.
    private static func unmarked(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            !(0x064B...0x065F).contains(scalar.value) && scalar.value != 0x0670 && scalar.value != 0x0640
        }))
    }
}
