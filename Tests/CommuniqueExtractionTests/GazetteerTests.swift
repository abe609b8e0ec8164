import CommuniqueExtraction
import CommuniqueLexicon
import CommuniqueText
import Foundation
import Testing

/// The bundled gazetteer (places.json): well formed, unambiguous, and
/// complete where users count on it.
@Suite struct GazetteerTests {
    struct Entry {
        let id: String
        let country: String
        let kind: String
        let city: String?
        let names: [String]
    }

    /// The entries as written in the bundled file, before the loader drops repeated ids.
    static let entries: [Entry] = {
        let url = Lexicon.bundledDirectory!.appendingPathComponent("places.json")
        let array = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [[String: Any]]
        return array.map { object in
            Entry(id: object["id"] as? String ?? "", country: object["country"] as? String ?? "",
                  kind: object["kind"] as? String ?? "", city: object["city"] as? String,
                  names: object["names"] as? [String] ?? [])
        }
    }()

    /// The matching form of a name: its tokens as the phrase matcher compares them.
    static func key(_ name: String) -> String {
        Tokenizer.tokenize(name).map(\.norm).joined(separator: " ")
    }

    /// What the annotator reads in `name` alone, spanning all of it.
    static func readings(_ name: String) -> [LexicalEntry] {
        let tokens = Tokenizer.tokenize(name)
        let matches = Annotator(lexicon: Extract.lexicon).annotate(tokens, language: -1)
        return (matches.first ?? []).filter { $0.end == tokens.count }.map(\.entry)
    }

    @Test func idsAreUniqueSlugs() {
        var seen = Set<String>()
        for entry in Self.entries {
            #expect(seen.insert(entry.id).inserted, "id \(entry.id) is used twice")
            #expect(entry.id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "id \(entry.id) is not a lower-case ASCII slug")
        }
        #expect(Self.entries.count >= 500)
    }

