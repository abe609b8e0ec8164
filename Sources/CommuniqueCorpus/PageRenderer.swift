/// Lays a composed article out as a scraped text file, an HTML page or a
/// JSON Lines record.
package enum PageRenderer {
    /// The text of a scraped page: menu, ticker, headline, publication line,
    /// story, source, read-also box, share and comment lines, footer.
    package static func text(_ article: ComposedArticle, includeTitle: Bool = true) -> String {
        var lines: [String] = [article.menu, article.site, ""]
        if !article.ticker.isEmpty {
            lines.append(article.latestHeading)
            for (time, headline) in article.ticker { lines.append("- \(time) \(headline)") }
            lines.append("")
        }
        if includeTitle { lines += [article.title, ""] }
        lines += [article.publishedLine, ""]
        for paragraph in article.paragraphs { lines += [paragraph, ""] }
        lines += [article.source, ""]
        if !article.appendix.isEmpty {
            for paragraph in article.appendix { lines += [paragraph, ""] }
        }
        lines.append(article.readAlsoHeading)
        for headline in article.readAlso { lines.append("» " + headline) }
        lines += ["", article.share, ""]
        if !article.mostRead.isEmpty {
            lines.append(article.mostReadHeading)
            for (number, headline) in article.mostRead.enumerated() { lines.append("\(number + 1). " + headline) }
            lines.append("")
        }
        lines += [article.comments, article.backToTop, article.footer]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A full page: cookie banner, header with navigation, ticker, the
    /// article, a related box, comment form and footer.
    package static func html(_ article: ComposedArticle) -> String {
        let rtl = article.language == "ar" || article.language == "fa"
        let time = "\(article.published.iso)T\(CivilDay.two(article.publishedTime.hour)):\(CivilDay.two(article.publishedTime.minute)):00Z"
        var page = """
        <!DOCTYPE html>
        <html lang="\(article.language)"\(rtl ? " dir=\"rtl\"" : "")>
        <head>
        <meta charset="utf-8">
        <title>\(escape(article.title)) | \(escape(article.site))</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta property="og:title" content="\(escape(article.title))">
        <meta property="og:type" content="article">
        <meta property="article:published_time" content="\(time)">
        <link rel="canonical" href="\(article.url)">
        <link rel="stylesheet" href="/assets/site.css">
        <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
        <style>.ticker li{display:inline-block;margin-right:1em}.share a{padding:0 4px}</style>
        </head>
        <body>
        <div class="cookie-banner" role="dialog"><p>\(escape(article.cookie))</p><button>\(escape(article.accept))</button></div>
        <header class="masthead"><a href="/" class="logo">\(escape(article.site))</a>
        <nav><ul>
        """
        for item in article.menu.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            page += "<li><a href=\"/\(item.count)\">\(escape(item))</a></li>"
        }
        page += "</ul></nav></header>\n<div class=\"ticker\"><h3>\(escape(article.latestHeading))</h3><ul>\n"
        for (clock, headline) in article.ticker {
            page += "<li><span class=\"time\">\(clock)</span> <a href=\"/news/\(clock.count)\">\(escape(headline))</a></li>\n"
        }
        page += "</ul></div>\n<main>\n<article>\n<h1>\(escape(article.title))</h1>\n"
        page += "<p class=\"byline\">\(escape(article.publishedLine))</p>\n"
        page += "<div class=\"share-tools\">\(escape(article.share))</div>\n<div class=\"article-body\">\n"
        for paragraph in article.paragraphs { page += "<p>\(escape(paragraph))</p>\n" }
        page += "<p class=\"source\">\(escape(article.source))</p>\n</div>\n</article>\n"
        page += "<aside class=\"related\"><h3>\(escape(article.readAlsoHeading))</h3><ul>\n"
        for headline in article.readAlso { page += "<li><a href=\"/related\">\(escape(headline))</a></li>\n" }
        page += "</ul></aside>\n<aside class=\"most-read\"><h3>\(escape(article.mostReadHeading))</h3><ol>\n"
        for headline in article.mostRead { page += "<li><a href=\"/popular\">\(escape(headline))</a></li>\n" }
        page += "</ol></aside>\n<section class=\"comments\"><h3>\(escape(article.comments))</h3>"
        page += "<form><textarea name=\"c\"></textarea><input type=\"text\" name=\"n\"><button>OK</button></form></section>\n</main>\n"
        page += "<footer><p>\(escape(article.footer))</p><a href=\"#top\">\(escape(article.backToTop))</a></footer>\n</body>\n</html>\n"
        return page
    }

    /// One JSON Lines record (without the line break).
    package static func jsonLine(_ article: ComposedArticle) -> String {
        var record = "{\"id\": " + json(article.identifier)
        record += ", \"title\": " + json(article.title)
        record += ", \"published\": " + json(article.published.iso)
        record += ", \"language\": " + json(article.language)
        record += ", \"url\": " + json(article.url)
        if article.format == .jsonLinesHTML {
            record += ", \"html\": " + json(html(article))
        } else {
            record += ", \"text\": " + json(text(article, includeTitle: false))
        }
        return record + "}"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    static func json(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
