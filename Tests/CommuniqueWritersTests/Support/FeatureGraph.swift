import CommuniqueGraph

/// A graph that holds every awkward thing a writer meets: right-to-left text,
/// markup characters, line breaks, characters XML 1.0 forbids, emoji, ZWNJ,
/// language tags, datatypes, unusual IRIs, blank nodes, predicates that are
/// hard to split into an XML name or live in undeclared namespaces, parallel
/// edges with weights, empty and very long literals.
enum FeatureGraph {
    static let ex = "http://example.org/"
    static let cq = Vocabulary.cq
    static let id = Vocabulary.defaultBase

    static let minister = id + "person/abdelouafi-laftit"
    static let persian = id + "person/eskandar-momeni"
    static let rabat = "http://example.org/مدينة/الرباط"
    static let hoceima = "http://example.org/lieu/Hoceïma#centre-2"
    static let query = "http://example.org/search?q=a&b=%C3%A9&n=42"
    static let textual = ex + "text/1"

    static let p2 = IRI(ex + "ns/p2")
    static let foafName = IRI("http://xmlns.com/foaf/0.1/name")
    static let dcTitle = IRI("http://purl.org/dc/elements/1.1/title")
    static let urnProperty = IRI("urn:example:vocabulary:motto")
    static let hyphenDot = IRI(ex + "ns/has-part.v2")
    static let ampersandNamespace = IRI(ex + "q?a=1&ns=x#prop")
    static let accented = IRI(ex + "ns/nom-été")
    static let arabicProperty = IRI(ex + "ns#اسم")
    static let note = IRI(ex + "ns/note")
    /// The part after the last `/` is no XML name: the writer must find one.
    static let digitsFirst = IRI(ex + "ns/2024edition")
    static let digitThenLetters = IRI("http://example.org/vocab/4you")
    /// `ș` (U+0219) is a letter expat does not take in names.
    static let newerLetter = IRI(ex + "ns/oraș-mare")
    static let dotAtEnd = IRI(ex + "ns/version.")
    static let underscoreFirst = IRI(ex + "ns/_private")
    static let xmlLike = IRI(ex + "ns/xmlns")
    /// Local names Gephi and the GraphML writer give a meaning to.
    static let claimed = ["name", "type", "r", "size", "labels", "iri", "weight", "x"].map { IRI(ex + "ns/" + $0) }

    /// Characters XML 1.0 forbids in the graph's literals: U+0000, U+0001,
    /// U+001F, U+FFFE, U+FFFF in one literal, U+000B and U+000C in another.
    static let forbiddenCharacters = 7

    static let markup = "He said \"yes\" & 'no' <b>bold</b> > done ]]> &amp; &#13;"
    static let lineBreaks = "line one\nline two\r\nline three\tafter a tab\rafter a lone CR"
    static let controls = "ctl\u{0}a\u{1}b\u{1F}c\u{FFFE}d\u{FFFF}e"
    static let allowedOddities = "del\u{7F} nel\u{85} c1\u{9F} replacement\u{FFFD} line-sep\u{2028}"
    static let emoji = "🇲🇦 🤝 🇳🇱 👩🏽‍💼 🕌"
    static let zwnj = "نخست‌وزیر و وزیر کشور"  // U+200C between نخست and وزیر
    static let bidi = "\u{202B}وزير الداخلية\u{202C} (Interior) \u{200F}"
    static let decomposed = "Hoce\u{0069}\u{0308}ma e\u{0301}te\u{0301}"
    static let long = String(repeating: "Rabat & الرباط <tag> \"q\" ", count: 12_000)
    /// What a decoder makes of a UTF-8-encoded lone surrogate (ED A0 80):
    /// Swift strings cannot hold one, so it arrives as U+FFFD.
    static let loneSurrogate = String(decoding: [0x61, 0xED, 0xA0, 0x80, 0x62] as [UInt8], as: UTF8.self)
    /// Morocco in the eight languages of the corpus.
    static let countryNames: [(String, String)] = [
        ("ar", "المغرب"), ("fa", "مراکش"), ("nl", "Marokko"), ("de", "Marokko"), ("fr", "Maroc"),
        ("en", "Morocco"), ("es", "Marruecos"), ("it", "Marocco"),
    ]
    static let country = id + "country/ma"

