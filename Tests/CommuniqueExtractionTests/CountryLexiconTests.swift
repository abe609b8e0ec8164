import CommuniqueExtraction
import CommuniqueLexicon
import CommuniqueText
import Foundation
import Testing

/// The country files of the bundled lexicon: a minister qualified by a country
/// adjective gets that country in every language, and the files cover every
/// state without giving one form to two countries.
@Suite("country lexicon")
struct CountryLexiconTests {
    /// One sentence per language introducing a minister with a country adjective (`{adj}`).
    static let sentences: [String: String] = [
        "en": "The {adj} minister of the Interior, Daniel Varga, arrived in Geneva on Monday for talks on border security.",
        "fr": "Le ministre {adj} de l'Intérieur, Daniel Varga, est arrivé lundi à Genève pour des entretiens sur la sécurité des frontières.",
        "es": "El ministro {adj} del Interior, Daniel Varga, llegó el lunes a Ginebra para conversar sobre la seguridad de las fronteras.",
        "it": "Il ministro dell'Interno {adj}, Daniel Varga, è arrivato lunedì a Ginevra per colloqui sulla sicurezza delle frontiere.",
        "de": "Der {adj} Innenminister Daniel Varga ist am Montag zu Gesprächen über die Sicherheit der Grenzen in Genf eingetroffen.",
        "nl": "De {adj} minister van Binnenlandse Zaken, Daniel Varga, is maandag in Genève aangekomen voor gesprekken over de veiligheid van de grenzen.",
        "ar": "وصل وزير الداخلية {adj} دانيال فارغا يوم الاثنين إلى جنيف لإجراء محادثات حول أمن الحدود.",
        "fa": "وزیر کشور {adj}، دانیل وارگا، روز دوشنبه برای گفتگو درباره امنیت مرزها وارد ژنو شد.",
    ]

    /// The minister's name as each sentence writes it.
    static let minister: [String: String] = [
        "en": "Daniel Varga", "fr": "Daniel Varga", "es": "Daniel Varga", "it": "Daniel Varga",
        "de": "Daniel Varga", "nl": "Daniel Varga", "ar": "دانيال فارغا", "fa": "دانیل وارگا",
    ]

    struct Sample: Sendable, CustomTestStringConvertible {
        let code: String
        /// Language → the adjective as the sentence of that language needs it.
        let adjectives: [String: String]
        var testDescription: String { code }
    }

