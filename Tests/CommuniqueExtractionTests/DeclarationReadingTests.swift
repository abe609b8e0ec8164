import CommuniqueExtraction
import CommuniqueText
import Foundation
import Testing

/// Instruments read from one article. The articles are written for these tests.
@Suite("instruments within one story")
struct DeclarationReadingTests {
    @Test("a future word in another clause or about what the instrument will do does not make its signing future",
          arguments: [
        ("de.txt", """
            Abkommen in Rabat

            Rabat, 4. November 2025 - Der marokkanische Innenminister Karim Benslimane und sein emiratischer Amtskollege \
            Rashid Al Dhaheri trafen sich am Dienstag in Rabat. Dabei unterzeichneten die zwei Minister ein \
            Sicherheitsabkommen, das einen Rahmen für gemeinsame Ausbildung schaffen soll.

            """, "Agreement"),
        ("ar.txt", """
            اجتماع في عمان

            عمان 3 تشرين الأول 2025 - بحث وزير الداخلية الأردني سامي العبادي مع نظيره العراقي حيدر الكعبي اليوم الأحد \
            التعاون الأمني. واتفق الجانبان على عقد اجتماع في بغداد الشهر المقبل، لمتابعة تنفيذ مذكرة التفاهم الموقعة \
            بين البلدين في شباط 2023.

            """, "MemorandumOfUnderstanding"),
    ])
    func futureElsewhere(_ name: String, _ text: String, _ kind: String) throws {
        let found = Extract.article(text, name: name)
        #expect(found.declarations.contains { $0.kind == kind }, "\(found.declarations.map(\.kind))")
    }

    @Test("one sentence, two instruments, each signed by its own pair; the list that announces them is no third")
    func twoInstrumentsTheirSigners() throws {
        let found = Extract.article("""
            اختتام أشغال اللجنة المشتركة

            الرباط 17 يوليوز 2025 - ترأس رئيس الحكومة سعيد الإدريسي ونظيره الموريتاني سيدي ولد أحمد اليوم الخميس \
            بالرباط أشغال الدورة الثالثة للجنة العليا المشتركة. وتوجت الأشغال بالتوقيع على عدد من الاتفاقيات ومذكرات \
            التفاهم، من بينها مذكرة تفاهم في مجال الطاقة وقعتها عن الجانب المغربي وزيرة الطاقة سلمى الفاسي، وعن الجانب \
            الموريتاني وزير الطاقة محمد ولد الطالب، واتفاق حول النقل الطرقي وقعه وزير النقل المغربي يونس العلمي ووزير \
            النقل الموريتاني أحمد ولد سالم.

            """, name: "ar.txt")
        func signers(_ kind: String) -> Set<String> {
            Set(found.declarations.filter { $0.kind == kind }.flatMap(\.signatories).compactMap { id in
                found.persons.first { $0.localID == id }?.forms.first?.text
            })
        }
        #expect(found.declarations.filter { $0.kind == "MemorandumOfUnderstanding" }.count == 1)
        #expect(found.declarations.filter { $0.kind == "Agreement" }.count == 1)
        #expect(signers("MemorandumOfUnderstanding") == ["سلمى الفاسي", "محمد ولد الطالب"])
        #expect(signers("Agreement") == ["يونس العلمي", "أحمد ولد سالم"])
    }

    @Test("a Dutch compound instrument signed by three countries in a year")
    func dutchCompound() throws {
        let found = Extract.article("""
            Samenwerking in de haven

            De Belgische minister van Binnenlandse Zaken Marc Dewaele ontmoette maandag in Antwerpen zijn Nederlandse \
            collega Pieter van Loon. De samenwerking bouwt voort op het Beneluxpolitieverdrag dat België, Nederland en \
            Luxemburg in 2018 ondertekenden.

            """, name: "nl.txt")
        let treaty = try #require(found.declarations.first { $0.kind == "Agreement" })
        #expect(Set(treaty.parties) == ["BE", "NL", "LU"])
        #expect(treaty.date == PartialDate(year: 2018))
    }