    @Test func countriesKindsAndLabelsAreValid() {
        let countries = Extract.lexicon.countries
        let byID = Dictionary(Self.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in Self.entries {
            #expect(entry.country.count == 2 && countries.isKnown(entry.country), "\(entry.id): country \(entry.country)")
            #expect(entry.kind == "city" || entry.kind == "venue", "\(entry.id): kind \(entry.kind)")
            #expect(entry.names.contains { $0.unicodeScalars.contains { $0.properties.isAlphabetic && $0.value < 0x250 } },
                    "\(entry.id) has no Latin-script name for its label")
            if let city = entry.city {
                #expect(entry.kind == "venue", "\(entry.id): only a venue has a city")
                #expect(byID[city]?.kind == "city" && byID[city]?.country == entry.country,
                        "\(entry.id): city \(city) is not a city of \(entry.country)")
            }
        }
    }

    @Test func noNameBelongsToTwoPlaces() {
        var owner: [String: String] = [:]
        for entry in Self.entries {
            for name in entry.names {
                let key = Self.key(name)
                if let other = owner[key], other != entry.id {
                    Issue.record("\"\(name)\" names both \(other) and \(entry.id)")
                }
                owner[key] = entry.id
            }
        }
    }

    /// A city named like its country ("Tunis"/تونس, "Kuwait") lists only forms that say "city"; Amman's
    /// عمان is the one word kept for both (Oman), which the extractor settles by the city.
    @Test func noPlaceNameIsACountryName() {
        for entry in Self.entries {
            for name in entry.names where Self.key(name) != Self.key("عمان") && Self.key(name) != Self.key("عمّان") {
                let countries = Self.readings(name).filter {
                    if case .country(_, adjective: false) = $0 { return true } else { return false }
                }
                #expect(countries.isEmpty, "\(entry.id): \"\(name)\" is also read as \(countries)")
            }
        }
    }

    /// Capitals across the regions, each read from its own name in a few languages and scripts.
    @Test(arguments: [
        ("MA", ["Rabat", "الرباط"]), ("DZ", ["Alger", "الجزائر العاصمة"]), ("TN", ["Tunisi", "تونس العاصمة"]),
        ("MR", ["Nuakschott", "انواكشوط"]), ("SN", ["Dakar", "داكار"]), ("NG", ["Abuja"]), ("KE", ["Nairobi", "نایروبی"]),
        ("ZA", ["Pretoria"]), ("EG", ["Le Caire", "القاهرة"]), ("SZ", ["Mbabane"]), ("IR", ["Téhéran", "تهران"]),
        ("IQ", ["Bagdad", "بغداد"]), ("SA", ["Riyadh", "الرياض"]), ("AE", ["Abou Dhabi", "أبوظبي"]),
        ("PS", ["Ramallah", "رام الله"]), ("IL", ["Gerusalemme"]), ("TR", ["Ankara", "آنکارا"]),
        ("IT", ["Roma", "رم", "روما"]), ("DE", ["Berlijn", "برلین"]), ("NL", ["Amsterdam"]), ("BE", ["Bruxelles", "بروکسل"]),
        ("FR", ["Parigi", "پاریس"]), ("ES", ["Madrid", "مادرید"]), ("GB", ["Londres", "لندن"]), ("XK", ["Prishtinë"]),
        ("KG", ["Bichkek", "بیشکک"]), ("MN", ["Oulan-Bator"]), ("NP", ["Katmandou"]), ("TW", ["Taipeh", "تایپه"]),
        ("GT", ["Ciudad de Guatemala"]), ("EC", ["Quito"]), ("UY", ["Montevideo"]), ("TT", ["Port of Spain"]),
        ("FJ", ["Suva"]), ("TO", ["Nuku'alofa"]), ("AD", ["Andorra la Vella"]), ("LI", ["Vaduz"]),
    ])
    func capitalIsKnown(country: String, names: [String]) {
        let places = Extract.lexicon.places
        for name in names {
            let found = Self.readings(name).compactMap { entry -> KnownPlace? in
                if case .place(let index) = entry { return places[index] } else { return nil }
            }
            #expect(found.contains { $0.country == country && !$0.isVenue }, "\"\(name)\" is not read as a city of \(country)")
        }
    }

    /// Border towns, ports and second cities where ministers meet or visit, read in the forms of several
    /// languages and scripts.
    @Test(arguments: [
        ("badajoz", ["Badajoz", "بطليوس"]), ("dunkirk", ["Dunkerque", "Duinkerken", "Dünkirchen", "دانکرک"]),
        ("aachen", ["Aix-la-Chapelle", "Aken", "Aquisgrana", "آخن"]), ("ventimiglia", ["Vintimille", "Ventimiglia"]),
        ("lesbos", ["Lesvos", "Mytilène", "Lesbo", "ليسبوس"]), ("heraklion", ["Iraklio", "هراکلیون"]),
        ("zarzis", ["Zarzis", "جرجيس"]), ("zuwara", ["Zouara", "زوارة"]), ("edirne", ["Andrinople", "أدرنة", "ادرنه"]),
        ("quetta", ["Quetta", "کویته"]), ("gwadar", ["Gwadar", "جوادر", "گوادر"]), ("sidon", ["Sidone", "صيدا"]),
        ("tyre", ["Tyrus", "مدينة صور"]), ("durres", ["Durazzo", "Durrës"]), ("kos", ["isola di Kos", "جزيرة كوس"]),
        ("frankfurt-oder", ["Frankfurt an der Oder"]), ("ras-jedir", ["راس جدير", "Ras Ajdir"]),
    ])
    func borderAndPortCityIsKnown(id: String, names: [String]) {
        let places = Extract.lexicon.places
        for name in names {
            let found = Self.readings(name).compactMap { entry -> KnownPlace? in
                if case .place(let index) = entry { return places[index] } else { return nil }
            }
            #expect(found.map(\.id) == [id], "\"\(name)\" is read as \(found.map(\.id)), not \(id)")
        }
    }

    /// Words that are city names elsewhere but common words or names in a language stay unread
    /// ("menton" is a chin in French, "Kos" a commissioner's surname, "صور" pictures in Arabic).
    @Test(arguments: ["menton", "Kos", "صور", "Tarifas", "Frankfurt", "الزرقاء", "حمص"])
    func commonWordIsNoNewPlace(word: String) {
        let ids = Self.readings(word).compactMap { entry -> String? in
            if case .place(let index) = entry { return Extract.lexicon.places[index].id } else { return nil }
        }
        #expect(ids.allSatisfy { !["menton", "kos", "tyre", "tarifa", "frankfurt-oder", "zarqa", "homs"].contains($0) },
                "\"\(word)\" is read as \(ids)")
    }

    /// A meeting held at a venue is held in its city, in the venue's words.
    @Test func venueStandsForItsCity() throws {
        let text = "Il ministro dell'Interno Matteo Piantedosi ha ricevuto ieri al Viminale il ministro dell'Interno "
            + "spagnolo Fernando Grande-Marlaska.\n"
        let article = Extract.article(text, name: "viminale.txt")
        let place = try #require(article.meetings.first?.place)
        #expect(place.knownID == "rome")
        #expect(place.country == "IT")
        #expect(place.forms.map(\.text) == ["Viminale"])
    }
}
