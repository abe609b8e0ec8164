import CommuniqueCorpus
import CommuniqueTestSupport
import Foundation
import Testing

/// The synthetic corpus the benchmarks and scale tests read: the same bytes
/// for the same seed, every language and format, article sizes like news.
@Suite("synthetic corpus")
struct SyntheticCorpusTests {
    func files(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return result
    }

    @Test("the same seed gives the same files; another seed other files")
    func deterministic() throws {
        let first = try TestPaths.temporaryDirectory("corpus-a"), second = try TestPaths.temporaryDirectory("corpus-b")
        let third = try TestPaths.temporaryDirectory("corpus-c")
        _ = try CorpusWriter(parameters: CorpusParameters(articles: 150, seed: 3)).write(to: first)
        _ = try CorpusWriter(parameters: CorpusParameters(articles: 150, seed: 3)).write(to: second)
        _ = try CorpusWriter(parameters: CorpusParameters(articles: 150, seed: 4)).write(to: third)
        let a = try files(first), b = try files(second), c = try files(third)
        #expect(!a.isEmpty)
        #expect(a == b)
        #expect(a != c)
    }

    @Test("eight languages, three formats, articles of 2-6 KB with page furniture")
    func shape() throws {
        let folder = try TestPaths.temporaryDirectory("corpus-shape")
        let summary = try CorpusWriter(parameters: CorpusParameters(articles: 400, seed: 1)).write(to: folder)
        #expect(Set(summary.articlesByLanguage.keys) == ["ar", "de", "en", "es", "fa", "fr", "it", "nl"])
        #expect(summary.textFiles > 0 && summary.htmlFiles > 0 && summary.jsonLinesRecords > 0)
        let average = Double(summary.bytes) / Double(summary.articles)
        #expect((2000...6000).contains(average), "average article \(average) bytes")
        // many reports of the same meetings
        #expect(summary.distinctMeetings < summary.articles / 2)
        let page = try files(folder).first { $0.key.hasSuffix(".html") }!
        let html = String(decoding: page.value, as: UTF8.self)
        #expect(html.contains("<nav>") && html.contains("class=\"related\"") && html.contains("cookie-banner"))
    }

    @Test("more articles bring more meetings and ministers, fewer per article")
    func growsLikeNews() throws {
        let small = try CorpusWriter(parameters: CorpusParameters(articles: 200, seed: 1)).write(to: TestPaths.temporaryDirectory("g1"))
        let large = try CorpusWriter(parameters: CorpusParameters(articles: 2000, seed: 1)).write(to: TestPaths.temporaryDirectory("g2"))
        #expect(large.distinctMeetings > small.distinctMeetings * 5)
        #expect(large.distinctMinisters > small.distinctMinisters)
        #expect(Double(large.distinctMinisters) / 2000 < Double(small.distinctMinisters) / 200)
    }
}