    @Test("\"the interior ministers of Spain and Portugal and the French minister signed\": every country is a party")
    func pluralTitleWithCountries() throws {
        let found = Extract.article("""
            Erklärung in Elvas

            Elvas. Die Innenminister Spaniens und Portugals sowie der französische Innenminister haben am Dienstag, \
            14. Oktober 2025, in Elvas eine gemeinsame Erklärung zur Grenzsicherheit unterzeichnet.

            Spaniens Innenminister Anselmo Quiroga, Portugals Innenminister Rui Valadares und der französische Innenminister \
            Étienne Marchal trafen sich zu einem Arbeitsgespräch. Quiroga sprach von einem wichtigen Schritt.

            """, name: "de.txt")
        let declaration = try #require(found.declarations.first { $0.kind == "JointDeclaration" })
        #expect(Set(declaration.parties).isSuperset(of: ["ES", "PT", "FR"]), "\(declaration.parties)")
    }

    @Test("two ministers who sign together met: a bare title in a story filed from a city is that country's minister")
    func signingTogetherIsAMeeting() throws {
        let found = Extract.article("""
            België en Luxemburg tekenen akkoord over politiesamenwerking

            BRUSSEL — Minister Pieter Claessens van Justitie en de Luxemburgse minister van Binnenlandse Zaken \
            (Affaires intérieures), Claude Weber, hebben dinsdag 4 maart 2025 in Brussel een memorandum of understanding \
            getekend over de gezamenlijke aanpak van drugshandel in de grensstreek.

            """, name: "nl.txt")
        let claessens = try #require(found.person("Pieter Claessens"))
        let weber = try #require(found.person("Claude Weber"))
        #expect(claessens.country == "BE" && weber.country == "LU")
        let meeting = try #require(found.meetings.first { Set($0.participants) == [claessens.localID, weber.localID] })
        #expect(meeting.date == PartialDate(year: 2025, month: 3, day: 4))
        let memorandum = try #require(found.declarations.first { $0.kind == "MemorandumOfUnderstanding" })
        #expect(Set(memorandum.parties) == ["BE", "LU"])
        #expect(Set(memorandum.signatories) == [claessens.localID, weber.localID])
    }

    @Test("verb first: the signers are named before the instrument, not the host of the meeting after it; the headline's mention is the same instrument")
    func verbFirstSignersNotTheHost() throws {
        let found = Extract.article("""
            حسين وإدريس يوقعان في القاهرة اتفاقاً لتأمين الحدود برعاية مصرية

            الأحد 6 نيسان 2025 - وقّع وزير الداخلية التشادي اللواء عثمان حسين ووزير الداخلية السوداني الفريق آدم إدريس، \
            اليوم الأحد في القاهرة، اتفاقاً لتأمين الحدود المشتركة، وذلك خلال اجتماع ثلاثي استضافه وزير الداخلية المصري \
            محمود توفيق.

            """, name: "ar.txt")
        let chad = try #require(found.person("عثمان حسين"))
        let sudan = try #require(found.person("آدم إدريس"))
        let host = try #require(found.person("محمود توفيق"))
        #expect(found.meetings.contains { Set($0.participants) == [chad.localID, sudan.localID, host.localID] })
        let agreements = found.declarations.filter { $0.kind == "Agreement" }
        #expect(agreements.count == 1)
        let agreement = try #require(agreements.first)
        #expect(Set(agreement.signatories) == [chad.localID, sudan.localID])
        #expect(Set(agreement.parties) == ["TD", "SD"])
    }

    @Test("a charter signed by ministers is an instrument", arguments: [
        ("ar.txt", "نيامي 3 مارس 2025 - وقع وزير الداخلية النيجري محمد تومبا ونظيره المالي داوودا كوليبالي اليوم الاثنين بنيامي ميثاقا للأمن الحدودي."),
        ("fr.txt", "Niamey, 3 mars 2025 - Le ministre nigérien de l'Intérieur, Mohamed Toumba, et son homologue malien, Daouda Coulibaly, ont signé lundi à Niamey une charte de sécurité frontalière."),
    ])
    func charter(_ name: String, _ body: String) {
        let found = Extract.article("Sécurité\n\n\(body)\n", name: name)
        #expect(found.declarations.count == 1, "\(found.declarations.map(\.forms))")
    }

