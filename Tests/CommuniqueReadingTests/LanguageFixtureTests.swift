import CommuniqueReading
import CommuniqueText
import Testing

/// One scraped text article per language (written for these tests): menus,
/// headline, publication line, dateline, body, "read also" and headline lists,
/// source lines.
@Suite("text articles in the eight languages")
struct LanguageFixtureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let language: String
        let title: String
        let published: String?
        let dateline: String
        let bodies: Int
        /// Text of lines that must be boilerplate.
        let boilerplate: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "fr.txt", language: "fr", title: "Le Maroc et la Belgique veulent aller plus loin sur la sécurité",
             published: "2025-02-18", dateline: "2025-02-18", bodies: 3,
             boilerplate: ["Accueil", "Monde", "Lire aussi", "- 10:42 Un nouveau port", "Source : MAP"]),
        Case(file: "en.txt", language: "en", title: "Ministers agree to share more data on border crossings",
             published: "2024-04-22", dateline: "2024-04-22", bodies: 3,
             boilerplate: ["Home | World", "Read more", "- 18:02 Rail strike", "Back to top"]),
        Case(file: "nl.txt", language: "nl", title: "Minister van Binnenlandse Zaken ontvangt Marokkaanse collega in Den Haag",
             published: "2024-04-22", dateline: "2024-04-22", bodies: 3,
             boilerplate: ["Nieuws", "Lees meer", "- 14:05 Kabinet", "Deel dit artikel"]),
        Case(file: "de.txt", language: "de", title: "Innenminister beraten über Zusammenarbeit bei der Migration",
             published: "2025-02-03", dateline: "2025-02-03", bodies: 3,
             boilerplate: ["Startseite", "Lesen Sie auch", "- 13:20 Bahn", "Quelle: dpa"]),
        Case(file: "es.txt", language: "es", title: "El ministro del Interior recibe a su homólogo marroquí en Madrid",
             published: "2024-04-22", dateline: "2024-04-22", bodies: 3,
             boilerplate: ["Portada", "Lea también", "- 17:45 El Gobierno", "Fuente: EFE"]),
        Case(file: "it.txt", language: "it", title: "Il ministro dell'Interno incontra il collega marocchino a Roma",
             published: "2024-04-22", dateline: "2024-04-22", bodies: 3,
             boilerplate: ["Home", "Leggi anche", "- 19:30 Nuove regole", "Fonte: ANSA"]),
        Case(file: "fa.txt", language: "fa", title: "دیدار وزیران کشور ایران و ترکیه در تهران",
             published: "2023-10-30", dateline: "2023-10-30", bodies: 3,
             boilerplate: ["خانه | سیاست", "آخرین اخبار", "- ۱۲:۳۰ افزایش"]),
        Case(file: "ar.txt", language: "ar", title: "وزير الداخلية يستقبل نظيره الإسباني بالرباط",
             published: nil, dateline: "2023-10-30", bodies: 3,
             boilerplate: ["الرئيسية | سياسة", "المصدر: وكالة الأنباء", "إقرأ أيضاً:"]),
    ]

    @Test("language, title, dates and boilerplate", arguments: cases)
    func article(_ expected: Case) throws {
        let result = try Reading.read(Reading.fixtures + "/languages/" + expected.file)
        #expect(result.skipped.isEmpty, "\(result.issues)")
        let article = try #require(result.articles.first)
        #expect(article.identifier == expected.file)
        #expect(article.path == expected.file)
        #expect(article.language == expected.language)
        #expect(article.title == expected.title)
        #expect(article.paragraphs(.title).map(\.text) == [expected.title])
        #expect(article.published?.description == expected.published)
        #expect(article.datelineDate?.description == expected.dateline)
        #expect(article.paragraphs(.body).count == expected.bodies)
        for paragraph in article.contentParagraphs {
            #expect(paragraph.language == expected.language, "\(paragraph.text)")
        }
        for line in expected.boilerplate {
            let paragraph = try #require(article.paragraph(startingWith: line), "\(line) missing")
            #expect(paragraph.role == .boilerplate, "\(line) is \(paragraph.role)")
            #expect(paragraph.reason != nil)
        }
        // no boilerplate reaches the extractor
        for line in expected.boilerplate {
            #expect(!article.contentText.contains(line))
        }
    }

    @Test("an Arabic text with a second story after its source line becomes two articles")
    func arabicSecondStory() throws {
        let result = try Reading.read(Reading.fixtures + "/languages/ar.txt")
        #expect(result.articles.map(\.identifier) == ["ar.txt", "ar.txt#2"])
        let second = result.articles[1]
        #expect(second.title == "افتتاح معرض للكتاب في تونس بمشاركة واسعة")
        #expect(second.paragraphs(.body).count == 3)
        #expect(second.language == "ar")
        // the second story is not dated by the first one's dateline
        #expect(second.published == nil)
        #expect(second.datelineDate == nil)
        #expect(!result.articles[0].contentText.contains("معرض"))
    }

    @Test("the dateline stays in the first body paragraph, which the extractor reads")
    func datelineIsBody() throws {
        let article = try #require(try Reading.read(Reading.fixtures + "/languages/fr.txt").articles.first)
        let first = try #require(article.paragraphs(.body).first)
        #expect(first.text.hasPrefix("Rabat, 18 février 2025 (MAP) - Le ministre"))
        #expect(article.paragraph(startingWith: "Publié le")?.role == .dateline)
    }

    @Test("a box of similar news after the story is boilerplate, its headlines too", arguments: [
        ("de", "Ähnliche Nachrichten"), ("en", "Similar news"), ("it", "Potrebbe interessarti"), ("es", "Te puede interesar"),
    ])
    func similarNewsBox(_ language: String, _ heading: String) throws {
        let body: [String: String] = [
            "de": "Der Innenminister hat am Montag in Wien seinen Amtskollegen empfangen. Beide sprachen über die Migration und über die Grenzen.",
            "en": "The interior minister received his counterpart in Vienna on Monday. The two spoke about migration and about the borders.",
            "it": "Il ministro dell'Interno ha ricevuto lunedì a Vienna il suo omologo. I due hanno parlato di migrazione e di frontiere.",
            "es": "El ministro del Interior recibió el lunes en Viena a su homólogo. Ambos hablaron de migración y de las fronteras.",
        ]
        let text = "Ministers meet in Vienna\n\n\(body[language]!)\n\n\(heading)\nMinister Anna Berger trifft Kollegen in Graz\n"
        let article = try Reading.article(text)
        let box = try #require(article.paragraphs.firstIndex { $0.text == heading })
        #expect(article.paragraphs[box...].allSatisfy { $0.role == .boilerplate }, "\(article.paragraphs.map { ($0.text, $0.role) })")
    }
}
