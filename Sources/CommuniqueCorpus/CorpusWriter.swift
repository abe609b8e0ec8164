import Foundation

/// Writes a synthetic corpus to a folder: `<lang>/<group>/<id>.txt|.html`
/// for single files and `<lang>/feeds/feed-<n>.jsonl` for JSON Lines
/// records, plus `corpus-manifest.json` (not an input format, so readers
/// skip it) with the counts. The same parameters give the same bytes.
public struct CorpusWriter {
    public struct Summary: Sendable, Codable {
        public var articles = 0
        public var files = 0
        public var bytes = 0
        public var textFiles = 0
        public var htmlFiles = 0
        public var jsonLinesRecords = 0
        public var statementArticles = 0
        public var articlesByLanguage: [String: Int] = [:]
        public var bytesByFormat: [String: Int] = [:]
        public var distinctMinisters = 0
        public var distinctMeetings = 0
        public var distinctCountries = 0
        public var distinctJointBodies = 0
    }

    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    public let parameters: CorpusParameters

    public init(parameters: CorpusParameters) {
        self.parameters = parameters
    }

    /// Records per JSON Lines file.
    static let recordsPerFeed = 200

    public func write(to folder: String) throws -> Summary {
        let templates: CorpusTemplates
        do {
            templates = try CorpusTemplates.bundled()
        } catch {
            throw WriteError(description: "\(error)")
        }
        for code in parameters.languages where !CorpusTemplates.languageCodes.contains(code) {
            throw WriteError(description: "unknown language \(code) (use \(CorpusTemplates.languageCodes.joined(separator: ", ")))")
        }
        let world = WorldBuilder.build(parameters, templates: templates)
        let composer = ArticleComposer(world: world, templates: templates, parameters: parameters)
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var summary = Summary()
        summary.distinctCountries = world.countries.count
        summary.distinctJointBodies = world.bodies.count
        var ministersSeen = Set<Int>()
        var meetingsSeen = Set<Int>()
        var madeFolders = Set<String>()
        var feeds: [String: (records: [String], number: Int)] = [:]

        func save(_ text: String, _ relative: String) throws {
            let path = folder + "/" + relative
            let parent = (path as NSString).deletingLastPathComponent
            if madeFolders.insert(parent).inserted {
                try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
            let data = Data(text.utf8)
            guard manager.createFile(atPath: path, contents: data) else {
                throw WriteError(description: "cannot write \(path)")
            }
            summary.files += 1
            summary.bytes += data.count
        }
        func flushFeed(_ language: String) throws {
            guard let feed = feeds[language], !feed.records.isEmpty else { return }
            let text = feed.records.joined(separator: "\n") + "\n"
            try save(text, "\(language)/feeds/feed-\(CorpusText.padded(feed.number, 4)).jsonl")
            summary.bytesByFormat["jsonl", default: 0] += text.utf8.count
            feeds[language] = ([], feed.number + 1)
        }

        for index in 0..<parameters.articles {
            let article = composer.compose(index)
            summary.articles += 1
            summary.articlesByLanguage[article.language, default: 0] += 1
            if let meeting = article.meeting { meetingsSeen.insert(meeting) } else { summary.statementArticles += 1 }
            ministersSeen.formUnion(article.ministers)
            let group = CorpusText.padded(index / 1000, 3)
            switch article.format {
            case .text:
                let text = PageRenderer.text(article)
                try save(text, "\(article.language)/\(group)/\(article.identifier).txt")
                summary.textFiles += 1
                summary.bytesByFormat["txt", default: 0] += text.utf8.count
            case .html:
                let page = PageRenderer.html(article)
                try save(page, "\(article.language)/\(group)/\(article.identifier).html")
                summary.htmlFiles += 1
                summary.bytesByFormat["html", default: 0] += page.utf8.count
            case .jsonLines, .jsonLinesHTML:
                feeds[article.language, default: ([], 0)].records.append(PageRenderer.jsonLine(article))
                summary.jsonLinesRecords += 1
                if feeds[article.language]!.records.count >= CorpusWriter.recordsPerFeed { try flushFeed(article.language) }
            }
        }
        for language in feeds.keys.sorted() { try flushFeed(language) }

        summary.distinctMinisters = ministersSeen.count
        summary.distinctMeetings = meetingsSeen.count
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let manifest = try encoder.encode(summary)
        _ = manager.createFile(atPath: folder + "/corpus-manifest.json", contents: manifest)
        return summary
    }
}
