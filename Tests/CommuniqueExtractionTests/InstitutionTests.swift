import CommuniqueExtraction
import Testing

/// Institutions found in short articles of each language: national services
/// with the country written next to them or the story's own, names with their
/// acronym, ministries named without their country, and joint bodies.
@Suite("institutions")
struct InstitutionTests {
    /// The institutions of `text` whose key starts with `prefix`.
    func bodies(_ text: String, _ prefix: String, name: String = "article.txt") -> [InstitutionRecord] {
        Extract.article(text, name: name).institutions.filter { $0.key.hasPrefix(prefix) }
    }

    // MARK: services

    @Test("a service takes the country adjective next to it (English, French, Italian, Arabic)")
    func serviceWithAdjective() {
        let english = bodies("Malta handed two patrol boats to the Libyan Coast Guard on Monday.\n", "service/coast-guard")
        #expect(english.map(\.countries) == [["LY"]])
        let french = bodies("Le ministre a salué le travail de la Garde nationale tunisienne aux frontières maritimes.\n",
                            "service/national-guard")
        #expect(french.map(\.countries) == [["TN"]])
        #expect(french.first?.forms.map(\.text) == ["Garde nationale tunisienne"])
        let italian = bodies("A Tirana il ministro ha incontrato i vertici della Polizia albanese.\n", "service/police")
        #expect(italian.map(\.countries) == [["AL"]])
        let arabic = bodies("وأشاد الوزير بجهود فرق الدفاع المدني العماني خلال الأمطار الغزيرة.\n", "service/civil-defence")
        #expect(arabic.map(\.countries) == [["OM"]])
    }

    @Test("a service only some countries have: the Dutch minister's story from Antwerp speaks of the Belgian federal police")
    func serviceOnlySomeCountriesHave() {
        let text = """
            Ministers in de haven

            De Nederlandse minister van Justitie Pieter van Loon heeft maandag in Antwerpen zijn Belgische collega \
            Marc Dewaele (Binnenlandse Zaken) ontmoet. Na een gesprek met de federale politie ondertekenden de ministers \
            een verklaring over de beveiliging van de havens.

            """
        let found = bodies(text, "service/federal-police", name: "nl.txt")
        #expect(found.map(\.countries) == [["BE"]])
    }

    @Test("a country named before a service, with a possessive or as a modifier")
    func serviceWithCountryBefore() {
        let possessive = bodies("The minister met the commander of Cape Verde's National Police in Praia.\n", "service/national-police")
        #expect(possessive.map(\.countries) == [["CV"]])
        let modifier = bodies("Officials of the Nigeria Immigration Service and the Ghana Immigration Service met in Abuja.\n",
                              "service/immigration-service")
        #expect(Set(modifier.map(\.countries)) == [["NG"], ["GH"]])
    }

    @Test("a generic word like police needs its country written; a field of activity is no body")
    func noCountryNoBody() {
        #expect(bodies("The police said the two men were arrested near the port.\n", "service/police").isEmpty)
        let field = Extract.article("Les deux ministres ont évoqué la coopération en matière de protection civile.\n")
        #expect(!field.institutions.contains { $0.key.contains("civil-protection") })
    }

    @Test("a service without a country is the one the article names with it, else the story's own")
    func pendingService() {
        let text = """
        Il ministro Piantedosi riceve il collega libico: più motovedette per la Guardia costiera

        Roma, 16 ottobre 2024 – Il ministro dell'Interno Matteo Piantedosi ha ricevuto oggi al Viminale il ministro \
        dell'Interno libico Emad Trabelsi, accompagnato da ufficiali della Guardia costiera libica.

        """
        let found = bodies(text, "service/coast-guard")
        #expect(found.map(\.countries) == [["LY"]])
        #expect(found.first?.forms.count == 2)
    }

    @Test("a name shared by a few countries' bodies is the story's (an Austrian Bundeskriminalamt)")
    func sharedName() {
        let text = "Innenminister Gerhard Karner sagte in Wien, Beamte des Bundeskriminalamts sollen serbische Kollegen schulen.\n"
        let found = Extract.article(text).institutions.filter { $0.key.contains("criminal-police") }
        #expect(found.map(\.countries) == [["AT"]])
    }

    @Test("a known body named with another country is that country's service, not the known one")
    func knownBodyOtherCountry() {
        let text = "Les agents de la Direction générale de la Protection civile ivoirienne seront formés au Maroc.\n"
        let found = Extract.article(text).institutions
        #expect(found.contains { $0.key == "service/civil-protection/CI" })
        #expect(!found.contains { $0.countries == ["MA"] && $0.kind == "Agency" })
    }

