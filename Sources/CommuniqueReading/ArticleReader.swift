import CommuniqueLexicon
import CommuniqueText
import Foundation

/// Reads one raw document into articles: decodes it, parses HTML with
/// libxml2 or splits text into lines, parses a JSON Lines record, then lets
/// the story builder find title, boilerplate, dates, language and stories.
/// Never throws: what cannot be read becomes a `ReadIssue`.
package struct ArticleReader: Sendable {
    private let builder: StoryBuilder

    package init(lexicon: Lexicon) {
        builder = StoryBuilder(lexicon: lexicon)
    }

    package struct Output: Sendable {
        package var articles: [Article] = []
        package var issues: [ReadIssue] = []
    }

    package func read(_ document: RawDocument) -> Output {
        var output = Output()
        let input = document.input
        switch document.payload {
        case .file(let bytes):
            guard !bytes.isEmpty else {
                output.issues.append(ReadIssue(.skipped, path: input.relativePath, message: "empty file"))
                return output
            }
            let isHTML = input.format == .html || (input.format == .unknown && ArticleReader.looksLikeHTML(bytes))
            let decoded: ByteDecoder.Decoded
            do {
                decoded = try ByteDecoder.decode(bytes, sniffHTML: isHTML)
            } catch {
                output.issues.append(ReadIssue(.skipped, path: input.relativePath, message: "\(error)"))
                return output
            }
            if decoded.replaced > 0 {
                output.issues.append(ReadIssue(.repaired, path: input.relativePath,
                                               message: "\(decoded.replaced) undecodable byte sequence(s) replaced by U+FFFD (\(decoded.encoding.rawValue))"))
            }
            let metadata = StoryBuilder.Metadata(identifier: input.baseName, path: input.relativePath)
            output.articles = articles(text: decoded.text, html: isHTML, metadata: metadata, issues: &output.issues,
                                       path: input.relativePath)
        case .jsonLine(let bytes, let line):
            readRecord(bytes, line: line, input: input, into: &output)
        }
        if output.articles.allSatisfy({ $0.contentParagraphs.isEmpty })
            && output.issues.allSatisfy({ $0.kind == .repaired }) {
            output.issues.append(ReadIssue(.skipped, path: input.relativePath, line: lineNumber(document),
                                           message: "no text found"))
            output.articles = []
        }
        return output
    }

    private func lineNumber(_ document: RawDocument) -> Int? {
        if case .jsonLine(_, let line) = document.payload { return line }
        return nil
    }

    private func articles(text: String, html: Bool, metadata: StoryBuilder.Metadata, issues: inout [ReadIssue],
                          path: String) -> [Article] {
        var metadata = metadata
        let blocks: [TextBlock]
        if html {
            do {
                let page = try HTMLPage(html: text)
                metadata.title = metadata.title ?? page.title
                metadata.headline = metadata.headline ?? page.headline
                metadata.language = metadata.language ?? page.language
                metadata.published = metadata.published ?? page.published
                metadata.url = metadata.url ?? page.url
                blocks = page.blocks
            } catch {
                issues.append(ReadIssue(.skipped, path: path, message: "HTML could not be parsed: \(error)"))
                return []
            }
        } else {
            blocks = ArticleReader.textBlocks(text)
        }
        guard !blocks.isEmpty else { return [] }
        return builder.build(blocks, metadata: metadata)
    }

    private func readRecord(_ bytes: [UInt8], line: Int, input: InputFile, into output: inout Output) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            output.issues.append(ReadIssue(.partlySkipped, path: input.relativePath, line: line,
                                           message: "not a valid JSON object, line skipped"))
            return
        }
        guard let record = object as? [String: Any] else {
            output.issues.append(ReadIssue(.partlySkipped, path: input.relativePath, line: line,
                                           message: "not a JSON object, line skipped"))
            return
        }
        let identifier: String
        if let text = record["id"] as? String, !text.isEmpty {
            identifier = text
        } else if let number = record["id"] as? NSNumber {
            identifier = number.stringValue
        } else {
            output.issues.append(ReadIssue(.partlySkipped, path: input.relativePath, line: line,
                                           message: "record has no \"id\", line skipped"))
            return
        }
        let html = record["html"] as? String
        let text = record["text"] as? String
        guard html != nil || text != nil else {
            output.issues.append(ReadIssue(.partlySkipped, path: input.relativePath, line: line,
                                           message: "record \(identifier) has neither \"text\" nor \"html\", line skipped"))
            return
        }
        let published = (record["published"] as? String).flatMap { CalendarDate(iso: $0.trimmingCharacters(in: .whitespaces)) }
        let title = (record["title"] as? String).map(HTMLPage.collapse).flatMap { $0.isEmpty ? nil : $0 }
        let metadata = StoryBuilder.Metadata(identifier: identifier, path: input.relativePath, url: record["url"] as? String,
                                             title: title, language: record["language"] as? String,
                                             published: published)
        var articles = self.articles(text: html ?? text!, html: html != nil, metadata: metadata,
                                     issues: &output.issues, path: input.relativePath)
        if let title {
            for index in articles.indices where index == 0 {
                if articles[index].title == nil { articles[index].title = title }
                if !articles[index].paragraphs.contains(where: { $0.text == title }) {
                    articles[index].paragraphs.insert(Paragraph(text: title, role: .title,
                                                                language: articles[index].language), at: 0)
                }
            }
        }
        output.articles.append(contentsOf: articles)
    }

    /// Lines of a text file as blocks; a blank line marks a break. Lines of a
    /// hard-wrapped paragraph (long lines without a final stop, continued in
    /// lower case) are joined. Lines end at LF, CRLF or CR; the text is cut
    /// on its UTF-8 bytes, in time linear in its size.
    static func textBlocks(_ text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var lastLength = 0  // scalars in the last block, kept to avoid recounting
        var afterBreak = true
        var text = text
        text.withUTF8 { bytes in
            func take(_ start: Int, _ end: Int) {
                var first = start
                while first < end && (bytes[first] == 0x20 || bytes[first] == 0x09 || bytes[first] == 0x0C || bytes[first] == 0x0B) {
                    first += 1
                }
                if first == end {  // a blank line, without building a string for it
                    afterBreak = true
                    return
                }
                let line = HTMLPage.collapse(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                if line.isEmpty {
                    afterBreak = true
                    return
                }
                if !afterBreak, let last = blocks.last, lastLength >= 60,
                   let lastChar = last.text.unicodeScalars.last, !".!?؟:\"»”".unicodeScalars.contains(lastChar),
                   let firstScalar = line.unicodeScalars.first, firstScalar.properties.isLowercase {
                    blocks[blocks.count - 1].text += " " + line
                    lastLength += 1 + line.unicodeScalars.count
                    return
                }
                blocks.append(TextBlock(text: line, kind: .paragraph, afterBreak: afterBreak))
                lastLength = line.unicodeScalars.count
                afterBreak = false
            }
            var lineStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    take(lineStart, index)
                    index += byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                    lineStart = index
                } else {
                    index += 1
                }
            }
            take(lineStart, count)
        }
        return blocks
    }

    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
            || (head.contains("<p>") && head.contains("</p>"))
    }
}
