import CommuniqueExtraction
import CommuniqueText
import Foundation
import Testing

/// How meetings are told apart within one story. The articles are written for these tests.
@Suite("meetings within one story")
struct MeetingReadingTests {
    @Test("one sentence, two meetings: received by the president, after talks with the minister")
    func twoMeetingsInOneSentence() throws {
        let found = Extract.article("""
            Viminale: Corsini a Tirana, incontri con Brahimaj e con il presidente Kalemi

            TIRANA, 4 MAR - Il ministro dell'Interno italiano Leonardo Corsini è stato ricevuto oggi dal presidente \
            della Repubblica albanese Arben Kalemi, al termine di una giornata di colloqui con il ministro dell'Interno \
            albanese Dritan Brahimaj. Al centro dei colloqui la gestione dei flussi migratori e il contrasto ai trafficanti.

            """, name: "it.txt")
        let corsini = try #require(found.person("Leonardo Corsini"))
        let kalemi = try #require(found.person("Arben Kalemi"))
        let brahimaj = try #require(found.person("Dritan Brahimaj"))
        let pairs = Set(found.meetings.map { Set($0.participants) })
        #expect(pairs == [[corsini.localID, kalemi.localID], [corsini.localID, brahimaj.localID]])
        let reception = try #require(found.meetings.first { Set($0.participants) == [corsini.localID, kalemi.localID] })
        #expect(reception.host == kalemi.localID)
    }

    @Test("a visitor's delegation is no second meeting, and its members serve the visitor's country")
    func visitingDelegation() throws {
        let found = Extract.article("""
            Coopération : Rabat et Lisbonne renforcent leurs liens

            Le ministre de l'Intérieur, Karim Benslimane, s'est entretenu ce mardi à Rabat avec le ministre portugais \
            de l'Administration interne, Duarte Vilaça, en visite de travail au Maroc à la tête d'une délégation \
            comprenant notamment la secrétaire d'État à la Protection civile, Joana Serrão Leite. Les entretiens ont \
            porté sur la protection civile et la migration.

            """, name: "fr.txt")
        let member = try #require(found.person("Joana Serrão Leite"))
        #expect(member.country == "PT")
        #expect(found.meetings.count == 1)
    }

    @Test("\"The meeting was attended by A, B and C\" is no meeting of A and B", arguments: [
        ("en.txt", "Talks in Riyadh\n\nRiyadh, 16 February 2025 - Saudi Interior Minister Faisal Al-Harbi received the Moroccan "
            + "Interior Minister, Youssef Tazi, on Sunday in Riyadh to discuss counter-terrorism. The meeting was attended by "
            + "Deputy Interior Minister Saad Al-Qahtani, Director of Public Security Lt. Gen. Omar Al-Ghamdi, and the "
            + "Moroccan ambassador Driss Lahlou.\n"),
        ("fa.txt", "دیدار در نواکشوت\n\nرئیس جمهور موریتانی، احمد ولد سیدی، روز جمعه در نواکشوت وزیر امور خارجه مراکش "
            + "کریم بناصر را به حضور پذیرفت. وزیر امور خارجه موریتانی محمد ولد عبدی و سفیر مراکش حسن لزرق در این دیدار "
            + "حضور داشتند.\n"),
    ])
    func attendees(_ name: String, _ text: String) throws {
        let found = Extract.article(text, name: name)
        #expect(found.meetings.count == 1, "\(found.meetings.map(\.participants))")
    }