    @Test("\"the Greek ministry and ...\": the ministry is named by its own words, not by the words after it")
    func ministryByCountryWord() {
        let text = """
            Athens - Greek Interior Minister Nikos Karamanlis received Cypriot Justice Minister Andreas Petrou \
            in Athens on Monday. Under the plan, the Greek ministry and Cyprus's fire service will train together.

            """
        let found = Extract.article(text).institutions.filter { $0.kind == "Ministry" && $0.countries == ["GR"] }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { ministry in !ministry.forms.contains { $0.text.contains("Cyprus") } }, "\(found.map(\.forms))")
    }

    @Test("German nouns between a ministry word and a portfolio are no name of the ministry")
    func germanNounsAreNoPortfolio() {
        let text = """
            Wien - Der slowakische Innenminister Matúš Šutaj Eštok traf am Dienstag in Wien Innenminister Gerhard Karner, \
            mit dem er nach Angaben beider Ressorts rund eine Stunde über Migration sprach.

            """
        let found = Extract.article(text).institutions
        #expect(!found.contains { $0.portfolio == "migration" }, "\(found.map(\.forms))")
    }

    @Test("a named body without a country is that of the one minister its sentence names, not the story's")
    func namedBodyOfTheSentencesMinister() {
        let text = """
            Roma - Il ministro dell'Interno Matteo Piantedosi ha ricevuto lunedì al Viminale il ministro dell'Interno \
            bengalese Rahim Uddin. Il ministro Uddin ha illustrato le misure adottate dalla National Security Intelligence \
            Agency (NSIA) contro le reti di trafficanti.

            """
        let found = Extract.article(text).institutions.filter { $0.forms.contains { $0.text.contains("NSIA") } }
        #expect(found.map(\.countries) == [["BD"]], "\(found.map(\.countries))")
    }

    @Test("two bodies joined by a conjunction before an acronym: the acronym names the second only")
    func acronymAfterConjunction() {
        let text = "Lima - La ministra destacó que la Gendarmería y la Dirección de Inteligencia Fronteriza (DIF) ya comparten datos.\n"
        let found = Extract.article(text).institutions.filter { $0.forms.contains { $0.text.contains("DIF") } }
        #expect(found.map { $0.forms.map(\.text) } == [["Dirección de Inteligencia Fronteriza (DIF)"]], "\(found.map(\.forms))")
    }

    @Test("\"the Home Ministry\" where a meeting is held is that country's interior ministry")
    func homeMinistry() {
        let text = "Putrajaya - Home Minister Roslan Hamid received Thai Interior Minister Anutin Somchai at the Home Ministry in Putrajaya on Monday.\n"
        let found = Extract.article(text).institutions
        #expect(found.contains { $0.kind == "Ministry" && $0.portfolio == "interior" && $0.countries == ["MY"] }, "\(found.map(\.label))")
    }

    @Test("a national agency the knowledge base knows keeps its country whoever the sentence names")
    func knownNationalAgency() {
        let text = "Hanoi - Minister Luong Tam Quang called for closer work between the National Crime Agency and Vietnamese police on money laundering.\n"
        let found = Extract.article(text).institutions.filter { $0.forms.contains { $0.text.contains("National Crime Agency") } }
        #expect(found.map(\.countries) == [["GB"]], "\(found.map(\.countries))")
    }

    @Test("a country named right after an acronym is the body's")
    func countryAfterAcronym() {
        let text = "Montevideo - Se creará un canal directo entre la Policía Nacional de Uruguay y la Dirección de Inteligencia Policial (DIPOL) de Paraguay.\n"
        let found = Extract.article(text).institutions.filter { $0.forms.contains { $0.text.contains("DIPOL") } }
        #expect(found.map(\.countries) == [["PY"]], "\(found.map(\.countries))")
    }

    @Test("a service named in Persian after an agency word links to the knowledge base")
    func persianService() {
        let text = "وزیر کشور گفت سازمان مدیریت بحران ترکیه به زلزله‌زدگان کمک کرد.\n"
        let found = Extract.article(text).institutions
        #expect(found.contains { $0.key == "known/afad" && $0.countries == ["TR"] })
    }

    // MARK: names with an acronym

    @Test("a name with its acronym, its country in an apposition (Spanish)")
    func acronymApposition() {
        let text = "Los bomberos coordinaron la respuesta con la Autoridad Nacional de Gestión de Riesgos (ANGR), el organismo "
            + "peruano encargado de las emergencias.\n"
        let found = bodies(text, "agency/angr")
        #expect(found.map(\.countries) == [["PE"]])
        #expect(found.first?.label == "Autoridad Nacional de Gestión de Riesgos (ANGR)")
    }

    @Test("a name with its acronym and the country inside it (French); an international one is left alone")
    func acronymInside() {
        let inside = bodies("Il a salué l'Organisation nationale de gestion des catastrophes du Ghana (NADMO).\n", "service/emergency")
        #expect(inside.map(\.countries) == [["GH"]])
        let international = Extract.article("The talks were hosted by the International Centre for Disaster Studies (ICDS).\n")
        #expect(international.institutions.isEmpty)
    }

    @Test("an agency word, a country adjective and a name (French)")
    func agencyWithName() {
        let text = "Le suivi est confié à l'agence néerlandaise de coopération Nuffic, présente à Dakar.\n"
        let found = bodies(text, "agency/nuffic")
        #expect(found.map(\.countries) == [["NL"]])
        #expect(found.first?.label == "Nuffic")
    }

    // MARK: ministries

    @Test("a foreign ministry named by its portfolio, in the city after it (Arabic: Amman, not Oman)")
    func ministryInCity() {
        let text = "وجرت المحادثات في مقر وزارة الخارجية وشؤون المغتربين في عمّان.\n"
        let found = bodies(text, "ministry/foreign-affairs")
        #expect(found.map(\.countries) == [["JO"]])
    }

    @Test("a ministry after an unknown first portfolio (French), at the seat of a meeting in a city (Spanish)")
    func ministryPortfolioAndSeat() {
        let french = bodies("Le ministre belge s'est rendu au ministère de l'Intégration africaine et des Affaires étrangères à Dakar.\n",
                            "ministry/")
        #expect(french.map(\.key) == ["ministry/foreign-affairs/SN"])
        let spanish = bodies("El ministro llegó ayer a Rabat y se reunió con su homólogo en la sede del Ministerio del Interior.\n",
                             "ministry/")
        #expect(spanish.map(\.key) == ["ministry/interior/MA"])
    }

    @Test("a ministry without its country belongs to the minister named before it (Persian)")
    func ministryOfMinister() {
        let text = "اسکندر مومنی وزیر کشور صبح امروز در ساختمان وزارت کشور میزبان همتای ترکیه‌ای خود بود.\n"
        let found = bodies(text, "ministry/interior")
        #expect(found.map(\.countries) == [["IR"]])
    }

    @Test("a secretary of state's office is no ministry (Spanish)")
    func officeIsNoMinistry() {
        let text = "El ministro se reunió con la secretaria de Estado de Protección Civil de Portugal, Joana Moura Teixeira.\n"
        #expect(bodies(text, "ministry/").isEmpty)
    }

    // MARK: joint bodies

    @Test("joint bodies: compound head (Dutch), modifiers before the head (English), high-level (Spanish)")
    func jointBodies() {
        let dutch = bodies("De Gezamenlijke Hoge Veiligheidscommissie van Marokko en Spanje komt in Madrid bijeen.\n", "jointbody/")
        #expect(dutch.map(\.countries) == [["ES", "MA"]])
        #expect(dutch.first?.topic == "security")
        let english = bodies("The two sides agreed to convene the Kuwaiti-Iraqi Joint Ministerial Committee in the coming weeks.\n",
                             "jointbody/")
        #expect(english.map(\.countries) == [["IQ", "KW"]])
        let spanish = bodies("México y Guatemala reactivan el Grupo de Alto Nivel de Seguridad (GANSEG).\n", "jointbody/")
        #expect(spanish.map(\.countries) == [["GT", "MX"]])
        #expect(spanish.first?.forms.map(\.text) == ["Grupo de Alto Nivel de Seguridad (GANSEG)"])
    }

    @Test("a joint body of the two leaders named in its sentence (English)")
    func jointBodyOfLeaders() {
        let text = "The declaration was signed by Prime Minister Kyriakos Mitsotakis and President Recep Tayyip Erdoğan at "
            + "the High-Level Cooperation Council.\n"
        let found = bodies(text, "jointbody/")
        #expect(found.map(\.countries) == [["GR", "TR"]])
    }

    // MARK: across articles

    @Test("the same service reported in Arabic and French has one key")
    func sameKeyAcrossLanguages() {
        let arabic = bodies("اطلع الوزير على قدرات المديرية العامة للحماية المدنية الجزائرية.\n", "service/")
        let french = bodies("Le ministre espagnol de l'Intérieur a visité jeudi à Alger les moyens aériens de la Protection civile "
            + "algérienne, qui lutte chaque été contre les feux de forêt dans le nord du pays.\n", "service/")
        #expect(arabic.map(\.key) == ["service/civil-protection/DZ"])
        #expect(french.map(\.key) == arabic.map(\.key))
    }
}