    static func make() -> Graph {
        var g = Graph()
        let person = IRI(minister)
        g.add(person, Vocabulary.RDF.type, Vocabulary.CQ.Person)
        g.add(person, Vocabulary.RDF.type, Vocabulary.CQ.Minister)
        g.add(person, Vocabulary.RDFS.label, Literal("Abdelouafi Laftit"))
        g.add(person, Vocabulary.SKOS.altLabel, Literal("عبد الوافي لفتيت", language: "ar"))
        g.add(person, Vocabulary.SKOS.altLabel, Literal("Abdelouafi Laftit", language: "NL"))
        g.add(person, Vocabulary.SKOS.altLabel, Literal("Abdelouafi Laftit", language: "en-GB"))
        g.add(person, Vocabulary.CQ.office, Literal(bidi, language: "ar"))
        g.add(person, Vocabulary.CQ.evidence, Literal(markup, language: "en"))
        g.add(person, Vocabulary.CQ.evidence, Literal(lineBreaks, language: "fr"))
        g.add(person, Vocabulary.CQ.country, IRI(country))
        g.add(person, p2, Literal("ends in a digit"))
        g.add(person, foafName, Literal("Laftit"))
        g.add(person, Vocabulary.CQ.place, IRI(rabat))
        g.add(.iri(person), IRI(ex + "ns/address"), .blank("address of laftit"))

        let other = IRI(persian)
        g.add(other, Vocabulary.RDF.type, Vocabulary.CQ.Minister)
        g.add(other, Vocabulary.RDFS.label, Literal("اسکندر مؤمنی", language: "fa"))
        g.add(other, Vocabulary.CQ.office, Literal(zwnj, language: "fa"))
        g.add(other, Vocabulary.SKOS.altLabel, Literal("Eskandar Momeni", language: "sr-Latn"))
        g.add(other, note, Literal(emoji))
        g.add(other, note, Literal(""))
        g.add(other, note, Literal("", language: "en"))
        g.add(other, note, Literal("  padded  "))
        g.add(other, note, Literal(" \n "))
        g.add(other, note, Literal(decomposed))
        g.add(other, note, Literal(allowedOddities))
        g.add(other, IRI(ex + "ns/knows"), IRI(minister))

        let meeting = IRI(id + "meeting/2024-03-05-rabat")
        g.add(meeting, Vocabulary.RDF.type, Vocabulary.CQ.Meeting)
        g.add(meeting, Vocabulary.CQ.date, Literal("2024-03-05", datatype: Vocabulary.XSD.date))
        g.add(meeting, Vocabulary.DCTerms.date, Literal("2024-03", datatype: Vocabulary.XSD.gYearMonth))
        g.add(meeting, IRI(ex + "ns/year"), Literal("2024", datatype: Vocabulary.XSD.gYear))
        g.add(meeting, IRI(ex + "ns/count"), Literal("42", datatype: Vocabulary.XSD.integer))
        g.add(meeting, IRI(ex + "ns/count"), Literal("007", datatype: Vocabulary.XSD.integer))
        g.add(meeting, IRI(ex + "ns/distance"), Literal("12 km", datatype: IRI("http://example.org/dt#distance")))
        g.add(meeting, IRI(ex + "ns/flag"), Literal("true", datatype: IRI(Vocabulary.XSD.namespace + "boolean")))
        g.add(meeting, Vocabulary.CQ.weekday, Literal("Tuesday", datatype: Vocabulary.XSD.string))
        g.add(.iri(meeting), Vocabulary.CQ.participant, .iri(IRI(minister)), weight: 3)
        g.add(.iri(meeting), Vocabulary.CQ.host, .iri(IRI(minister)), weight: 2)
        g.add(meeting, Vocabulary.CQ.participant, IRI(persian))
        g.add(meeting, Vocabulary.CQ.place, IRI(hoceima))
        g.add(meeting, Vocabulary.CQ.topic, IRI(Vocabulary.cqt + "security"))
        g.add(meeting, Vocabulary.CQ.source, IRI(query))
        g.add(.iri(meeting), IRI(ex + "ns/minutes"), .blank("minutes"))

        let text = IRI(textual)
        g.add(text, note, Literal(controls))
        g.add(text, note, Literal("vertical\u{B}tab and form\u{C}feed", language: "en"))
        g.add(text, note, Literal(long))
        g.add(text, dcTitle, Literal("Dublin Core title"))
        g.add(text, urnProperty, Literal("a URN namespace"))
        g.add(text, hyphenDot, Literal("hyphen and dot in the local name"))
        g.add(text, ampersandNamespace, Literal("ampersand in the namespace"))
        g.add(text, accented, Literal("accented local name", language: "fr"))
        g.add(text, arabicProperty, Literal("اسم", language: "ar"))
        g.add(text, IRI(Vocabulary.RDF.namespace + "value"), Literal("rdf:value"))
        g.add(text, IRI(Vocabulary.RDF.namespace + "_1"), IRI(ex + "item/1"))
        g.add(text, IRI(Vocabulary.RDF.namespace + "_10"), IRI(ex + "item/10"))
        g.add(text, Vocabulary.CQ.url, Literal("https://example.org/a b", datatype: Vocabulary.XSD.anyURI))
        g.add(text, IRI(ex + "ns/link"), IRI(ex + "with space/and\"quote"))
        g.add(text, note, Literal(loneSurrogate))
        g.add(text, digitsFirst, Literal("tail starts with digits"))
        g.add(text, digitThenLetters, Literal("digit then letters"))
        g.add(text, newerLetter, Literal("a letter newer than Unicode 2.0", language: "ro"))
        g.add(text, dotAtEnd, Literal("dot at the end"))
        g.add(text, underscoreFirst, Literal("underscore first"))
        g.add(text, xmlLike, Literal("local name xmlns"))
        for (index, predicate) in claimed.enumerated() {
            g.add(text, predicate, Literal("claimed name \(index)"))
        }

        let morocco = IRI(country)
        g.add(morocco, Vocabulary.RDF.type, Vocabulary.CQ.Country)
        g.add(morocco, Vocabulary.CQ.isoCode, Literal("MA"))
        g.add(morocco, Vocabulary.RDFS.label, Literal("Morocco"))
        for (language, name) in countryNames {
            g.add(morocco, Vocabulary.SKOS.prefLabel, Literal(name, language: language))
        }

        g.add(.blank("address of laftit"), IRI(ex + "ns/city"), .iri(IRI(rabat)))
        g.add(.blank("address of laftit"), IRI(ex + "ns/street"), .literal(Literal("شارع محمد الخامس", language: "ar")))
        g.add(.blank("minutes"), IRI(ex + "ns/author"), .blank("address of laftit"))
        g.add(.blank("minutes"), IRI(ex + "ns/pages"), .literal(Literal("3", datatype: Vocabulary.XSD.integer)))
        g.add(IRI(rabat), Vocabulary.RDFS.label, Literal("الرباط", language: "ar"))
        g.add(IRI(hoceima), Vocabulary.RDFS.label, Literal("Al Hoceïma", language: "fr"))
        return g
    }
}