    /// Twenty states from every region, most of them absent from the first version of the files.
    static let samples: [Sample] = [
        Sample(code: "EC", adjectives: ["en": "Ecuadorian", "fr": "équatorien", "es": "ecuatoriano", "it": "ecuadoriano",
                                        "de": "ecuadorianische", "nl": "Ecuadoraanse", "ar": "الإكوادوري", "fa": "اکوادوری"]),
        Sample(code: "BO", adjectives: ["en": "Bolivian", "fr": "bolivien", "es": "boliviano", "it": "boliviano",
                                        "de": "bolivianische", "nl": "Boliviaanse", "ar": "البوليفي", "fa": "بولیویایی"]),
        Sample(code: "UY", adjectives: ["en": "Uruguayan", "fr": "uruguayen", "es": "uruguayo", "it": "uruguaiano",
                                        "de": "uruguayische", "nl": "Uruguayaanse", "ar": "الأوروغوياني", "fa": "اروگوئه‌ای"]),
        Sample(code: "CR", adjectives: ["en": "Costa Rican", "fr": "costaricien", "es": "costarricense", "it": "costaricano",
                                        "de": "costa-ricanische", "nl": "Costa Ricaanse", "ar": "الكوستاريكي", "fa": "کاستاریکایی"]),
        Sample(code: "GT", adjectives: ["en": "Guatemalan", "fr": "guatémaltèque", "es": "guatemalteco", "it": "guatemalteco",
                                        "de": "guatemaltekische", "nl": "Guatemalteekse", "ar": "الغواتيمالي", "fa": "گواتمالایی"]),
        Sample(code: "PA", adjectives: ["en": "Panamanian", "fr": "panaméen", "es": "panameño", "it": "panamense",
                                        "de": "panamaische", "nl": "Panamese", "ar": "البنمي", "fa": "پانامایی"]),
        Sample(code: "JM", adjectives: ["en": "Jamaican", "fr": "jamaïcain", "es": "jamaicano", "it": "giamaicano",
                                        "de": "jamaikanische", "nl": "Jamaicaanse", "ar": "الجامايكي", "fa": "جامائیکایی"]),
        Sample(code: "HT", adjectives: ["en": "Haitian", "fr": "haïtien", "es": "haitiano", "it": "haitiano",
                                        "de": "haitianische", "nl": "Haïtiaanse", "ar": "الهايتي", "fa": "هائیتیایی"]),
        Sample(code: "KH", adjectives: ["en": "Cambodian", "fr": "cambodgien", "es": "camboyano", "it": "cambogiano",
                                        "de": "kambodschanische", "nl": "Cambodjaanse", "ar": "الكمبودي", "fa": "کامبوجی"]),
        Sample(code: "NP", adjectives: ["en": "Nepalese", "fr": "népalais", "es": "nepalí", "it": "nepalese",
                                        "de": "nepalesische", "nl": "Nepalese", "ar": "النيبالي", "fa": "نپالی"]),
        Sample(code: "LK", adjectives: ["en": "Sri Lankan", "fr": "sri-lankais", "es": "esrilanqués", "it": "srilankese",
                                        "de": "sri-lankische", "nl": "Sri Lankaanse", "ar": "السريلانكي", "fa": "سریلانکایی"]),
        Sample(code: "MN", adjectives: ["en": "Mongolian", "fr": "mongol", "es": "mongol", "it": "mongolo",
                                        "de": "mongolische", "nl": "Mongoolse", "ar": "المنغولي", "fa": "مغولستانی"]),
        Sample(code: "SG", adjectives: ["en": "Singaporean", "fr": "singapourien", "es": "singapurense", "it": "singaporiano",
                                        "de": "singapurische", "nl": "Singaporese", "ar": "السنغافوري", "fa": "سنگاپوری"]),
        Sample(code: "TJ", adjectives: ["en": "Tajik", "fr": "tadjik", "es": "tayiko", "it": "tagiko",
                                        "de": "tadschikische", "nl": "Tadzjiekse", "ar": "الطاجيكي", "fa": "تاجیکستانی"]),
        Sample(code: "KG", adjectives: ["en": "Kyrgyz", "fr": "kirghize", "es": "kirguís", "it": "kirghiso",
                                        "de": "kirgisische", "nl": "Kirgizische", "ar": "القيرغيزي", "fa": "قرقیزستانی"]),
        Sample(code: "TW", adjectives: ["en": "Taiwanese", "fr": "taïwanais", "es": "taiwanés", "it": "taiwanese",
                                        "de": "taiwanische", "nl": "Taiwanese", "ar": "التايواني", "fa": "تایوانی"]),
        Sample(code: "FJ", adjectives: ["en": "Fijian", "fr": "fidjien", "es": "fiyiano", "it": "figiano",
                                        "de": "fidschianische", "nl": "Fijische", "ar": "الفيجي", "fa": "فیجیایی"]),
        Sample(code: "MW", adjectives: ["en": "Malawian", "fr": "malawite", "es": "malauí", "it": "malawiano",
                                        "de": "malawische", "nl": "Malawische", "ar": "الملاوي", "fa": "مالاویایی"]),
        Sample(code: "MU", adjectives: ["en": "Mauritian", "fr": "mauricien", "es": "mauriciano", "it": "mauriziano",
                                        "de": "mauritische", "nl": "Mauritiaanse", "ar": "الموريشيوسي", "fa": "موریسی"]),
        Sample(code: "MC", adjectives: ["en": "Monegasque", "fr": "monégasque", "es": "monegasco", "it": "monegasco",
                                        "de": "monegassische", "nl": "Monegaskische", "ar": "الموناكي", "fa": "موناکویی"]),
    ]

