import CommuniqueLexicon
import CommuniqueReading
import CommuniqueText

/// The content paragraphs of an article, tokenized and annotated once, with
/// their sentences: what every finder reads.
struct TextView {
    struct Paragraph {
        let text: String
        let tokens: [Token]
        let annotations: [[PhraseMatcher.Match]]
        let language: String
        let languageIndex: Int16
        let isTitle: Bool
        let sentences: [Range<Int>]
    }

    /// A sentence: paragraph index and token range.
    struct Sentence: Hashable {
        let paragraph: Int
        let range: Range<Int>
    }

    let paragraphs: [Paragraph]
    let sentences: [Sentence]

    init(article: Article, lexicon: Lexicon, annotator: Annotator) {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for paragraph in article.contentParagraphs {
            let language = paragraph.language == "und" ? article.language : paragraph.language
            let index = lexicon.languageIndex(language)
            // the reader's tokens and matches when it read this text in this language
            let reused = paragraph.analysis(languageIndex: index)
            let tokens = reused?.tokens ?? Tokenizer.tokenize(paragraph.text)
            let annotations = reused?.annotations ?? annotator.annotate(tokens, language: index)
            let ranges = paragraph.role == .title ? [0..<tokens.count] : SentenceSegmenter.sentences(tokens, in: paragraph.text)
            for range in ranges where !range.isEmpty {
                sentences.append(Sentence(paragraph: paragraphs.count, range: range))
            }
            paragraphs.append(Paragraph(text: paragraph.text, tokens: tokens, annotations: annotations, language: language,
                                        languageIndex: index, isTitle: paragraph.role == .title, sentences: ranges))
        }
        self.paragraphs = paragraphs
        self.sentences = sentences
    }

    /// The original text of a token range of a paragraph.
    func text(_ paragraph: Int, _ range: Range<Int>) -> String {
        let view = paragraphs[paragraph]
        guard !range.isEmpty else { return "" }
        let utf8 = view.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: view.tokens[range.lowerBound].range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: view.tokens[range.upperBound - 1].range.upperBound)
        return String(view.text[start..<end])
    }

    func text(_ sentence: Sentence) -> String { text(sentence.paragraph, sentence.range) }

    /// The matches starting at a token.
    func matches(_ paragraph: Int, _ index: Int) -> [PhraseMatcher.Match] {
        paragraphs[paragraph].annotations[index]
    }

    /// The first match at `index` satisfying `predicate`.
    func match(_ paragraph: Int, _ index: Int, where predicate: (LexicalEntry) -> Bool) -> PhraseMatcher.Match? {
        guard index >= 0, index < paragraphs[paragraph].tokens.count else { return nil }
        return paragraphs[paragraph].annotations[index].first { predicate($0.entry) }
    }
}

extension TextView {
    /// The city opening the first paragraph of the story as its dateline: a known place in the first
    /// three words, followed by punctuation or a date.
    func datelinePlace() -> (Int, NameForm)? {
        guard let first = paragraphs.firstIndex(where: { !$0.isTitle }) else { return nil }
        let paragraph = paragraphs[first]
        for position in paragraph.tokens.indices.prefix(3) {
            guard let place = match(first, position, where: { if case .place = $0 { return true } else { return false } }),
                  case .place(let index) = place.entry, place.end < paragraph.tokens.count else { continue }
            let next = paragraph.tokens[place.end]
            guard next.kind == .punctuation || next.kind == .number
                    || paragraph.annotations[place.end].contains(where: { if case .month = $0.entry { return true } else { return false } })
            else { return nil }
            return (index, NameForm(text(first, place.start..<place.end), language: paragraph.language))
        }
        return nil
    }
}