    @Test("a meeting told by offices, its people named afterwards \"in this meeting\"", arguments: [
        ("fa.txt", "دیدار وزیران کشور\n\nتهران- ایرنا- وزیر کشور کشورمان و همتای ارمنستانی وی روز دوشنبه ۱۴ آبان ۱۴۰۳ "
            + "در تهران با یکدیگر دیدار و گفت‌وگو کردند. به گزارش ایرنا، رضا کاظمی‌نژاد وزیر کشور در این دیدار گفت "
            + "امنیت مرزها برای ما مهم است. آرمن گریگوریان وزیر کشور ارمنستان نیز در این دیدار بر همکاری تاکید کرد.\n",
         ["رضا کاظمی‌نژاد", "آرمن گریگوریان"]),
        ("en.txt", "Talks in Yerevan\n\nYerevan, 4 November 2024 - The interior minister and his Georgian counterpart met "
            + "on Monday in Yerevan to discuss border security. During the talks, Interior Minister Vahe Sargsyan said the "
            + "border was calm. Georgian Interior Minister Levan Kobakhidze said at the meeting that smuggling was falling.\n",
         ["Vahe Sargsyan", "Levan Kobakhidze"]),
    ])
    func toldByOffices(_ name: String, _ text: String, _ names: [String]) throws {
        let found = Extract.article(text, name: name)
        let ids = Set(try names.map { try #require(found.person($0)).localID })
        let meeting = try #require(found.meetings.first)
        #expect(found.meetings.count == 1)
        #expect(Set(meeting.participants) == ids)
        #expect(meeting.date != nil)
    }

    @Test("one sentence, one meeting of three: \"X met Y and Z\"")
    func trilateral() throws {
        let found = Extract.article("""
            Border talks in Vienna

            Vienna, 12 May 2025 - Austrian Interior Minister Lukas Brenner met Hungarian Interior Minister Gábor Szalai \
            and Serbian Interior Minister Milan Jovanović on Monday in Vienna to discuss the Balkan route and smuggling.

            """, name: "en.txt")
        let names = ["Lukas Brenner", "Gábor Szalai", "Milan Jovanović"]
        let ids = Set(try names.map { try #require(found.person($0)).localID })
        #expect(found.meetings.count == 1)
        #expect(found.meetings.first.map { Set($0.participants) } == ids)
    }

    @Test("a courtesy call and a welcome are meetings, the one called on and the one who welcomes host them", arguments: [
        ("en.txt", "Lahore, 12 March 2025 - Bangladesh's Home Adviser Tanvir Karim called on Pakistani Interior Minister "
         + "Shahid Rauf in Lahore on Wednesday. The two discussed border security and the return of irregular migrants.",
         "Tanvir Karim", "Shahid Rauf"),
        ("de.txt", "Wien, 12. März 2025 - Innenminister Florian Haider begrüßte am Mittwoch seinen slowenischen Amtskollegen "
         + "Matej Kovač in Wien. Im Mittelpunkt standen die Kontrollen an der Grenze und die Migration.",
         "Matej Kovač", "Florian Haider"),
    ])
    func courtesyCallAndWelcome(_ name: String, _ body: String, _ visitor: String, _ host: String) throws {
        let found = Extract.article("Talks\n\n\(body)\n", name: name)
        let guest = try #require(found.person(visitor))
        let receiver = try #require(found.person(host))
        let meeting = try #require(found.meetings.first { Set($0.participants) == [guest.localID, receiver.localID] })
        #expect(meeting.host == receiver.localID)
        #expect(meeting.date == PartialDate(year: 2025, month: 3, day: 12))
    }

    @Test("a phone call or a videoconference is no meeting", arguments: [
        ("en.txt", "London, 3 March 2025 - Home Secretary Jane Holloway spoke by phone on Monday with Irish Justice Minister Ciaran Doyle about the border."),
        ("it.txt", "Roma, 3 marzo 2025 - Il ministro dell'Interno Marco Ferri ha avuto oggi un colloquio in videoconferenza con il ministro dell'Interno maltese Joseph Vella."),
        ("nl.txt", "Den Haag, 3 maart 2025 - Minister Sanne de Wit heeft maandag telefonisch overleg gehad met haar Belgische ambtgenoot Lotte Peeters."),
        ("fr.txt", "Paris, 3 mars 2025 - Le ministre de l'Intérieur Paul Garnier s'est entretenu lundi par téléphone avec son homologue belge Luc Janssens."),
    ])
    func callIsNoMeeting(_ name: String, _ body: String) {
        let found = Extract.article("Talks\n\n\(body)\n", name: name)
        #expect(found.persons.count >= 2)
        #expect(found.meetings.isEmpty, "\(found.meetings.map(\.participants))")
    }

    @Test("Arabic: the one who receives hosts, named before the verb or right after it; a region names its country")
    func arabicReceiverHosts() throws {
        for (headline, body) in [
            ("لقاء في أربيل", "أربيل - استقبل وزير داخلية إقليم كوردستان سيروان كريم، أمس الثلاثاء، في أربيل، وزير داخلية ولاية بافاريا الألمانية يواخيم شتاينر، وجرى خلال اللقاء بحث ملف الهجرة."),
            ("سيروان كريم يستقبل يواخيم شتاينر في أربيل", "أربيل - التقى وزير داخلية إقليم كوردستان سيروان كريم، أمس الثلاثاء، في أربيل، وزير داخلية ولاية بافاريا الألمانية يواخيم شتاينر، وجرى خلال اللقاء بحث ملف الهجرة."),
        ] {
            let found = Extract.article("\(headline)\n\n\(body)\n", name: "ar.txt")
            let host = try #require(found.person("سيروان كريم"))
            let guest = try #require(found.person("يواخيم شتاينر"))
            let meeting = try #require(found.meetings.first { Set($0.participants) == [host.localID, guest.localID] })
            #expect(meeting.host == host.localID)
        }
        let body = Extract.article("لقاء\n\nأربيل - استقبل وزير داخلية إقليم كوردستان سيروان كريم، أمس الثلاثاء، في أربيل، وزير داخلية ولاية بافاريا الألمانية يواخيم شتاينر، وجرى خلال اللقاء بحث ملف الهجرة.\n", name: "ar.txt")
        #expect(try #require(body.person("سيروان كريم")).country == "IQ")
        #expect(try #require(body.person("يواخيم شتاينر")).country == "DE")
    }

    @Test("the place a sentence gives after 'in' wins over a dateline of two cities")
    func placeAfterLocative() throws {
        let found = Extract.article("Talks\n\nPodgorica/Tirana, 20 June 2024 – The Minister of Interior of Montenegro Danilo Sarkic "
                                    + "met on Thursday, 20 June 2024 in Tirana with the Minister of Interior of Albania Ervin Hoxha.\n", name: "en.txt")
        let meeting = try #require(found.meetings.first)
        #expect(meeting.place?.knownID == "tirana", "\(String(describing: meeting.place))")
    }
}