    /// The person named `name` in `text`, read as a JSON Lines record in `language`.
    static func person(_ name: String, in text: String, language: String) -> PersonRecord? {
        let record: [String: String] = ["id": "sample", "language": language, "published": "2025-03-10", "text": text]
        let line = String(decoding: try! JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        return Extract.article(line + "\n", name: "sample.jsonl").person(name)
    }

    @Test("a country adjective before or after the title gives the minister's country", arguments: samples)
    func adjectiveGivesCountry(_ sample: Sample) {
        for (language, template) in Self.sentences.sorted(by: { $0.key < $1.key }) {
            guard let adjective = sample.adjectives[language] else {
                Issue.record("no \(language) adjective for \(sample.code)")
                continue
            }
            let text = template.replacingOccurrences(of: "{adj}", with: adjective)
            let person = Self.person(Self.minister[language]!, in: text, language: language)
            #expect(person != nil, "\(language): no minister found in \(text)")
            #expect(person?.country == sample.code, "\(language) \(adjective): country \(person?.country ?? "none")")
        }
    }

    struct Variant: Sendable, CustomTestStringConvertible {
        let language: String
        let adjective: String
        let code: String
        var testDescription: String { "\(language) \(adjective)" }
    }

    /// Spellings and inflected forms news texts use beside the standard one.
    static let variants: [Variant] = [
        Variant(language: "nl", adjective: "Indiase", code: "IN"),
        Variant(language: "nl", adjective: "Kuwaitse", code: "KW"),
        Variant(language: "nl", adjective: "Moldovaanse", code: "MD"),
        Variant(language: "de", adjective: "qatarische", code: "QA"),
        Variant(language: "de", adjective: "srilankische", code: "LK"),
        Variant(language: "de", adjective: "sahrauische", code: "EH"),
        Variant(language: "fr", adjective: "guyanais", code: "GY"),
        Variant(language: "fr", adjective: "sahraoui", code: "EH"),
        Variant(language: "fr", adjective: "états-unien", code: "US"),
        Variant(language: "es", adjective: "paquistaní", code: "PK"),
        Variant(language: "es", adjective: "irakí", code: "IQ"),
        Variant(language: "es", adjective: "saharaui", code: "EH"),
        Variant(language: "it", adjective: "pachistano", code: "PK"),
        Variant(language: "it", adjective: "uzbeco", code: "UZ"),
        Variant(language: "it", adjective: "afgano", code: "AF"),
        Variant(language: "en", adjective: "Ivoirian", code: "CI"),
        Variant(language: "en", adjective: "Moldavian", code: "MD"),
        Variant(language: "en", adjective: "Sahrawi", code: "EH"),
        Variant(language: "ar", adjective: "السينغالي", code: "SN"),
        Variant(language: "ar", adjective: "الغيني", code: "GN"),
        Variant(language: "ar", adjective: "البنجلاديشي", code: "BD"),
        Variant(language: "fa", adjective: "اسپانیولی", code: "ES"),
        Variant(language: "fa", adjective: "عربستانی", code: "SA"),
        Variant(language: "fa", adjective: "سوریه‌ای", code: "SY"),
        Variant(language: "fa", adjective: "گینه‌ای", code: "GN"),
    ]

    @Test("a variant spelling or inflection of a country adjective gives the minister's country", arguments: variants)
    func variantGivesCountry(_ variant: Variant) throws {
        let template = try #require(Self.sentences[variant.language])
        let text = template.replacingOccurrences(of: "{adj}", with: variant.adjective)
        let person = Self.person(Self.minister[variant.language]!, in: text, language: variant.language)
        #expect(person != nil, "no minister found in \(text)")
        #expect(person?.country == variant.code, "country \(person?.country ?? "none")")
    }

    @Test("a German country name in the genitive before the title")
    func germanGenitive() {
        let text = "Ecuadors Innenminister Daniel Varga ist am Montag zu Gesprächen über die Sicherheit der Grenzen in Genf eingetroffen."
        #expect(Self.person("Daniel Varga", in: text, language: "de")?.country == "EC")
    }

    /// The country files as written, by language.
    static func countryFiles() throws -> [String: [String: [String: [String]]]] {
        let folder = try #require(Lexicon.bundledDirectory).appendingPathComponent("countries")
        var files: [String: [String: [String: [String]]]] = [:]
        for language in ["ar", "fa", "nl", "de", "fr", "en", "es", "it"] {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(language).json"))
            files[language] = try JSONDecoder().decode([String: [String: [String]]].self, from: data)
        }
        return files
    }

    @Test("every UN member state, Kosovo, Palestine, Taiwan and Vatican City have an entry in every language")
    func coversEveryState() throws {
        let states = """
            AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO
            KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN
            HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM
            MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS
            SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US
            UY UZ VU VE VN YE ZM ZW XK PS TW VA
            """.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(states.count == 197)
        let lexicon = Extract.lexicon
        for (language, entries) in try Self.countryFiles() {
            let missing = states.filter { entries[$0] == nil }
            #expect(missing.isEmpty, "countries/\(language).json lacks \(missing)")
            let unknown = entries.keys.filter { !lexicon.countries.isKnown($0) }
            #expect(unknown.isEmpty, "countries/\(language).json has unknown codes \(unknown)")
        }
    }

    @Test("no adjective form belongs to two countries in one language")
    func adjectivesAreUnambiguous() throws {
        for (language, entries) in try Self.countryFiles() {
            var owners: [String: Set<String>] = [:]
            for (code, entry) in entries {
                for adjective in entry["adjectives"] ?? [] {
                    let form = Tokenizer.tokenize(adjective).filter(\.isWord).map(\.norm).joined(separator: " ")
                    owners[form, default: []].insert(code)
                }
            }
            let shared = owners.filter { $0.value.count > 1 }.map { "\($0.key) \($0.value.sorted())" }.sorted()
            #expect(shared.isEmpty, "countries/\(language).json: \(shared)")
        }
    }
}
