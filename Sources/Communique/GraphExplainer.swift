import CommuniqueGraph
import CommuniqueText

/// `communique explain NAME`: what an exported graph says about a person,
/// meeting, institution, declaration, place or country, and why — each link
/// with the evidence sentences of the meeting or declaration behind it and
/// the articles it was read from. For checking a surprising edge.
///
/// NAME is matched against every label and written form (`rdfs:label`,
/// `skos:prefLabel`, `skos:altLabel`) ignoring case, diacritics and Arabic
/// letter variants: an exact form first, else every word of NAME as a word of
/// a form, else NAME inside a form. An IRI or the end of one also works.
public enum GraphExplainer {
    public struct Explanation: Sendable {
        /// What to print.
        public let text: String
        /// How many resources matched; 0 means nothing did (the text then
        /// suggests close names).
        public let matches: Int
    }

    /// Explains `name` from the export at `graphPath` (.rdf or .nt).
    public static func explain(_ name: String, graphPath: String, limit: Int = 10) throws -> Explanation {
        let graph = try GraphFile.read(graphPath)
        return explain(name, in: graph, source: graphPath, limit: limit)
    }

    static func explain(_ name: String, in graph: Graph, source: String, limit: Int = 10) -> Explanation {
        let index = GraphIndex(graph)
        let matches = index.match(name)
        guard !matches.isEmpty else {
            var text = "nothing in \(source) is called \"\(name)\""
            let suggestions = index.suggestions(for: name)
            if !suggestions.isEmpty { text += "; close names: " + suggestions.joined(separator: ", ") }
            return Explanation(text: text + "\n", matches: 0)
        }
        var text = ""
        if matches.count > 1 {
            text += "\(matches.count) resources match \"\(name)\""
            text += matches.count > limit ? " (the first \(limit) shown; be more specific):\n" : ":\n"
            for term in matches.prefix(limit) { text += "  " + index.brief(term) + "\n" }
            text += "\n"
        }
        for term in matches.prefix(limit) {
            text += index.describe(term) + "\n"
        }
        return Explanation(text: text, matches: matches.count)
    }
}

/// A graph with what `GraphExplainer` looks up: labels, types and the
/// links into each resource.
struct GraphIndex {
    let graph: Graph
    private var incoming: [Term: [(subject: Term, predicate: IRI)]] = [:]
    private var forms: [(term: Term, normalized: String, words: [String])] = []

    private static let labelPredicates: Set<IRI> = [Vocabulary.RDFS.label, Vocabulary.SKOS.prefLabel, Vocabulary.SKOS.altLabel]

    init(_ graph: Graph) {
        self.graph = graph
        for subject in graph.sortedSubjects() {
            for statement in graph.statements(of: subject) {
                if statement.object.isResource && statement.predicate != Vocabulary.RDF.type {
                    incoming[statement.object, default: []].append((subject, statement.predicate))
                }
                if GraphIndex.labelPredicates.contains(statement.predicate), let literal = statement.object.literal {
                    let normalized = MatchNormalizer.normalize(literal.lexicalForm)
                    forms.append((subject, normalized, GraphIndex.words(normalized)))
                }
            }
        }
    }

    // MARK: matching

