import CommuniqueLexicon

/// Topic keywords of sentences, leaving out those inside an office title, a
/// portfolio or an institution's name ("Security Council", "Justice and
/// Security" as a ministry) where they name an office, not a subject.
struct TopicFinder {
    let view: TextView
    let lexicon: Lexicon
    private var masked: [[Bool]]
    private let sentenceTopics: [[String]]

    init(view: TextView, scanner: NameScanner, lexicon: Lexicon) {
        self.view = view
        self.lexicon = lexicon
        var masked = view.paragraphs.map { [Bool](repeating: false, count: $0.tokens.count) }
        for (paragraph, content) in view.paragraphs.enumerated() {
            for position in content.tokens.indices {
                for match in content.annotations[position] {
                    switch match.entry {
                    case .title, .ministryWord:
                        for index in match.start..<match.end { masked[paragraph][index] = true }
                        // the portfolios that follow belong to the title: "Minister of Justice and Security"
                        var look = match.end
                        var gap = 0
                        while look < content.tokens.count && gap <= 2 {
                            if let portfolio = content.annotations[look].first(where: {
                                if case .portfolio = $0.entry { return true } else { return false }
                            }) {
                                for index in portfolio.start..<portfolio.end { masked[paragraph][index] = true }
                                look = portfolio.end
                                gap = 0
                                continue
                            }
                            let token = content.tokens[look]
                            guard token.norm == "," || token.norm == "،" || scanner.isStopword(paragraph, look)
                                || content.annotations[look].contains(where: { $0.entry == .connector }) else { break }
                            look += 1
                            gap += 1
                        }
                    case .knownInstitution:
                        // a known body named like a topic ("civil protection") is the topic here
                        if content.annotations[position].contains(where: { other in
                            if case .topic = other.entry { return other.end >= match.end } else { return false }
                        }) { continue }
                        for index in match.start..<match.end { masked[paragraph][index] = true }
                    case .ministry, .counterpart:
                        for index in match.start..<match.end { masked[paragraph][index] = true }
                    case .institution(let kind, _) where kind != "JointBody":
                        for index in match.start..<match.end { masked[paragraph][index] = true }
                    default:
                        continue
                    }
                }
            }
        }
        self.masked = masked
        sentenceTopics = TopicFinder.sentenceTopics(view, masked: masked, lexicon: lexicon)
    }

    /// The topics of the given sentences.
    func topics(in sentences: some Sequence<Int>) -> Set<String> {
        var topics = Set<String>()
        for number in sentences {
            for topic in sentenceTopics[number] { topics.insert(topic) }
        }
        return topics
    }

    /// The topics of each sentence of `view` (found once: the topics of many sentence ranges are asked for).
    private static func sentenceTopics(_ view: TextView, masked: [[Bool]], lexicon: Lexicon) -> [[String]] {
        view.sentences.map { sentence in
            var topics: [String] = []
            for position in sentence.range where !masked[sentence.paragraph][position] {
                for match in view.matches(sentence.paragraph, position) {
                    if case .topic(let name) = match.entry,
                       !(match.start..<match.end).contains(where: { masked[sentence.paragraph][$0] }) {
                        topics.append(name)
                    }
                }
            }
            let content = view.paragraphs[sentence.paragraph]
            let pairs = lexicon.profile(content.languageIndex)?.topicPairs ?? []
            guard !pairs.isEmpty else { return topics }
            let forms = sentence.range.map { PhraseMatcher.variants(of: content.tokens[$0]).map(WordPattern.Form.init) }
            for pair in pairs where !topics.contains(pair.topic) {
                let firsts = forms.indices.filter { index in pair.first.contains { $0.matches(forms[index]) } }
                guard !firsts.isEmpty else { continue }
                let seconds = forms.indices.filter { index in pair.second.contains { $0.matches(forms[index]) } }
                if firsts.contains(where: { a in seconds.contains { b in a != b && abs(a - b) <= pair.distance } }) {
                    topics.append(pair.topic)
                }
            }
            return topics
        }
    }
}
