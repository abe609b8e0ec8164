import CommuniqueGraph
import Testing

/// Minted IRIs: readable, ASCII slugs under a configurable base; Arabic and
/// Persian names transliterated; two different things never share one.
@Suite("IRI minting")
struct MintingTests {
    @Test("IRIs are <base><kind>/<slug> under the default base")
    func defaultBase() {
        let minter = IRIMinter()
        #expect(minter.base == "https://w3id.org/communique/id/")
        #expect(minter.iri("person", Slug.make("Abdelouafi Laftit")).value
                == "https://w3id.org/communique/id/person/abdelouafi-laftit")
    }

    @Test("the base is configurable; a missing trailing / is added, a # is kept",
          arguments: [("http://example.org/kg", "http://example.org/kg/person/x"),
                      ("http://example.org/kg/", "http://example.org/kg/person/x"),
                      ("urn:example:kg#", "urn:example:kg#person/x")])
    func customBase(base: String, expected: String) {
        #expect(IRIMinter(base: base).iri("person", "x").value == expected)
    }

    @Test("only absolute IRIs are accepted as a base")
    func absoluteBase() {
        #expect(IRIMinter.isAbsolute("https://example.org/"))
        #expect(IRIMinter.isAbsolute("urn:x"))
        #expect(!IRIMinter.isAbsolute("example.org/kg"))
        #expect(!IRIMinter.isAbsolute("/kg/"))
        #expect(!IRIMinter.isAbsolute("1http://x/"))
        #expect(!IRIMinter.isAbsolute("http://exa mple.org/"))
    }

    /// Names in the corpus's scripts → the slug a reader can type.
    static let slugs: [(String, String)] = [
        ("Abdelouafi Laftit", "abdelouafi-laftit"),
        ("Nancy Faeser", "nancy-faeser"),
        ("Gérald Darmanin", "gerald-darmanin"),
        ("Fernando Grande-Marlaska", "fernando-grande-marlaska"),
        ("Matteo Piantedosi", "matteo-piantedosi"),
        ("Dilan Yeşilgöz-Zegerius", "dilan-yesilgoz-zegerius"),
        ("Straße der Einheit", "strasse-der-einheit"),
        ("Łódź", "lodz"),
        ("عبد الوافي لفتيت", "bd-alwafy-lftyt"),
        ("اسکندر مؤمنی", "askndr-mwmny"),
        ("نخست\u{200C}وزیر", "nkhst-wzyr"),
        ("  Rabat -- Salé  ", "rabat-sale"),
        ("🇲🇦", "x"),
        ("", "x"),
    ]

    @Test("slugs are lower-case ASCII words joined by '-'; other scripts are transliterated", arguments: slugs.indices)
    func slug(index: Int) {
        let (name, expected) = MintingTests.slugs[index]
        let slug = Slug.make(name)
        #expect(slug == expected)
        #expect(slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
    }

    @Test("slugs are cut at the maximum length without a trailing '-'")
    func slugLength() {
        let slug = Slug.make(String(repeating: "Ministre de l'Intérieur ", count: 10), maxLength: 30)
        #expect(slug.count <= 30)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasPrefix("ministre-de-l-interieur"))
    }

    @Test("Arabic and Persian are not Latin script; accented Latin is")
    func scripts() {
        #expect(!Slug.isLatinScript("عبد الوافي لفتيت"))
        #expect(!Slug.isLatinScript("اسکندر مؤمنی"))
        #expect(Slug.isLatinScript("Gérald Darmanin"))
        #expect(Slug.isLatinScript("Yeşilgöz"))
    }

    @Test("two different people never share an IRI, even when their names transliterate alike")
    func distinctPeople() {
        var slugs = UniqueSlugs()
        // سعيد and صعيد differ in their first letter but both read "syd".
        let names = ["سعيد", "صعيد", "سعید", "Said", "Saïd", "Said"]
        let keys = ["سعيد|MA", "صعيد|MA", "سعید|IR", "Said|MA", "Saïd|FR", "Said|TN"]
        var claimed: [String] = []
        for (name, key) in zip(names, keys) {
            claimed.append(slugs.claim(Slug.make(name), key: key, hashed: !Slug.isLatinScript(name)))
        }
        #expect(Set(claimed).count == claimed.count, "\(claimed)")
        #expect(Slug.make("سعيد") == Slug.make("صعيد"))
        #expect(claimed[0].hasPrefix("syd-") && claimed[1].hasPrefix("syd-"))
        #expect(claimed[3] == "said", "the first Latin name keeps the bare slug")
        #expect(claimed[4].hasPrefix("said-"))
        let iris = Set(claimed.map { IRIMinter().iri("person", $0) })
        #expect(iris.count == claimed.count)
    }

    @Test("even the same slug and key claimed again get a new slug")
    func repeatedClaims() {
        var slugs = UniqueSlugs()
        let claimed = (0..<5).map { _ in slugs.claim("nancy-faeser", key: "Nancy Faeser|DE") }
        #expect(Set(claimed).count == 5)
        #expect(claimed[0] == "nancy-faeser")
        #expect(claimed[1] == "nancy-faeser-" + StableHash.short("Nancy Faeser|DE"))
        #expect(claimed[2] == claimed[1] + "-2")
    }

    @Test("the same claims in the same order give the same slugs in every run")
    func stable() {
        func run() -> [String] {
            var slugs = UniqueSlugs()
            return ["a", "a", "b", "a"].enumerated().map { slugs.claim($0.element, key: "k\($0.offset)") }
        }
        #expect(run() == run())
        // FNV-1a is fixed: these values must never change, or every IRI with a hash would.
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.short("Nancy Faeser|DE").count == 6)
    }
}
