import CommuniqueExtraction
import CommuniqueLexicon
import CommuniqueText
import Foundation
import Testing

/// How offices written next to names are read: appositions with an article, a
/// lone surname after a precise title, a title-only designation of someone
/// else, "the two ministers" after the names, and ministries whose name tells
/// the country. The articles are written for these tests.
@Suite("offices next to names")
struct OfficeReadingTests {
    /// A sentence that lets the story stand on its own (a one-line text is no story).
    let tail = " The talks dealt with irregular migration, border security and organised crime, officials said afterwards."

    func article(_ headline: String, _ body: String) -> ArticleExtraction {
        Extract.article("\(headline)\n\n\(body)\(tail)\n", name: "office.txt")
    }

    @Test("an apposition with an article: \"X, the Portuguese interior minister,\" in five languages", arguments: [
        "Rui Valadares, the Portuguese interior minister, met Anselmo Quiroga of Spain in Lisbon on Monday." + " The two men"
        + " discussed migration and the protection of the border, according to the ministry.",
        "Rui Valadares, le ministre portugais de l'Intérieur, a rencontré lundi Anselmo Quiroga à Lisbonne. Les deux hommes"
        + " ont évoqué la migration et la surveillance des frontières, selon le ministère.",
        "Rui Valadares, der portugiesische Innenminister, traf am Montag in Lissabon Anselmo Quiroga. Die beiden sprachen"
        + " nach Angaben des Ministeriums über Migration und den Schutz der Grenzen.",
        "Rui Valadares, el ministro portugués del Interior, se reunió el lunes en Lisboa con Anselmo Quiroga. Ambos hablaron"
        + " de la migración y de la vigilancia de las fronteras, según el ministerio.",
        "Rui Valadares, de Portugese minister van Binnenlandse Zaken, ontmoette maandag Anselmo Quiroga in Lissabon. Zij"
        + " spraken volgens het ministerie over migratie en de bewaking van de grenzen.",
    ])
    func appositionWithArticle(_ body: String) throws {
        let found = Extract.article("Lisboa\n\n\(body)\n", name: "office.txt")
        let person = try #require(found.person("Rui Valadares"))
        #expect(person.kind == .minister)
        #expect(person.country == "PT")
    }

    @Test("a lone surname after a title with its country or portfolio is a person; a German noun after an article is not")
    func loneSurname() throws {
        let found = article("Border talks in Madrid",
                            "Madrid - Portuguese Interior Minister Valadares received Spanish Interior Minister Quiroga on Monday in Madrid.")
        let valadares = try #require(found.person("Valadares"))
        let quiroga = try #require(found.person("Quiroga"))
        #expect(valadares.country == "PT" && quiroga.country == "ES")
        #expect(found.meetings.contains { Set($0.participants) == [valadares.localID, quiroga.localID] })

        let german = article("Dank an Rom", "Rom - In diesem Zusammenhang dankte der Minister den italienischen Behörden für ihre Unterstützung bei der Rückführung.")
        #expect(german.person("Behörden") == nil)
        // a bare "Minister" says nothing of the office: no person from one word
        #expect(article("Talks", "Minister Valadares spoke to reporters on Monday about the plan.").person("Valadares") == nil)
    }

    @Test("\"X received the Spanish minister\": X is not Spanish")
    func designationOfSomeoneElse() throws {
        let found = article("Talks", "Interior Minister Rui Valadares received the Spanish minister on Monday for talks on the border.")
        let person = try #require(found.person("Rui Valadares"))
        #expect(person.country != "ES")
    }

    @Test("\"the Federal Minister of Interior of Pakistan, X\": a capitalized word after an article belongs to the office")
    func federalMinister() throws {
        let found = article("Talks in Riyadh", "Riyadh - The Saudi Minister of Interior, Faisal Al-Mutairi, received yesterday the Federal Minister of Interior of Pakistan, Mr. Tariq Hassan Durrani, and his delegation.")
        let guest = try #require(found.person("Tariq Hassan Durrani"))
        #expect(guest.kind == .minister && guest.country == "PK")
        #expect(found.person("Federal") == nil)
    }