    static func words(_ normalized: String) -> [String] {
        normalized.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The best matching resources, in a fixed order.
    func match(_ name: String) -> [Term] {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        // an IRI, or its end ("person/abdelouafi-laftit")
        let byIRI = graph.sortedSubjects().filter {
            guard case .iri(let iri) = $0 else { return false }
            return iri.value == trimmed || iri.value.hasSuffix("/" + trimmed) || iri.value.hasSuffix("#" + trimmed)
        }
        if !byIRI.isEmpty { return byIRI }

        let query = MatchNormalizer.normalize(trimmed)
        let queryWords = GraphIndex.words(query)
        // level 3: a form equals NAME; 2: NAME's words are words of a form
        // (fewer other words is better); 1: NAME is inside a form
        var best: [Term: (level: Int, extra: Int)] = [:]
        for form in forms {
            var score: (level: Int, extra: Int)? = nil
            if form.normalized == query {
                score = (3, 0)
            } else if !queryWords.isEmpty, GraphIndex.containsWords(form.words, queryWords) {
                score = (2, form.words.count - queryWords.count)
            } else if form.normalized.contains(query) {
                score = (1, form.normalized.count - query.count)
            }
            guard let score else { continue }
            if let previous = best[form.term], previous.level > score.level
                || (previous.level == score.level && previous.extra <= score.extra) { continue }
            best[form.term] = score
        }
        guard let top = best.values.map(\.level).max() else { return [] }
        var candidates = best.filter { $0.value.level == top }
        // generated meeting labels ("Meeting of A, B, date") name people too:
        // a person or body that matches as well is what was meant
        if candidates.keys.contains(where: { !isMeeting($0) }) {
            candidates = candidates.filter { !isMeeting($0.key) }
        }
        if top < 3, let fewest = candidates.values.map(\.extra).min() {
            candidates = candidates.filter { $0.value.extra == fewest }
        }
        return candidates.keys.sorted { lhs, rhs in
            let (l, r) = (rank(lhs), rank(rhs))
            return l != r ? l < r : lhs < rhs
        }
    }

    private static func containsWords(_ words: [String], _ wanted: [String]) -> Bool {
        var remaining = words
        for word in wanted {
            guard let at = remaining.firstIndex(of: word) else { return false }
            remaining.remove(at: at)
        }
        return true
    }

    /// Labels close to `name`, for a helpful "not found".
    func suggestions(for name: String, count: Int = 5) -> [String] {
        let query = MatchNormalizer.normalize(name)
        var scored: [String: Double] = [:]
        for form in forms where !isArticle(form.term) {
            let similarity = JaroWinkler.similarity(query, form.normalized)
            let label = self.label(form.term)
            scored[label] = max(scored[label] ?? 0, similarity)
        }
        return scored.filter { $0.value >= 0.75 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(count).map { "\"" + $0.key + "\"" }
    }

    // MARK: what things are

    func types(_ term: Term) -> [String] {
        let types = graph.types(of: term)
        let general = Set(types.compactMap { Vocabulary.superclass[$0] })
        return (types.filter { !general.contains($0) } + types.filter { general.contains($0) }).map { String($0.localName) }
    }

    private func has(_ term: Term, type: IRI) -> Bool { graph.types(of: term).contains(type) }
    private func isMeeting(_ term: Term) -> Bool { has(term, type: Vocabulary.CQ.Meeting) }
    private func isArticle(_ term: Term) -> Bool { has(term, type: Vocabulary.CQ.Article) }

    /// Persons first, then meetings, declarations, institutions, places, countries.
    private func rank(_ term: Term) -> Int {
        let order = [Vocabulary.CQ.Person, Vocabulary.CQ.Meeting, Vocabulary.CQ.Declaration, Vocabulary.CQ.Institution,
                     Vocabulary.CQ.Place, Vocabulary.CQ.Country, Vocabulary.CQ.Article]
        let types = graph.types(of: term)
        return order.firstIndex(where: { types.contains($0) }) ?? order.count
    }

    func literals(_ term: Term, _ predicate: IRI) -> [Literal] {
        graph.objects(term, predicate).compactMap(\.literal)
    }

    func label(_ term: Term) -> String {
        if let label = literals(term, Vocabulary.RDFS.label).first ?? literals(term, Vocabulary.SKOS.prefLabel).first {
            return label.lexicalForm
        }
        if let identifier = literals(term, Vocabulary.DCTerms.identifier).first { return identifier.lexicalForm }
        switch term {
        case .iri(let iri): return iri.value
        case .blank(let label): return "_:" + label
        case .literal(let literal): return literal.lexicalForm
        }
    }

    /// One line that says what a resource is: "Fernando Grande-Marlaska
    /// (Minister, ES)", "Meeting 2024-12-12, Thursday, Rabat", "Morocco (MA)".
    func brief(_ term: Term) -> String {
        if isMeeting(term) {
            var parts: [String] = []
            if let date = literals(term, Vocabulary.CQ.date).first?.lexicalForm { parts.append(date) }
            if let weekday = literals(term, Vocabulary.CQ.weekday).first?.lexicalForm {
                parts.append(parts.isEmpty ? "a " + weekday : weekday)
            }
            for place in graph.objects(term, Vocabulary.CQ.place) { parts.append(label(place)) }
            let people = graph.objects(term, Vocabulary.CQ.participant).map(label)
            return "Meeting " + (parts.isEmpty ? "(date unknown)" : parts.joined(separator: ", "))
                + (people.isEmpty ? "" : " — " + people.joined(separator: ", "))
        }
        if isArticle(term) {
            let language = literals(term, Vocabulary.DCTerms.language).first.map { " [" + $0.lexicalForm + "]" } ?? ""
            return "article " + label(term) + language
        }
        if let code = literals(term, Vocabulary.CQ.isoCode).first {
            return label(term) + " (" + code.lexicalForm + ")"
        }
        var details = [types(term).first ?? "Resource"]
        details += graph.objects(term, Vocabulary.CQ.country).compactMap { literals($0, Vocabulary.CQ.isoCode).first?.lexicalForm }
        if let date = literals(term, Vocabulary.CQ.date).first, !label(term).contains(date.lexicalForm) {
            details.append(date.lexicalForm)
        }
        return label(term) + " (" + details.joined(separator: ", ") + ")"
    }

    // MARK: the description

    private static let literalNames: [(IRI, String)] = [
        (Vocabulary.SKOS.altLabel, "also written"),
        (Vocabulary.SKOS.prefLabel, "names"),
        (Vocabulary.CQ.office, "office"),
        (Vocabulary.CQ.portfolio, "portfolio"),
        (Vocabulary.CQ.isoCode, "ISO code"),
        (Vocabulary.CQ.date, "date"),
        (Vocabulary.CQ.weekday, "weekday"),
        (Vocabulary.DCTerms.identifier, "identifier"),
        (Vocabulary.DCTerms.language, "language"),
        (Vocabulary.DCTerms.title, "title"),
        (Vocabulary.DCTerms.date, "published"),
        (Vocabulary.CQ.path, "file"),
        (Vocabulary.CQ.url, "url"),
    ]

    /// How a link into a resource reads from the resource's side.
    private static let incomingNames: [String: String] = [
        "participant": "takes part in", "host": "hosts", "signatory": "signed", "party": "party to",
        "adoptedAt": "adopted here", "country": "country of", "place": "place of", "topic": "topic of",
        "source": "source of",
    ]

    func describe(_ term: Term) -> String {
        var out = label(term) + "\n"
        out += "  " + types(term).joined(separator: ", ")
        if case .iri(let iri) = term { out += "  <" + iri.value + ">" }
        out += "\n"
        let statements = graph.statements(of: term)
        for (predicate, name) in GraphIndex.literalNames {
            let values = literals(term, predicate)
            guard !values.isEmpty else { continue }
            out += "  " + GraphIndex.pad(name) + values.map(GraphIndex.show).joined(separator: " · ") + "\n"
        }
        // other literal properties, by local name
        let known = Set(GraphIndex.literalNames.map(\.0) + [Vocabulary.RDFS.label, Vocabulary.CQ.evidence])
        for predicate in Set(statements.filter { $0.object.literal != nil && !known.contains($0.predicate) }.map(\.predicate)).sorted() {
            out += "  " + GraphIndex.pad(String(predicate.localName))
                + literals(term, predicate).map(GraphIndex.show).joined(separator: " · ") + "\n"
        }
        // links out
        var outgoing: [(String, [Term])] = []
        for statement in statements where statement.object.isResource && statement.predicate != Vocabulary.RDF.type
            && statement.predicate != Vocabulary.CQ.source {
            let name = String(statement.predicate.localName)
            if let at = outgoing.firstIndex(where: { $0.0 == name }) {
                outgoing[at].1.append(statement.object)
            } else {
                outgoing.append((name, [statement.object]))
            }
        }
        for (name, targets) in outgoing {
            if name == "topic" {
                out += "  " + GraphIndex.pad("topics") + targets.map(label).joined(separator: ", ") + "\n"
            } else {
                for target in targets { out += "  " + GraphIndex.pad(name) + brief(target) + "\n" }
            }
        }
        out += evidence(of: term, indent: "  ")
        // links in, with the evidence behind each
        var linksIn: [(String, [Term])] = []
        for link in incoming[term] ?? [] where link.predicate != Vocabulary.CQ.source {
            let name = GraphIndex.incomingNames[String(link.predicate.localName)] ?? "object of " + link.predicate.localName
            if let at = linksIn.firstIndex(where: { $0.0 == name }) {
                if !linksIn[at].1.contains(link.subject) { linksIn[at].1.append(link.subject) }
            } else {
                linksIn.append((name, [link.subject]))
            }
        }
        let limit = 20
        for (name, subjects) in linksIn {
            out += "\n  " + name + " (\(subjects.count)):\n"
            for subject in subjects.prefix(limit) {
                out += "    " + brief(subject) + "\n"
                if isMeeting(subject) || has(subject, type: Vocabulary.CQ.Declaration) {
                    out += evidence(of: subject, indent: "      ")
                }
            }
            if subjects.count > limit { out += "    ... and \(subjects.count - limit) more\n" }
        }
        if let articles = incoming[term]?.filter({ $0.predicate == Vocabulary.CQ.source }), !articles.isEmpty {
            out += "\n  source of \(articles.count) resource(s) of the graph\n"
        }
        return out
    }

    /// The evidence sentences of a resource and the articles it was read from.
    private func evidence(of term: Term, indent: String) -> String {
        var out = ""
        for sentence in literals(term, Vocabulary.CQ.evidence) {
            out += indent + GraphIndex.pad("evidence") + GraphIndex.quoteSentence(sentence) + "\n"
        }
        let sources = graph.objects(term, Vocabulary.CQ.source)
        if !sources.isEmpty {
            out += indent + GraphIndex.pad("sources") + sources.map { source in
                var text = label(source)
                if let language = literals(source, Vocabulary.DCTerms.language).first { text += " [" + language.lexicalForm + "]" }
                if let path = literals(source, Vocabulary.CQ.path).first, path.lexicalForm != label(source) {
                    text += " in " + path.lexicalForm
                }
                return text
            }.joined(separator: ", ") + "\n"
        }
        return out
    }

    private static func pad(_ name: String) -> String {
        name.count >= 13 ? name + " " : name + String(repeating: " ", count: 13 - name.count)
    }

    private static func show(_ literal: Literal) -> String {
        literal.lexicalForm + (literal.language.map { " [" + $0 + "]" } ?? "")
    }

    private static func quoteSentence(_ literal: Literal) -> String {
        (literal.language.map { "[" + $0 + "] " } ?? "") + "\u{201C}" + literal.lexicalForm + "\u{201D}"
    }
}
