import CommuniqueText
import CommuniqueXML

/// What an HTML page holds for the tool: metadata and the text blocks of the
/// story, without scripts, styles, navigation, headers and footers of the
/// site, asides, forms, cookie banners, share buttons, comment sections and
/// "related" or "most read" boxes.
package struct HTMLPage: Sendable {
    package var title: String?
    package var headline: String?
    package var language: String?
    package var published: CalendarDate?
    package var url: String?
    package var blocks: [TextBlock] = []

    /// Elements whose content is never the story.
    private static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "aside", "form", "button",
        "select", "option", "input", "textarea", "label", "menu", "dialog", "object", "embed", "canvas", "video",
        "audio", "map", "head",
    ]

    /// Elements that break text into blocks.
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "figcaption",
        "hr", "address", "center", "body", "html", "br",
    ]

    /// Words of class, id or role values that mark a non-story region.
    private static let boilerplateWords: Set<String> = [
        "related", "recommended", "recommendations", "popular", "trending", "mostread", "most-read", "sidebar",
        "widget", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "social",
        "share", "sharing", "sharebar", "comment", "comments", "breadcrumb", "breadcrumbs", "menu", "navbar", "nav",
        "navigation", "footer", "advert", "advertisement", "ads", "ad", "promo", "sponsored", "tags", "taglist",
        "pagination", "outbrain", "taboola", "disqus", "modal", "popup", "readalso", "read-also", "seealso",
        "morenews", "latestnews", "latest", "banner", "masthead", "topbar", "ticker", "login", "signup", "search",
        "contentinfo", "complementary", "toolbar", "author-bio", "byline-share", "print",
    ]

    /// Reads a page that is already decoded to text.
    package init(html: String) throws {
        let document = try HTMLDocument(html: html)
        var skipDepth = 0
        var articleDepth = 0
        var current = ""
        var currentKind = TextBlock.Kind.paragraph
        var pendingBreak = false
        var allBlocks: [(block: TextBlock, inArticle: Bool)] = []
        var inTitle = false
        var titleText = ""
        var metaTitle: String?
        var h1: String?
        var collectingH1 = false
        var h1Text = ""
        var stack: [(name: String, skipped: Bool, article: Bool)] = []
        var language: String?
        var published: CalendarDate?
        var url: String?

        func readMeta(_ element: HTMLDocument.Element, _ metaTitle: inout String?) {
            let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop") ?? "")
                .lowercased()
            guard let content = element.attribute("content") else { return }
            switch key {
            case "og:title", "twitter:title":
                if metaTitle == nil { metaTitle = HTMLPage.collapse(content) }
            case "article:published_time", "og:article:published_time", "date", "pubdate", "publishdate",
                 "dc.date.issued", "dc.date", "dcterms.date", "datepublished", "sailthru.date", "parsely-pub-date":
                if published == nil { published = CalendarDate(iso: content.trimmingASCIISpaces()) }
            case "og:url":
                if url == nil { url = content }
            case "language", "content-language", "dc.language":
                if language == nil { language = content }
            default:
                break
            }
        }

        func flush() {
            let text = HTMLPage.collapse(current)
            if !text.isEmpty {
                allBlocks.append((TextBlock(text: text, kind: currentKind, afterBreak: pendingBreak), articleDepth > 0))
                pendingBreak = false
            }
            current = ""
            currentKind = .paragraph
        }

        document.walk { event in
            switch event {
            case .open(let element):
                let name = element.name
                if name == "html", let lang = element.attribute("lang") ?? element.attribute("xml:lang") {
                    language = lang
                }
                if name == "title" { inTitle = true }
                if name == "meta" { readMeta(element, &metaTitle) }
                if name == "link", (element.attribute("rel") ?? "").lowercased() == "canonical",
                   let href = element.attribute("href") {
                    url = url ?? href
                }
                if name == "time", published == nil, skipDepth == 0, let value = element.attribute("datetime") {
                    published = CalendarDate(iso: value)
                }
                let skip = skipDepth > 0 || HTMLPage.isBoilerplate(element, insideArticle: articleDepth > 0)
                let isArticle = !skip && (name == "article" || name == "main"
                    || (element.attribute("itemprop") ?? "").lowercased() == "articlebody")
                if skip && skipDepth == 0 && HTMLPage.blockElements.contains(name) { flush() }
                if skip { skipDepth += 1 }
                if isArticle { articleDepth += 1 }
                stack.append((name, skip, isArticle))
                if !skip && HTMLPage.blockElements.contains(name) {
                    flush()
                    if name == "p" || name == "hr" || name == "br" { pendingBreak = true }
                    if name.count == 2 && name.hasPrefix("h") && name != "hr" && name != "html" {
                        currentKind = .heading
                    } else if name == "li" || name == "dt" || name == "dd" {
                        currentKind = .listItem
                    }
                }
                if name == "h1" && !skip && h1 == nil {
                    collectingH1 = true
                    h1Text = ""
                }
                return .enter
            case .text(let text):
                if inTitle { titleText += text }
                if collectingH1 { h1Text += text }
                if skipDepth == 0 && !inTitle {
                    current += text
                }
                return .enter
            case .close(let element):
                let name = element.name
                if name == "title" { inTitle = false }
                if name == "h1" && collectingH1 {
                    collectingH1 = false
                    let text = HTMLPage.collapse(h1Text)
                    if !text.isEmpty { h1 = text }
                }
                if let top = stack.popLast() {
                    if top.skipped { skipDepth -= 1 }
                    if top.article { articleDepth -= 1 }
                }
                if skipDepth == 0 && HTMLPage.blockElements.contains(name) { flush() }
                return .enter
            }
        }
        flush()

        let titleFromTag = HTMLPage.collapse(titleText)
        title = metaTitle ?? (titleFromTag.isEmpty ? nil : titleFromTag)
        headline = h1
        let articleWords = allBlocks.filter(\.inArticle).reduce(0) { $0 + $1.block.text.split(separator: " ").count }
        let chosen = articleWords >= 40 ? allBlocks.filter(\.inArticle) : allBlocks
        blocks = chosen.map(\.block)
        if let h1, !blocks.contains(where: { $0.text == h1 }) {
            blocks.insert(TextBlock(text: h1, kind: .heading, afterBreak: true), at: 0)
        }
        self.language = language
        self.published = published
        self.url = url
    }

    private static func isBoilerplate(_ element: HTMLDocument.Element, insideArticle: Bool) -> Bool {
        let name = element.name
        if skippedElements.contains(name) { return true }
        if name == "header" && !insideArticle { return true }
        if element.attribute("hidden") != nil || (element.attribute("aria-hidden") ?? "") == "true" { return true }
        if let style = element.attribute("style")?.lowercased().replacingASCIISpaces(),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = element.attribute("role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar"].contains(role) {
            return true
        }
        for attribute in ["class", "id"] {
            guard let value = element.attribute(attribute)?.lowercased(), !value.isEmpty else { continue }
            for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                if boilerplateWords.contains(String(word)) { return true }
                let parts = word.split(whereSeparator: { $0 == "-" || $0 == "_" })
                if parts.count > 1 {
                    if parts.contains(where: { boilerplateWords.contains(String($0)) && $0.count > 2 }) { return true }
                    if boilerplateWords.contains(parts.joined()) { return true }
                }
            }
        }
        return false
    }

    /// Collapses white space runs to one space and trims. Control characters
    /// (C0 and C1) and the line and paragraph separators count as white
    /// space; a stray byte-order mark and noncharacters (U+FFFE, U+FFFF, ...),
    /// which XML cannot hold, are dropped.
    static func collapse(_ text: String) -> String {
        if isCollapsed(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value <= 0x20 || (value >= 0x7F && value <= 0xA0) || value == 0x2028 || value == 0x2029 {
                pendingSpace = !result.isEmpty
            } else if value == 0xFEFF || (value >= 0xFDD0 && (value <= 0xFDEF || value & 0xFFFE == 0xFFFE)) {
                continue
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension HTMLPage {
    /// True when `collapse` would return `text` unchanged: no white space at
    /// either end or twice in a row, nothing but plain spaces, and no byte
    /// that may start a control, separator or noncharacter (C2, E2, EF, F0–F4
    /// lead bytes are checked the slow way).
    static func isCollapsed(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF || byte >= 0xF0 { return false }
            previousSpace = false
        }
        return !previousSpace || text.isEmpty
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        var text = Substring(self)
        while text.first == " " || text.first == "\n" || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\n" || text.last == "\t" { text.removeLast() }
        return String(text)
    }

    func replacingASCIISpaces() -> String {
        String(unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" })
    }
}