    @Test("\"Bei einem Treffen ... die beiden Minister\": a meeting of the two counterparts named just before")
    func twoMinistersTogether() throws {
        let found = article("Zusammenarbeit vereinbart", """
            Ankara, 10. Juli 2025 - Innenminister Rainer Kollwitz (SPD) und sein türkischer Amtskollege Cemal Arıkan wollen \
            enger gegen Schleuser vorgehen. Bei einem Treffen am Mittwoch in Ankara verständigten sich die beiden Minister \
            auf einen engeren Austausch, wie das Bundesinnenministerium mitteilte.
            """)
        let kollwitz = try #require(found.person("Rainer Kollwitz"))
        let arikan = try #require(found.person("Cemal Arıkan"))
        let meeting = try #require(found.meetings.first { Set($0.participants) == [kollwitz.localID, arikan.localID] })
        #expect(meeting.weekday == .wednesday)
        #expect(meeting.date == CalendarDate(iso: "2025-07-09").map(PartialDate.init))
        #expect(meeting.place?.knownID == "ankara")
        // "Bundesinnenministerium" in a story from Ankara: the German ministry, not the Turkish one
        #expect(found.institutions.contains { $0.kind == "Ministry" && $0.countries == ["DE"] })
        #expect(!found.institutions.contains { $0.kind == "Ministry" && $0.countries == ["TR"] })
    }

    @Test("\"X, accompanied by Y. The two delegations met\": Y is X's companion, not the other side")
    func companionIsNoCounterpart() throws {
        let found = article("Visit", """
            Praia - Rui Valadares, the Portuguese interior minister, met his Cape Verdean counterpart Jorge Semedo Tavares \
            on Thursday. Valadares was accompanied by the Secretary of State for Internal Administration, Inês Cabral Moita. \
            The two delegations met for three hours.
            """)
        let valadares = try #require(found.person("Rui Valadares"))
        let moita = try #require(found.person("Inês Cabral Moita"))
        #expect(!found.meetings.contains { Set($0.participants) == [valadares.localID, moita.localID] })
        #expect(moita.country == "PT", "a companion serves the country of the one she travels with")
    }

    @Test("a known actor is a minister on the days of a ministerial office only", arguments: [
        ("10 March 2016", PersonRecord.Kind.minister), ("10 March 2024", PersonRecord.Kind.other),
    ])
    func officeOnTheDay(_ day: String, _ kind: PersonRecord.Kind) throws {
        let found = article("Visit", "Berlin, \(day) - Ursula von der Leyen met the Spanish minister Pedro Garcia Lorca in Berlin on Thursday.")
        let person = try #require(found.person("Ursula von der Leyen"))
        #expect(person.kind == kind)
    }

    @Test("Arabic: a secretary of state in the delegation of the minister has the minister's country")
    func delegationMember() throws {
        let found = Extract.article("""
            لقاء في روما

            تونس 3 مارس 2025 - التقى وزير الداخلية التونسي سامي الورتاني، أمس الأحد بروما، وزير الداخلية الإيطالي \
            لوكا بيرتولدي، على رأس وفد يضم كاتب الدولة المكلف بالهجرة نزار القلالي. وتناول اللقاء ملف الهجرة غير \
            النظامية ومكافحة شبكات التهريب.

            """, name: "ar.txt")
        let member = try #require(found.person("نزار القلالي"))
        #expect(member.country == "TN")
    }

    @Test("a known city close to a surname is no damaged spelling of it")
    func placeIsNoDamagedName() throws {
        let found = article("Talks in Tripoli",
                            "Tripoli - Italian Interior Minister Matteo Piantedosi met Libyan Interior Minister Imad Trabelsi on Tuesday in Tripoli.")
        let trabelsi = try #require(found.person("Imad Trabelsi"))
        #expect(!trabelsi.forms.contains { $0.text == "Tripoli" }, "\(trabelsi.forms.map(\.text))")
    }

    @Test("a military rank and an honorific in a row before the name")
    func honorificsInARow() throws {
        let found = Extract.article("""
            لقاء أمني

            المنامة 9 مارس 2025 - استقبل وزير الداخلية البحريني سلمان الدوسري اليوم وزير الداخلية العماني الفريق أول \
            الشيخ سعيد بن خلفان الهنائي، وتم خلال اللقاء بحث التعاون الأمني بين البلدين.

            """, name: "ar.txt")
        let guest = try #require(found.person("سعيد بن خلفان الهنائي"))
        #expect(guest.country == "OM")
        #expect(found.meetings.count == 1)
    }

