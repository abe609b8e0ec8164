import CommuniqueText
import Foundation
import Testing

/// The matching form of text (never shown): NFKC, Arabic and Persian letter
/// variants, joiners and bidi marks, digits, quotes and dashes; and the offset
/// map that takes a match back to the exact original text.
@Suite("normalization for matching")
struct NormalizationTests {
    @Test("pairs that must match", arguments: [
        // Arabic and Persian letter variants, hamza forms, tatweel, diacritics
        ("وزیر", "وزير"), ("کشور", "كشور"), ("مصطفى", "مصطفي"), ("الداخلية", "الداخليه"), ("أحمد", "احمد"),
        ("إعلان", "اعلان"), ("آل", "ال"), ("مؤتمر", "موتمر"), ("رئيس", "رييس"), ("وزيـــر", "وزير"),
        ("مُحَمَّد", "محمد"), ("همه\u{0654}", "همه"), ("ٱلله", "الله"),
        // ZWNJ and bidi marks
        ("می\u{200C}کند", "میکند"), ("\u{200F}الرباط\u{200E}", "الرباط"), ("\u{202B}Rabat\u{202C}", "rabat"),
        // digits
        ("٢٠٢٤", "2024"), ("۱۴۰۲", "1402"), ("２０２４", "2024"),
        // NFKC: ligatures, full-width and presentation forms, superscripts
        ("ﬁnance", "finance"), ("Ｒａｂａｔ", "rabat"), ("ﻻ", "لا"), ("x²", "x2"), ("ª", "a"),
        // Latin diacritics and case
        ("Intérieur", "interieur"), ("Außenminister", "aussenminister"), ("ÉCONOMIE", "economie"),
        ("e\u{0301}", "e"), ("Œuvre", "oeuvre"), ("Innen\u{00AD}minister", "innenminister"),
        // quotes and dashes
        ("l’Intérieur", "l'interieur"), ("«Hallo»", "\"hallo\""), ("„Hallo“", "\"hallo\""), ("‹a›", "\"a\""),
        ("a–b—c−d", "a-b-c-d"), ("‚x‘", "'x'"),
    ])
    func matches(_ text: String, _ expected: String) {
        #expect(MatchNormalizer.normalize(text) == MatchNormalizer.normalize(expected))
        #expect(MatchNormalizer.normalize(text) == expected.lowercased() || expected.unicodeScalars.contains { $0.value >= 0x600 }
                || MatchNormalizer.normalize(expected) == MatchNormalizer.normalize(text))
    }

    @Test("the normalized form is stable: normalizing twice changes nothing")
    func idempotent() {
        let text = "Le Ministre de l’Intérieur — وزیـر الکشور ۱۴۰۲ می‌کند ﬁ Ｒａｂａｔ x² «a»"
        let once = MatchNormalizer.normalize(text)
        #expect(MatchNormalizer.normalize(once) == once)
    }

    @Test("a match in the normalized text maps back to the exact original span", arguments: [
        ("استقبل وزیـــر الداخلیة، السيد عبد الوافي", "وزير الداخلية", "وزیـــر الداخلیة"),
        ("دیدار با همتای\u{200C}اش در تهران", "همتایاش", "همتای\u{200C}اش"),
        ("Le ministre de l’Intérieur a reçu", "l'interieur", "l’Intérieur"),
        ("Treffen am ３. Februar ２０２５ in Berlin", "3. februar 2025", "３. Februar ２０２５"),
        ("\u{200F}الرباط في ٣٠ أكتوبر\u{200E}", "30 اكتوبر", "٣٠ أكتوبر"),
        ("la ﬁnance publique", "finance", "ﬁnance"),
    ])
    func offsetMap(_ original: String, _ pattern: String, _ expected: String) throws {
        let text = NormalizedText(original)
        let span = try #require(text.find(pattern))
        #expect(span == expected)
        // byte offsets agree with the original string
        let range = text.originalRange(Array(text.normalized.utf8).firstRange(of: Array(MatchNormalizer.normalize(pattern).utf8))!)
        let bytes = Array(original.utf8)[range]
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("a token's matching form and its original text come from the same span")
    func tokens() {
        let text = "Le ministre de l’Intérieur, M. Laftit, a reçu «Nancy Faeser» à Rabat le ٣٠ أكتوبر."
        for token in Tokenizer.tokenize(text) {
            #expect(MatchNormalizer.normalize(token.text(in: text)) == token.norm, "\(token.text(in: text))")
        }
        let words = Tokenizer.tokenize("Innen\u{00AD}minister می\u{200C}کند").filter(\.isWord)
        #expect(words.count == 2)
    }
}
