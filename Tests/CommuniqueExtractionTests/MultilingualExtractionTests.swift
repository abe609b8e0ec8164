import CommuniqueExtraction
import CommuniqueGraph
import CommuniqueResolution
import CommuniqueTestSupport
import CommuniqueText
import Foundation
import Testing

/// The facts extracted from the project's own articles (Tests/Fixtures/extraction,
/// written for these tests): one or more in each of the eight languages, with
/// ministers no knowledge base knows, meetings without Morocco, an article
/// with no meeting, a future meeting, HTML with a related-stories box, and a
/// cross-language pair reporting one meeting.
@Suite("extraction in eight languages")
struct MultilingualExtractionTests {
    func read(_ name: String) throws -> ArticleExtraction {
        let path = TestPaths.fixtures + "/extraction/" + name
        return Extract.article(try String(contentsOfFile: path, encoding: .utf8), name: name)
    }

    func date(_ text: String) -> PartialDate? {
        CalendarDate(iso: text).map(PartialDate.init)
    }

    /// The one meeting of the article, which must have exactly these people.
    func meeting(_ article: ArticleExtraction, _ names: String...) -> MeetingRecord? {
        let wanted = Set(names.compactMap { article.person($0)?.localID })
        guard wanted.count == names.count else { return nil }
        return article.meetings.first { Set($0.participants) == wanted }
    }

    @Test("English: two ministers no knowledge base knows; Wednesday resolved from the publication line")
    func englishUnknownMinisters() throws {
        let article = try read("en-ghana-togo.txt")
        let host = try #require(article.person("Kwame Asante-Boateng"))
        let guest = try #require(article.person("Komi Dzidzienyo"))
        #expect(host.knownID == nil && guest.knownID == nil)
        #expect(host.kind == .minister && host.country == "GH")
        #expect(guest.kind == .minister && guest.country == "TG")
        let found = try #require(meeting(article, "Kwame Asante-Boateng", "Komi Dzidzienyo"))
        #expect(article.meetings.count == 1, "the related-stories box reports no meeting")
        #expect(found.host == host.localID)
        #expect(found.date == date("2025-03-05"))
        #expect(found.place?.knownID == "accra")
        #expect(found.topics.contains("terrorism"))
        #expect(!found.evidence.isEmpty)
    }

    @Test("French HTML: a roadmap signed at the meeting by both; the related box names no participant")
    func frenchRoadmap() throws {
        let article = try read("fr-belgique-senegal.html")
        #expect(article.article.title?.hasPrefix("Migration : Bruxelles et Dakar") == true)
        let quintin = try #require(article.person("Bernard Quintin"))
        let sarr = try #require(article.person("Aminata Ndiaye Sarr"))
        #expect(quintin.country == "BE" && sarr.country == "SN")
        let found = try #require(meeting(article, "Bernard Quintin", "Aminata Ndiaye Sarr"))
        #expect(found.date == date("2025-03-03"))
        #expect(found.place?.knownID == "brussels")
        #expect(article.meetings.count == 1)
        #expect(article.person("David van Weel") == nil, "people of the related box are no facts of this story")
        let roadmap = try #require(article.declarations.first { $0.kind == "Roadmap" })
        #expect(Set(roadmap.signatories) == [quintin.localID, sarr.localID])
        #expect(Set(roadmap.parties) == ["BE", "SN"])
        #expect(roadmap.adoptedAt == found.localID)
        #expect(roadmap.date == date("2025-03-03"))
    }

    @Test("Spanish: a memorandum signed by both ministers, who are named before the verb")
    func spanishMemorandum() throws {
        let article = try read("es-espana-mauritania.txt")
        let marlaska = try #require(article.person("Fernando Grande-Marlaska"))
        let guest = try #require(article.person("Sidi Mohamed Ould Bneijara"))
        #expect(guest.country == "MR" && guest.kind == .minister)
        let found = try #require(meeting(article, "Fernando Grande-Marlaska", "Sidi Mohamed Ould Bneijara"))
        #expect(found.date == date("2025-03-12"))
        #expect(found.place?.knownID == "madrid")
        let memorandum = try #require(article.declarations.first { $0.kind == "MemorandumOfUnderstanding" })
        #expect(Set(memorandum.signatories) == [marlaska.localID, guest.localID])
        #expect(Set(memorandum.parties) == ["ES", "MR"])
        #expect(article.institutions.contains { $0.label == "Guardia Civil" && $0.countries == ["ES"] })
    }

    @Test("Italian: 'oggi' resolved from the dateline; an Albanian minister no knowledge base knows")
    func italianToday() throws {
        let article = try read("it-italia-albania.txt")
        let guest = try #require(article.person("Ervin Dhamo"))
        #expect(guest.country == "AL" && guest.kind == .minister)
        let found = try #require(meeting(article, "Matteo Piantedosi", "Ervin Dhamo"))
        #expect(found.date == date("2025-01-14"))
        #expect(found.place?.knownID == "rome")
        #expect(found.topics.contains("organized-crime"))
    }