    @Test("an instrument's name keeps what it is about; the old one the story recalls is not the one its headline announces")
    func subjectAndRecalledInstrument() throws {
        let found = Extract.article("""
            Zagreb und Ljubljana unterzeichnen Abkommen gegen Menschenhandel

            Zagreb, 4. März 2025 - Der kroatische Innenminister Davor Horvat und sein slowenischer Amtskollege Boštjan \
            Kranjc haben am Dienstag in Zagreb ein Abkommen über die Bekämpfung des Menschenhandels unterzeichnet. \
            Horvat erinnerte an das Abkommen über den Grenzverlauf, unterzeichnet im Jahr 2011.

            """, name: "de.txt")
        let agreements = found.declarations.filter { $0.kind == "Agreement" }
        #expect(agreements.count == 2, "\(agreements.map(\.forms))")
        let signed = try #require(agreements.first { $0.date == PartialDate(year: 2025, month: 3, day: 4) })
        #expect(signed.forms.contains { $0.text.hasPrefix("Abkommen über die Bekämpfung") })
        let recalled = try #require(agreements.first { $0.date == PartialDate(year: 2011) })
        #expect(!recalled.forms.contains { $0.text.contains("Menschenhandel") })
    }

    @Test("a future in a relative clause after the signing is not the signing's; 'at the end of this meeting' is the story's one meeting")
    func relativeClauseFuture() throws {
        let found = Extract.article("""
            همکاری قضایی ایران و ارمنستان

            تهران، ۲۲ اردیبهشت ۱۴۰۴ - امین حسین رحیمی وزیر دادگستری روز دوشنبه در تهران با سرژ آزاتیان وزیر دادگستری \
            ارمنستان دیدار و گفت‌وگو کرد. دو طرف درباره انتقال محکومان گفت‌وگو کردند.

            به گزارش روابط عمومی وزارت دادگستری، دو وزیر در پایان این نشست یک یادداشت تفاهم برای همکاری قضایی امضا \
            کردند که قرار است جایگزین توافقنامه قدیمی سال ۲۰۰۵ شود.

            """, name: "fa.txt")
        let memorandum = try #require(found.declarations.first { $0.kind == "MemorandumOfUnderstanding" })
        #expect(memorandum.signatories.count == 2)
        #expect(memorandum.adoptedAt != nil)
    }

    @Test("an instrument's subject after an elided preposition; an instrument to be signed on a coming trip is none yet")
    func elidedSubjectAndSubjunctive() throws {
        let french = Extract.article("""
            Coopération judiciaire

            Dakar, 4 mars 2025 - MM. Malick Sarr et Lamin Touray, ministres de la Justice du Sénégal et de la Gambie, ont \
            signé mardi à Dakar un accord d'entraide judiciaire en matière pénale.

            """, name: "fr.txt")
        #expect(french.declarations.contains { $0.forms.contains { $0.text.hasPrefix("accord d'entraide judiciaire") } },
                "\(french.declarations.map(\.forms))")
        let persian = Extract.article("""
            دیدار وزیران

            کابل - مولوی عبدالکبیر رحیمی سرپرست وزارت امور داخله روز دوشنبه در کابل با علیشیر کریموف وزیر امور داخله \
            ازبکستان دیدار کرد. دو طرف توافق کردند که یک تفاهم‌نامه همکاری امنیتی در سفر آینده هیئت افغان به تاشکند به \
            امضا برسد.

            """, name: "fa.txt")
        #expect(persian.declarations.isEmpty, "\(persian.declarations.map(\.forms))")
    }

    @Test("a caretaker minister of a country named with 's; a memorandum the sides are expected to sign is none yet")
    func caretakerAndExpectedSigning() throws {
        let found = Extract.article("""
            Minister to visit London

            Pristina - Montenegro's caretaker Minister of Internal Affairs Danilo Vukovic will travel to London next week, \
            where he is expected to meet the UK Security Minister Dan Jarvis. The two sides are expected to sign a \
            memorandum of understanding on the exchange of police information.

            """, name: "en.txt")
        #expect(try #require(found.person("Danilo Vukovic")).country == "ME")
        #expect(found.declarations.isEmpty, "\(found.declarations.map(\.forms))")
        #expect(found.meetings.isEmpty)
    }
}
