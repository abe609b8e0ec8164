import CommuniqueReading
import CommuniqueText
import Testing

/// Datelines and publication dates in the eight languages.
@Suite("dates in text")
struct DateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let language: String
        let text: String
        let day: String
        var testDescription: String { text }
    }

    static let cases = [
        Case(language: "fr", text: "Rabat, 18 février 2025 (MAP) -", day: "2025-02-18"),
        Case(language: "fr", text: "le 1er mars 2024", day: "2024-03-01"),
        Case(language: "en", text: "Monday 22 April 2024 - 21:45", day: "2024-04-22"),
        Case(language: "en", text: "October 31st, 2023", day: "2023-10-31"),
        Case(language: "ar", text: "تاريخ النشر: 31st, October 2023 GMT", day: "2023-10-31"),
        Case(language: "ar", text: "الرباط في ٣٠ أكتوبر ٢٠٢٣ (و م ع) -", day: "2023-10-30"),
        Case(language: "ar", text: "تونس في ١٥ جانفي ٢٠٢٤", day: "2024-01-15"),
        Case(language: "ar", text: "الدار البيضاء، ٥ شتنبر ٢٠٢٤", day: "2024-09-05"),
        Case(language: "ar", text: "الجزائر، 2 جويلية 2023", day: "2023-07-02"),
        Case(language: "ar", text: "الرباط 12 غشت 2022", day: "2022-08-12"),
        Case(language: "ar", text: "بيروت، ٣ تشرين الأول ٢٠٢٣", day: "2023-10-03"),
        Case(language: "fa", text: "تهران، ۸ آبان ۱۴۰۲ -", day: "2023-10-30"),
        Case(language: "fa", text: "۱ فروردین ۱۴۰۳", day: "2024-03-20"),
        Case(language: "fa", text: "کابل، ۲۵ سرطان ۱۴۰۳", day: "2024-07-15"),  // Dari month names
        Case(language: "fa", text: "۱۰ جدی ۱۴۰۳", day: "2024-12-30"),
        Case(language: "fa", text: "۳۰ اکتبر ۲۰۲۳", day: "2023-10-30"),
        Case(language: "nl", text: "Den Haag, 22 april 2024 -", day: "2024-04-22"),
        Case(language: "de", text: "Berlin, 3. Februar 2025 (dpa) -", day: "2025-02-03"),
        Case(language: "de", text: "Wien, 5. Jänner 2024", day: "2024-01-05"),
        Case(language: "es", text: "Madrid, 22 de abril de 2024 (EFE) -", day: "2024-04-22"),
        Case(language: "it", text: "Roma, 22 aprile 2024 -", day: "2024-04-22"),
        Case(language: "en", text: "22/04/2024", day: "2024-04-22"),
        Case(language: "en", text: "2024-04-22T10:00", day: "2024-04-22"),
    ]

    @Test("a full date", arguments: cases)
    func fullDate(_ expected: Case) {
        #expect(Reading.days(expected.text, language: expected.language).first == expected.day)
    }

    @Test("a day and month without a year take the anchor's year; alone, they stay a day and month")
    func anchored() {
        let anchor = CalendarDate(year: 2025, month: 1, day: 10)!
        #expect(Reading.days("le 28 décembre", language: "fr", anchor: anchor) == ["2024-12-28"])
        #expect(Reading.days("am 3. Januar", language: "de", anchor: anchor) == ["2025-01-03"])
        let bare = Reading.dates("le 28 décembre", language: "fr")
        #expect(bare.first?.date == nil)
        #expect(bare.first?.dayMonth?.day == 28)
        #expect(bare.first?.dayMonth?.month == 12)
    }

    @Test("weekdays and relative days are found for later resolution")
    func relative() {
        #expect(Reading.dates("اليوم الإثنين", language: "ar").contains { $0.weekday == .monday })
        #expect(Reading.dates("روز دوشنبه", language: "fa").contains { $0.weekday == .monday })
        #expect(Reading.dates("hier soir", language: "fr").contains { $0.relativeDay == -1 })
        #expect(Reading.dates("gisteren", language: "nl").contains { $0.relativeDay == -1 })
    }

    @Test("a publication line dates the article; a dateline dates its story", arguments: [
        ("Un titre assez long pour une dépêche de presse\n\nPublié le 3 mars 2024\n\nParis, 2 mars 2024 (AFP) - Le ministre de l'Intérieur a reçu hier son homologue pour un entretien consacré à la sécurité.\n\nLes deux ministres ont décidé de poursuivre leur coopération et de se revoir à l'automne prochain.", "2024-03-03", "2024-03-02"),
        ("Ministers meet in Lisbon to discuss border security\nMonday 22 April 2024 - 21:45\nLISBON (Newswire) - The interior ministers of Portugal and Morocco met in Lisbon on Monday to discuss border security.\nThey agreed to meet again before the end of the year in Rabat, officials said.", "2024-04-22", nil),
        ("خبرگزاری | سیاسی | اقتصادی | ورزشی\nکد خبر: ۸۵۶۱۲۲۰۱ | دوشنبه ۱۴ آبان ۱۴۰۳ - ۱۱:۰۵\nدیدار وزیران کشور دو کشور در تهران\nوزیر کشور ایران روز دوشنبه در تهران با همتای ترکیه‌ای خود دیدار و درباره امنیت مرزها گفت‌وگو کرد.\nدو طرف بر ادامه همکاری در مبارزه با قاچاق مواد مخدر تاکید کردند و قرار شد دیدار بعدی در آنکارا برگزار شود.", "2024-11-04", nil),
    ] as [(String, String, String?)])
    func articleDates(_ text: String, _ published: String, _ dateline: String?) throws {
        let article = try Reading.article(text)
        #expect(article.published?.description == published)
        #expect(article.datelineDate?.description == dateline)
        #expect(article.anchorDate?.description == dateline ?? published)
    }

    @Test("a dateline closed by a full stop or a comma dates its story; a date that opens a sentence does not")
    func datelineWithoutDash() throws {
        let dated = try Reading.article("Innenminister beraten in Prag\n\nPrag, 6. Mai 2025. Der tschechische Innenminister hat am Dienstag seinen slowakischen Amtskollegen empfangen.\n\nBeide sprachen über die Sicherung der Grenzen und über die Migration auf der Balkanroute.")
        #expect(dated.datelineDate?.description == "2025-05-06")
        let sentence = try Reading.article("Innenminister beraten in Prag\n\nAm 6. Mai 2025, einem Dienstag, hat der tschechische Innenminister seinen slowakischen Amtskollegen empfangen.\n\nBeide sprachen über die Sicherung der Grenzen und über die Migration auf der Balkanroute.")
        #expect(sentence.datelineDate == nil)
    }

    @Test("numbers that are not dates are not dates")
    func notDates() {
        #expect(Reading.days("38 Tote bei 12:54", language: "de").isEmpty)
        #expect(Reading.days("31/02/2024", language: "en").isEmpty)
        #expect(Reading.days("le groupe des 24", language: "fr").isEmpty)
    }
}