    @Test("German: a counterpart's country from an adjective; a joint declaration of intent signed at the meeting")
    func germanDeclaration() throws {
        let article = try read("de-oesterreich-serbien.txt")
        let guest = try #require(article.person("Ivica Dačić"))
        #expect(guest.country == "RS" && guest.kind == .minister)
        let found = try #require(meeting(article, "Gerhard Karner", "Ivica Dačić"))
        #expect(found.place?.knownID == "vienna")
        let declaration = try #require(article.declarations.first { $0.kind == "JointDeclarationOfIntent" })
        #expect(declaration.adoptedAt == found.localID)
        #expect(Set(declaration.parties) == ["AT", "RS"])
    }

    @Test("Dutch: a meeting announced for next week is no meeting")
    func dutchFutureMeeting() throws {
        let article = try read("nl-toekomstig.txt")
        #expect(article.meetings.isEmpty)
        #expect(article.person("David van Weel")?.country == "NL")
    }

    @Test("English: a statement to parliament is no meeting")
    func englishNoMeeting() throws {
        let article = try read("en-statement-no-meeting.txt")
        #expect(article.meetings.isEmpty)
        #expect(article.declarations.isEmpty)
    }

    @Test("Arabic: a Jordanian minister no knowledge base knows; the dateline city Amman is not Oman")
    func arabicDateline() throws {
        let article = try read("ar-alurdun-masr.txt")
        let faraya = try #require(article.person("مازن الفراية"))
        #expect(faraya.country == "JO" && faraya.kind == .minister)
        #expect(article.person("محمود توفيق")?.knownID == "mahmoud-tawfik")
        let found = try #require(meeting(article, "مازن الفراية", "محمود توفيق"))
        #expect(found.date == date("2025-03-09"))
        #expect(found.place?.knownID == "amman")
        #expect(found.topics.contains("terrorism"))
    }

    @Test("Persian: a Solar Hijri date; a known minister written with the compound joined")
    func persianSolarDate() throws {
        let article = try read("fa-iran-iraq.txt")
        let guest = try #require(article.person("عبدالامیر الشمری"))
        #expect(guest.country == "IQ")
        let found = try #require(meeting(article, "اسکندر مومنی", "عبدالامیر الشمری"))
        #expect(found.date == date("2025-03-09"))
        #expect(found.place?.knownID == "tehran")
        #expect(article.persons.count == 2, "no other words taken for a person")
    }

    @Test("a French and an Arabic report of one meeting give one meeting with two sources")
    func crossLanguagePair() throws {
        let french = try read("fr-belgique-senegal.html")
        let arabic = try read("ar-belgique-senegal.txt")
        let (graph, summary) = GraphBuilder(lexicon: Extract.lexicon, minter: IRIMinter()).build([french, arabic])
        #expect(summary.meetings == 1)
        let meetings = graph.sortedSubjects().filter { graph.types(of: $0).contains(Vocabulary.CQ.Meeting) }
        let only = try #require(meetings.first)
        #expect(graph.objects(only, Vocabulary.CQ.source).count == 2)
        #expect(graph.objects(only, Vocabulary.CQ.participant).count == 2, "the Senegalese minister is one person in both scripts")
    }

    @Test("an unknown minister written in Latin, Arabic and Persian script is one person at one meeting")
    func unknownMinisterInThreeScripts() throws {
        let persian = Extract.article("""
            دیدار وزیر کشور با همتای ارمنستانی

            تهران - اسکندر مومنی وزیر کشور روز دوشنبه ۲۲ اردیبهشت ۱۴۰۴ در تهران با واهه قازاریان وزیر امور داخلی ارمنستان \
            دیدار و گفت‌وگو کرد.

            """, name: "fa.txt")
        let english = Extract.article("""
            Armenian interior minister in Tehran

            Tehran, 12 May 2025 - Iranian Interior Minister Eskandar Momeni met Armenian Interior Minister Vahe Ghazaryan \
            in Tehran on Monday to discuss border crossings.

            """, name: "en.txt")
        let arabic = Extract.article("""
            وزير الداخلية الأرميني في طهران

            طهران 12 مايو 2025 - التقى وزير الداخلية الإيراني إسكندر مؤمني اليوم الاثنين في طهران وزير الداخلية الأرميني \
            فاهي غازاريان.

            """, name: "ar.txt")
        let (graph, summary) = GraphBuilder(lexicon: Extract.lexicon, minter: IRIMinter()).build([persian, english, arabic])
        #expect(summary.meetings == 1)
        let persons = graph.sortedSubjects().filter { graph.types(of: $0).contains(Vocabulary.CQ.Person) }
        #expect(persons.count == 2, "\(persons)")
    }
}