    @Test("a title-only designation with a country gives it to the minister even when that country's head of state is named")
    func designationBesideHeadOfState() throws {
        let found = Extract.article("""
            Diplomatie : Awa Ndiaye attendue à Madrid

            La ministre des Affaires étrangères, Mme Awa Ndiaye, se rendra lundi prochain à Madrid. Selon le communiqué, \
            la cheffe de la diplomatie sénégalaise doit s'y entretenir avec son homologue espagnol, M. José Manuel \
            Albares. Le président Bassirou Diomaye Faye a salué cette visite.

            """, name: "fr.txt")
        let minister = try #require(found.person("Awa Ndiaye"))
        #expect(minister.country == "SN")
    }

    @Test("Malay honorifics, a rank with a bracketed qualifier, an adviser holding a portfolio; a designation of the guest is not the host's country")
    func honorificsRanksAndAdvisers() throws {
        let found = Extract.article("""
            Labour recruitment talks

            KUALA LUMPUR, Feb 3 — Home Minister Tan Sri Roslan Hamid and Nepal's Home Affairs Adviser, Major General \
            (Retd) Bikram Thapa, on Monday agreed to share data on recruitment agents.

            Later, the Nepali adviser paid a courtesy call on Prime Minister Datuk Seri Azlan Yusof.

            """, name: "en.txt")
        let host = try #require(found.person("Roslan Hamid"))
        let guest = try #require(found.person("Bikram Thapa"))
        #expect(guest.country == "NP" && guest.kind == .minister)
        #expect(host.country != "NP")
        #expect(found.meetings.contains { Set($0.participants) == [host.localID, guest.localID] })
        let premier = try #require(found.person("Azlan Yusof"))
        #expect(premier.country != "NP")
    }

    @Test("a plural title with each name after its own country: \"los ministros de A, X, y de B, Y\"")
    func pluralTitleInterleaved() throws {
        let found = article("Reunión en la frontera",
                            "Mendoza, 5 may (EFE).- Los ministros de Seguridad de Argentina, Lucía Ferreyra, y de Chile, "
                            + "Tomás Aravena Soto, se reunieron este lunes en Mendoza para coordinar los controles en los pasos fronterizos.")
        let ferreyra = try #require(found.person("Lucía Ferreyra"))
        let aravena = try #require(found.person("Tomás Aravena Soto"))
        #expect(ferreyra.country == "AR" && aravena.country == "CL")
        // each with a portfolio of his own too
        let portfolios = article("Reunión en Asunción",
                                 "Asunción, 5 may (EFE).- Los ministros del Interior de Paraguay, Enrique Riera Escudero, y de Seguridad "
                                 + "Pública de Bolivia, Marcelo Quispe, firmaron este lunes en Asunción un memorando de entendimiento.")
        #expect(try #require(portfolios.person("Marcelo Quispe")).country == "BO")
        #expect(try #require(portfolios.person("Enrique Riera Escudero")).country == "PY")
        #expect(found.meetings.contains { Set($0.participants) == [ferreyra.localID, aravena.localID] })
    }

    @Test("a place after a locative is no name before an office; a known actor's family name with another first name is someone else")
    func placeBeforeOfficeAndOtherFirstName() throws {
        let found = article("Coopération judiciaire",
                            "Le ministre de la Justice, Adel Nassar, a reçu lundi au ministère, à Adlieh, le ministre chypriote "
                            + "de la Justice et de l'Ordre public, Kostas Ioannou, en visite officielle au Liban.")
        let host = try #require(found.person("Adel Nassar"))
        let guest = try #require(found.person("Kostas Ioannou"))
        #expect(host.knownID == nil, "Adel Nassar is not Abdullah bin Nasser")
        #expect(host.country != "CY" && guest.country == "CY")
        #expect(found.person("Adlieh") == nil)
        #expect(found.meetings.contains { Set($0.participants) == [host.localID, guest.localID] })
    }

    @Test("an Arabic country adjective the lexicon lacks after the office does not hide the name")
    func unknownArabicNisba() throws {
        let found = Extract.article("""
            لقاء أمني

            استقبل وزير الداخلية سامي العبادي يوم الاثنين في عمان وزير الداخلية الزوربي كارل دفوراك، وتباحث الجانبان \
            حول الهجرة غير النظامية.

            """, name: "ar.txt")
        let guest = try #require(found.person("كارل دفوراك"))
        let host = try #require(found.person("سامي العبادي"))
        #expect(found.meetings.contains { Set($0.participants) == [guest.localID, host.localID] })
    }

