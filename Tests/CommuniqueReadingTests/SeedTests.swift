import CommuniqueReading
import CommuniqueTestSupport
import Foundation
import Testing

/// The five real seed articles, read from the shared corpus (never copied):
/// their language, headline and boilerplate regions, and the appended second
/// story of 003.
@Suite("the seed articles", .enabled(if: FileManager.default.fileExists(atPath: TestPaths.seeds), "needs ../shared/corpus/seeds"))
struct SeedTests {
    static let files = [
        ("000_dad9b33bff6c4d4d.txt", "fa"), ("001_c2b724ebaf41cd13.txt", "nl"), ("002_9673b3976d921ce6.txt", "ar"),
        ("003_5135aea04ca50ecf.txt", "ar"), ("004_17e1065702274fc8.txt", "de"),
    ]

    func read(_ name: String) throws -> [Article] {
        let result = try Reading.read(TestPaths.seeds + "/" + name)
        #expect(result.skipped.isEmpty, "\(result.issues)")
        return result.articles
    }

    /// The seed's lines, as the file has them (blank lines dropped).
    func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOfFile: TestPaths.seeds + "/" + name, encoding: .utf8)
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test("each seed is read in its language, every content paragraph too", arguments: files)
    func language(_ file: String, _ language: String) throws {
        let articles = try read(file)
        let first = try #require(articles.first)
        #expect(first.identifier == file)
        #expect(first.language == language)
        for paragraph in first.contentParagraphs {
            #expect(paragraph.language == language, "\(paragraph.text.prefix(60))")
        }
    }

    @Test("000 (Persian): the first line is the headline; the news list at the end is boilerplate")
    func persian() throws {
        let lines = try lines("000_dad9b33bff6c4d4d.txt")
        let article = try #require(try read("000_dad9b33bff6c4d4d.txt").first)
        #expect(article.title == lines[0])
        #expect(article.paragraphs(.title).map(\.text) == [lines[0]])
        // lines 2-9 are the story, from the "Lire aussi" line on everything is boilerplate
        let readAlso = try #require(lines.firstIndex(of: "Lire aussi"))
        #expect(article.paragraphs(.body).map(\.text) == Array(lines[1..<readAlso]))
        for line in lines[readAlso...] {
            #expect(article.paragraphs.first { $0.text == line }?.role == .boilerplate, "\(line.prefix(40))")
        }
        #expect(article.paragraphs.filter { $0.reason == "related" }.count >= 7)
    }

    @Test("001 (Dutch): menu and repeated headline, date line, \"Lees meer\"")
    func dutch() throws {
        let lines = try lines("001_c2b724ebaf41cd13.txt")
        let article = try #require(try read("001_c2b724ebaf41cd13.txt").first)
        let headline = lines[1]
        #expect(article.title == headline)
        #expect(article.paragraphs(.title).count == 1)
        #expect(article.paragraphs.first?.role == .boilerplate)  // the lone "X" of the menu
        #expect(article.published?.description == "2024-04-22")
        #expect(article.paragraphs(.dateline).count == 1)
        #expect(article.paragraphs.last?.role == .boilerplate)
        #expect(article.paragraphs.last?.reason == "readAlso")
        #expect(article.paragraphs(.body).count == 7)
    }

    @Test("002 (Arabic): glued menu line, headline, related/comment/back-to-top boilerplate")
    func arabic() throws {
        let lines = try lines("002_9673b3976d921ce6.txt")
        let article = try #require(try read("002_9673b3976d921ce6.txt").first)
        #expect(article.title == lines[1])
        #expect(article.paragraphs.first?.role == .boilerplate)
        #expect(article.paragraphs.first?.reason == "navigation")
        let reasons = article.paragraphs.suffix(4).map(\.reason)
        #expect(reasons == ["related", "comments", "comments", "navigation"])
        #expect(article.paragraphs(.body).count == 8)
    }

    @Test("003 (Arabic): the Laftit–Faeser story and the appended Cameroon–Egypt story are two articles")
    func arabicTwoStories() throws {
        let lines = try lines("003_5135aea04ca50ecf.txt")
        let articles = try read("003_5135aea04ca50ecf.txt")
        #expect(articles.map(\.identifier) == ["003_5135aea04ca50ecf.txt", "003_5135aea04ca50ecf.txt#2"])
        guard articles.count == 2 else { return }
        let (first, second) = (articles[0], articles[1])
        #expect(first.title == lines[0])
        #expect(first.published?.description == "2023-10-31")
        #expect(first.paragraphs(.dateline).count == 1)
        #expect(first.paragraphs(.body).count == 5)
        #expect(first.contentText.contains("فيزر"))
        #expect(!first.contentText.contains("الكاميرون"))
        // the source line and the "read also" line close the first story
        #expect(first.paragraphs.suffix(2).map(\.reason) == ["source", "readAlso"])
        #expect(second.title == lines[9])
        #expect(second.paragraphs(.title).count == 1)
        #expect(second.language == "ar")
        #expect(second.contentText.contains("الكاميرون"))
        #expect(!second.contentText.contains("فيزر"))
        #expect(second.paragraphs(.body).count == lines.count - 10)
        // not dated by the first story's publication line
        #expect(second.published == nil)
        #expect(second.path == first.path)
    }

    @Test("004 (German): the timed headline list before the story is boilerplate")
    func german() throws {
        let lines = try lines("004_17e1065702274fc8.txt")
        let article = try #require(try read("004_17e1065702274fc8.txt").first)
        let titleIndex = try #require(lines.firstIndex { $0.hasPrefix("Laftit im Gespräch") })
        #expect(article.title == lines[titleIndex])
        for line in lines[..<titleIndex] {
            #expect(article.paragraphs.first { $0.text == line }?.role == .boilerplate, "\(line.prefix(40))")
        }
        #expect(article.paragraphs.filter { $0.reason == "related" }.count == 9)
        #expect(article.paragraphs(.body).map(\.text) == Array(lines[(titleIndex + 1)...]))
    }
}
