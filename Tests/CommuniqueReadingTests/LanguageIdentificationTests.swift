import CommuniqueReading
import CommuniqueText
import Testing

/// Language of a text among ar, fa, nl, de, fr, en, es, it, or `und`;
/// Arabic against Persian even for a few words.
@Suite("language identification")
struct LanguageIdentificationTests {
    static let sentences: [(String, String)] = [
        ("ar", "استقبل وزير الخارجية نظيره المصري في الرباط."),
        ("fa", "وزیر امور خارجه با همتای مصری خود در رباط دیدار کرد."),
        ("nl", "De minister heeft gisteren zijn collega uit Egypte ontvangen."),
        ("de", "Der Minister hat gestern seinen Kollegen aus Ägypten empfangen."),
        ("fr", "Le ministre a reçu hier son homologue égyptien."),
        ("en", "The minister received his Egyptian counterpart yesterday."),
        ("es", "El ministro recibió ayer a su homólogo egipcio."),
        ("it", "Il ministro ha ricevuto ieri il suo omologo egiziano."),
    ]

    @Test("one sentence in each language", arguments: sentences)
    func sentence(_ language: String, _ text: String) {
        #expect(Reading.language(text) == language)
    }

    static let short: [(String, String)] = [
        ("ar", "وزير الخارجية"), ("fa", "وزیر امور خارجه"),
        ("ar", "في الرباط"), ("fa", "در رباط"),
        ("ar", "اليوم الإثنين"), ("fa", "روز دوشنبه"),
        ("ar", "آخر الأخبار"), ("fa", "آخرین اخبار"),
        ("ar", "إقرأ أيضاً"), ("fa", "بیشتر بخوانید"),
        ("ar", "المملكة المغربية"), ("fa", "پادشاهی مراکش"),
        // Persian typed with Arabic letters ي and ك still has Persian words
        ("fa", "وزير كشور با همتاي خود ديدار كرد"),
    ]

    @Test("Arabic or Persian in two or three words", arguments: short)
    func arabicOrPersian(_ language: String, _ text: String) {
        #expect(Reading.language(text) == language)
    }

    @Test("short Latin-script lines", arguments: [
        ("fr", "Publié le 18 février 2025"), ("it", "Pubblicato il 22 aprile 2024"), ("es", "Publicado el 22 de abril"),
        ("de", "Veröffentlicht am 3. Februar"), ("nl", "Gepubliceerd op 22 april"), ("en", "Published on 22 April"),
        ("nl", "Minister van Binnenlandse Zaken"), ("de", "Lesen Sie auch"),
    ])
    func shortLatin(_ language: String, _ text: String) {
        #expect(Reading.language(text) == language)
    }

    @Test("other languages and no words are und", arguments: [
        "Министр иностранных дел встретился с коллегой.", "外交部长会见了埃及同行。", "12:45 — 2024 / 07", "",
        "Dışişleri bakanı Mısırlı mevkidaşıyla görüştü.",
    ])
    func undetermined(_ text: String) {
        #expect(Reading.language(text) == "und")
    }

    @Test("a mixed page: every paragraph gets its own language, the article the main one")
    func mixed() throws {
        let text = """
        Le ministre marocain reçoit son homologue allemand à Rabat

        Le ministre de l'Intérieur a reçu lundi à Rabat son homologue allemande pour des entretiens sur la migration et la sécurité.

        Die Bundesinnenministerin sagte nach dem Treffen, die Zusammenarbeit mit Marokko sei für Deutschland sehr wichtig.

        وأكد الوزيران على أهمية تعزيز التعاون بين البلدين في مجال الأمن والهجرة.

        Les deux ministres se retrouveront en automne à Berlin pour faire le point sur leurs projets communs.
        """
        let article = try Reading.article(text)
        #expect(article.language == "fr")
        #expect(article.paragraphs.map(\.language) == ["fr", "fr", "de", "ar", "fr"])
    }

    @Test("a weak line takes the article's language, a clear one keeps its own")
    func weakLines() throws {
        let text = """
        Minister van Binnenlandse Zaken ontvangt collega in Den Haag

        De minister van Binnenlandse Zaken heeft maandag in Den Haag haar collega ontvangen voor overleg over veiligheid en migratie.

        Volgens het ministerie spraken de twee bewindslieden over de samenwerking tussen de politiediensten van beide landen.

        Back to top
        """
        let article = try Reading.article(text)
        #expect(article.language == "nl")
        #expect(article.paragraphs.first?.language == "nl")
        #expect(article.paragraphs.last?.language == "en")
    }
}