    @Test("a known actor's full name misspelt by one letter of the family name is that actor")
    func misspeltKnownActor() throws {
        let found = article("Talks in Brussels",
                            "Brussels - Belgian Interior Minister Annelies Verlinten received Dutch Justice Minister Kees Bakker in Brussels on Monday.")
        let minister = try #require(found.person("Annelies Verlinten"))
        #expect(minister.knownID == "annelies-verlinden")
    }

    @Test("\"X ونظيره Y\": the counterpart glued to and is someone else, named after his country; a surname that is also a common word")
    func arabicCounterpartAfterName() throws {
        let found = Extract.article("""
            مباحثات أمنية

            عمان 4 حزيران 2025 - تناولت المباحثات بين وزير الداخلية الأردني سامي العبادي ونظيره السوري أنس خطاب، اليوم \
            الأربعاء، مكافحة تهريب المخدرات عبر الحدود.

            """, name: "ar.txt")
        let host = try #require(found.person("سامي العبادي"))
        let guest = try #require(found.person("أنس خطاب"))
        #expect(host.country == "JO" && guest.country == "SY")
        #expect(found.meetings.contains { Set($0.participants) == [host.localID, guest.localID] })
    }

    @Test("offices the lexicon spells in more words, an office of one unknown word before a two-word name, a middle initial, a counterpart named after his own title")
    func longerOfficesAndInitials() throws {
        let spanish = article("Acuerdo",
                              "Santo Domingo, 18 nov (EFE).- La ministra de Interior y Policía, Rosa Almánzar, recibió este lunes al "
                              + "ministro de Justicia y Seguridad Pública de El Salvador, Óscar Melgar, con quien firmó un acuerdo.")
        #expect(spanish.person("Pública") == nil)
        #expect(try #require(spanish.person("Óscar Melgar")).country == "SV")

        let dutch = article("Protocol",
                            "WILLEMSTAD - Minister van Justitie Roy Martina en staatssecretaris van Koninkrijksrelaties Erik de Boer "
                            + "hebben maandag in Willemstad een protocol getekend over de grensbewaking.")
        #expect(dutch.person("Erik de Boer") != nil)

        let french = article("Coopération",
                             "Dakar, 1er août 2024 - Le ministre de la Justice, Malick Sarr, a reçu ce jeudi à Dakar son homologue "
                             + "gambien, l'Attorney General et ministre de la Justice Lamin A. Touray. Les deux ministres ont passé en revue la coopération.")
        let touray = try #require(french.person("Lamin A. Touray"))
        #expect(touray.country == "GM")
        #expect(french.person("Lamin") == nil)
    }

    @Test("Dari: an acting minister; a month name that is also a family name is a name without a day beside it")
    func dariOfficesAndMonthNames() throws {
        let found = Extract.article("""
            دیدار

            کابل – مولوی عبدالکبیر رحیمی، سرپرست وزارت امور داخله، روز دوشنبه در کابل با رامی اسد وزیر کشور سوریه دیدار و \
            گفت‌وگو کرد.

            """, name: "fa.txt")
        let host = try #require(found.person("عبدالکبیر رحیمی"))
        #expect(host.kind == .minister)
        let guest = try #require(found.person("رامی اسد"))
        #expect(found.meetings.contains { Set($0.participants) == [host.localID, guest.localID] })
    }

    @Test("no portfolio phrase belongs to two portfolios in one language (equal readings would have to be ordered)")
    func portfoliosAreUnambiguous() throws {
        let folder = try #require(Lexicon.bundledDirectory).appendingPathComponent("languages")
        struct Portfolios: Decodable { let portfolios: [String: [String]]? }
        for language in ["ar", "fa", "nl", "de", "fr", "en", "es", "it"] {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(language).json"))
            var owners: [String: Set<String>] = [:]
            for (portfolio, phrases) in try JSONDecoder().decode(Portfolios.self, from: data).portfolios ?? [:] {
                for phrase in phrases {
                    owners[Tokenizer.tokenize(phrase).filter(\.isWord).map(\.norm).joined(separator: " "), default: []].insert(portfolio)
                }
            }
            let shared = owners.filter { $0.value.count > 1 }.map { "\($0.key) \($0.value.sorted())" }.sorted()
            #expect(shared.isEmpty, "languages/\(language).json: \(shared)")
        }
    }
}
