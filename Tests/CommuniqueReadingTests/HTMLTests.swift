@testable import CommuniqueReading
import CommuniqueXML
import Foundation
import Testing

/// HTML pages: what is kept (title, story), what is dropped (scripts, menus,
/// banners, boxes, forms), and the metadata read.
@Suite("HTML pages")
struct HTMLTests {
    func page(_ name: String) throws -> Article {
        let result = try Reading.read(Reading.fixtures + "/html/" + name)
        #expect(result.skipped.isEmpty, "\(result.issues)")
        return try #require(result.articles.first)
    }

    @Test("a full page keeps its headline and story and drops everything around them")
    func fullPage() throws {
        let article = try page("full-page-fr.html")
        #expect(article.language == "fr")
        #expect(article.title == "Rabat et Madrid renforcent leur coopération en matière de sécurité")
        #expect(article.published?.description == "2025-03-12")
        #expect(article.url == "https://journal-du-detroit.example/politique/rabat-madrid-securite")
        let bodies = article.paragraphs(.body).map(\.text)
        #expect(bodies.first?.hasPrefix("Le ministre de l'Intérieur a reçu mercredi à Rabat") == true)
        #expect(bodies.contains { $0.hasPrefix("Ce groupe se réunira") })
        // <br> breaks a paragraph
        #expect(bodies.contains("Les deux délégations ont siégé pendant trois heures."))
        let text = article.allText
        for dropped in ["SCRIPT-TEXT", "font-family", "cookies", "Accepter", "Le quotidien de la rive sud", "Économie",
                        "Partager", "ASIDE-TEXT", "RELATED-TEXT", "MOSTREAD-TEXT", "COMMENT-TEXT", "Votre nom",
                        "FOOTER-TEXT", "Les plus lus", "Articles similaires"] {
            #expect(!text.contains(dropped), "\(dropped) was kept")
        }
    }

    @Test("the page's metadata: lang, <title>, og:title, h1, published time, canonical URL")
    func metadata() throws {
        let html = String(decoding: try Reading.bytes(Reading.fixtures + "/html/full-page-fr.html"), as: UTF8.self)
        let page = try HTMLPage(html: html)
        #expect(page.language == "fr-FR")
        #expect(page.title == "Sécurité : Rabat et Madrid renforcent leur coopération")
        #expect(page.headline == "Rabat et Madrid renforcent leur coopération en matière de sécurité")
        #expect(page.published?.description == "2025-03-12")
        #expect(page.url == "https://journal-du-detroit.example/politique/rabat-madrid-securite")
        let titleOnly = try HTMLPage(html: "<html><head><title> Un  titre\n seul </title></head><body><p>Texte.</p></body></html>")
        #expect(titleOnly.title == "Un titre seul")
        #expect(titleOnly.headline == nil)
    }

    @Test("date and pubdate meta, meta language, og:url")
    func dateMeta() throws {
        let german = try page("meta-date.html")
        #expect(german.published?.description == "2024-06-05")
        #expect(german.language == "de")
        #expect(german.title == "Innenminister treffen sich in Wien")
        let dutch = try page("pubdate.htm")
        #expect(dutch.published?.description == "2024-09-17")
        #expect(dutch.url == "https://nieuws-van-de-dag.example/artikel/123")
        #expect(dutch.language == "nl")
        #expect(dutch.paragraphs(.body).count == 2)
    }

    @Test("a windows-1256 page with http-equiv and an ISO-8859-1 page with meta charset")
    func legacyPages() throws {
        let arabic = try page("windows-1256-ar.html")
        #expect(arabic.language == "ar")
        #expect(arabic.title == "لقاء وزيري الداخلية المغربي والبرتغالي")
        #expect(arabic.paragraphs(.body).first?.text.hasPrefix("استقبل وزير الداخلية") == true)
        let french = try page("latin1-meta-charset.htm")
        #expect(french.title == "Réunion des ministres à Genève")
        #expect(french.paragraphs(.body).first?.text.contains("coopération policière") == true)
    }

    @Test("a page's own charset declaration cannot make libxml2 re-decode our text")
    func declarationIgnored() throws {
        let page = try HTMLPage(html: "<html><head><meta charset=\"windows-1256\"></head><body><p>Réunion à Genève entre les deux ministres de l'Intérieur.</p></body></html>")
        #expect(page.blocks.map(\.text) == ["Réunion à Genève entre les deux ministres de l'Intérieur."])
    }

    @Test("hidden elements, role=navigation and class words mark non-story regions")
    func regions() throws {
        let html = """
        <html><body>
        <div role="navigation"><p>Menu principal de la rubrique</p></div>
        <div style="display: none"><p>Texte caché du gabarit</p></div>
        <div hidden><p>Autre texte caché</p></div>
        <div class="newsletter-box"><p>Inscrivez-vous à notre lettre</p></div>
        <div class="article-body"><p>Le ministre a reçu son homologue pour parler de sécurité.</p></div>
        <ul class="tags"><li>sécurité</li></ul>
        </body></html>
        """
        let page = try HTMLPage(html: html)
        #expect(page.blocks.map(\.text) == ["Le ministre a reçu son homologue pour parler de sécurité."])
    }

    @Test("headings and list items keep their kind; a br splits lines")
    func blocks() throws {
        let page = try HTMLPage(html: "<body><h2>Titre</h2><p>Un<br>Deux</p><ul><li>Trois</li></ul></body>")
        #expect(page.blocks.map(\.text) == ["Titre", "Un", "Deux", "Trois"])
        #expect(page.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .listItem])
    }
}

extension HTMLTests {
    @Test("pages parsed on many threads at once give the same blocks as one by one")
    func concurrentParsing() throws {
        let names = ["full-page-fr.html", "meta-date.html", "pubdate.htm", "windows-1256-ar.html", "latin1-meta-charset.htm"]
        let texts = try names.map { try ByteDecoder.decode(try Reading.bytes(Reading.fixtures + "/html/" + $0), sniffHTML: true).text }
        let expected = try texts.map { try HTMLPage(html: $0).blocks.map(\.text) }
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var mismatches = 0
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let which = index % texts.count
            let blocks = (try? HTMLPage(html: texts[which]))?.blocks.map(\.text)
            if blocks != expected[which] {
                results.lock.lock()
                results.mismatches += 1
                results.lock.unlock()
            }
        }
        #expect(results.mismatches == 0)
    }
}
