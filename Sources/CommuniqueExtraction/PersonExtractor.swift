import CommuniqueLexicon
import CommuniqueText

/// Finds the persons of an article and resolves their mentions: names bound
/// to titles, honorifics and counterpart words; known actors; then every
/// later mention by surname, and damaged forms of the names of people already
/// in the story (transliteration skeletons, edit similarity), never of
/// people who are not.
struct PersonExtractor {
    let lexicon: Lexicon
    let view: TextView
    let scanner: NameScanner

    struct Result {
        var entities: [PersonEntity] = []
        /// Per sentence: (entity id, token position) of each mention.
        var mentions: [[(entity: Int, position: Int, end: Int)]] = []
        /// Title-only designations ("the French minister").
        var roleMentions: [PersonMention] = []
        /// Per sentence: token positions of names bound to a counterpart word ("his counterpart X").
        var counterpartPositions: [Set<Int>] = []
    }

    /// Sentence index of each (paragraph, token).
    private func sentenceIndex() -> [[Int]] {
        var map = view.paragraphs.map { [Int](repeating: -1, count: $0.tokens.count) }
        for (index, sentence) in view.sentences.enumerated() {
            for position in sentence.range { map[sentence.paragraph][position] = index }
        }
        return map
    }

    func extract() -> Result {
        var mentions: [PersonMention] = []
        var roleMentions: [PersonMention] = []
        var covered = view.paragraphs.map { [Bool](repeating: false, count: $0.tokens.count) }

        for (sentenceNumber, sentence) in view.sentences.enumerated() {
            let paragraph = sentence.paragraph
            var previous: (end: Int, mention: Int?)? = nil
            var position = sentence.range.lowerBound
            while position < sentence.range.upperBound {
                guard let match = view.match(paragraph, position, where: { entry in
                    switch entry {
                    case .title, .counterpart, .honorific: return true
                    default: return false
                    }
                }) else {
                    position += 1
                    continue
                }
                let phrase = RolePhrase.read(match, paragraph: paragraph, sentence: sentence.range, view: view, scanner: scanner)
                if phrase.isPlural {
                    // "the two ministers", "وزرا": the words are no name, and no one person is meant, unless the
                    // names follow: "los cancilleres de México y Guatemala, Juan Ramón de la Fuente y Carlos Ramiro Martínez"
                    for token in phrase.start..<phrase.end { covered[paragraph][token] = true }
                    let names = nameList(after: phrase, paragraph: paragraph, sentence: sentence.range, covered: covered)
                    for (name, country) in names {
                        mentions.append(PersonMention(paragraph: paragraph, sentence: sentenceNumber, range: name,
                                                      position: name.lowerBound, known: knownPerson(paragraph, name),
                                                      role: phrase.role, country: country, portfolio: phrase.portfolio,
                                                      office: nil, anchored: true))
                        for token in name { covered[paragraph][token] = true }
                    }
                    previous = nil
                    position = max(phrase.end, names.last?.name.upperBound ?? 0)
                    continue
                }
                let office = phrase.isHonorific ? nil : view.text(paragraph, phrase.start..<phrase.end)
                var mention = PersonMention(paragraph: paragraph, sentence: sentenceNumber, range: 0..<0,
                                            position: phrase.titleStart, known: nil, role: phrase.role,
                                            isCounterpart: phrase.isCounterpart, country: phrase.country,
                                            portfolio: phrase.portfolio, office: office, anchored: true,
                                            afterHonorific: phrase.isHonorific)
                // an apposition chain: "X, Minister of State, Minister of the Interior"
                // (in Arabic script the office often follows the name with no comma: "X وزير العدل بدولة الكويت")
                // — unless the office has a name of its own right after it: "X, Portugals Innenminister Y und ..."
                if let last = previous, let index = last.mention,
                   (phrase.start == last.end + 1 && view.paragraphs[paragraph].tokens[last.end].isClauseMark
                    && !hasOwnName(phrase, paragraph: paragraph, sentence: sentence.range, covered: covered))
                    || (phrase.start == last.end && view.paragraphs[paragraph].tokens[phrase.titleStart].script == .arabic
                        && !startsWithAnd(paragraph, phrase) && !phrase.isCounterpart) {
                    if mentions[index].country == nil { mentions[index].country = phrase.country }
                    if mentions[index].portfolio == nil { mentions[index].portfolio = phrase.portfolio }
                    if let role = phrase.role, mentions[index].role == nil || role == .minister { mentions[index].role = role }
                    if let office { mentions[index].office = (mentions[index].office.map { $0 + ", " } ?? "") + office }
                    for token in phrase.start..<phrase.end { covered[paragraph][token] = true }
                    previous = (phrase.end, index)
                    position = phrase.end
                    continue
                }
                if var name = bind(phrase, paragraph: paragraph, sentence: sentence.range, covered: covered),
                   acceptsNewName(name, paragraph: paragraph, honorific: phrase.isHonorific)
                    || acceptsSurname(name, after: phrase, paragraph: paragraph) {
                    let known = knownMatch(paragraph, name)
                    // the name ends where the known actor's name ends ("الوزير لفتيت إرساء ...")
                    if let known, known.range.lowerBound >= name.lowerBound { name = name.lowerBound..<known.range.upperBound }
                    mention = PersonMention(paragraph: paragraph, sentence: sentenceNumber, range: name,
                                            position: phrase.titleStart, known: known?.index,
                                            role: phrase.role, isCounterpart: phrase.isCounterpart,
                                            country: phrase.country, portfolio: phrase.portfolio, office: office,
                                            anchored: true, afterHonorific: phrase.isHonorific)
                    for token in name { covered[paragraph][token] = true }
                    for token in phrase.start..<phrase.end { covered[paragraph][token] = true }
                    mentions.append(mention)
                    previous = (max(phrase.end, name.upperBound), mentions.count - 1)
                    position = max(phrase.end, name.upperBound)
                } else {
                    mention.designationEnd = phrase.end
                    mention.countries = phrase.countries
                    if !phrase.isHonorific { roleMentions.append(mention) }
                    for token in phrase.start..<phrase.end { covered[paragraph][token] = true }
                    previous = (phrase.end, nil)
                    position = phrase.end
                }
            }
            // known actors named without a title
            position = sentence.range.lowerBound
            while position < sentence.range.upperBound {
                if !covered[paragraph][position],
                   let match = view.match(paragraph, position, where: { if case .knownPerson = $0 { return true } else { return false } }),
                   case .knownPerson(let index) = match.entry,
                   !(match.start..<match.end).contains(where: { covered[paragraph][$0] }) {
                    mentions.append(PersonMention(paragraph: paragraph, sentence: sentenceNumber, range: match.start..<match.end,
                                                  position: match.start, known: index))
                    for token in match.start..<match.end { covered[paragraph][token] = true }
                    position = match.end
                    continue
                }
                position += 1
            }
        }
        mentions.sort { ($0.paragraph, $0.range.lowerBound) < ($1.paragraph, $1.range.lowerBound) }
        return resolve(mentions, roleMentions: roleMentions, covered: &covered)
    }

    /// The name a role phrase designates: right after it, or just before it
    /// (apposition), or — in Arabic-script text — a Latin-script name a few
    /// words further on.
    /// Whether a Latin-script name starts right where the office ends and would be taken as its holder.
    private func hasOwnName(_ phrase: RolePhrase, paragraph: Int, sentence: Range<Int>, covered: [[Bool]]) -> Bool {
        let tokens = view.paragraphs[paragraph].tokens
        guard phrase.end < sentence.upperBound, tokens[phrase.end].script == .latin, tokens[phrase.end].isCapitalized,
              let name = bind(phrase, paragraph: paragraph, sentence: sentence, covered: covered),
              name.lowerBound == phrase.end else { return false }
        return acceptsNewName(name, paragraph: paragraph, honorific: phrase.isHonorific)
    }

    private func bind(_ phrase: RolePhrase, paragraph: Int, sentence: Range<Int>, covered: [[Bool]]) -> Range<Int>? {
        let tokens = view.paragraphs[paragraph].tokens
        var right = phrase.end
        var crossedComma = false
        if right < sentence.upperBound && (tokens[right].isClauseMark && tokens[right].norm != "(") && !phrase.isHonorific {
            right += 1
            crossedComma = true
        }
        // honorifics in a row: "الفريق أول الشيخ راشد ..."
        var honorifics = 0
        while honorifics < 3, right < sentence.upperBound, let honorific = view.match(paragraph, right, where: { $0 == .honorific }) {
            right = honorific.end
            honorifics += 1
        }
        // a rank's qualifier in brackets: "Lieutenant General (Retd) Md ..."
        if honorifics > 0, right < sentence.upperBound, tokens[right].norm == "(",
           let close = (right + 1..<min(sentence.upperBound, right + 4)).first(where: { tokens[$0].norm == ")" }) {
            right = close + 1
        }
        // a known actor right there, whatever words his name holds ("عبد الأمير الشمري": الأمير is also a title)
        for start in right..<min(sentence.upperBound, right + 2) {
            if let known = view.match(paragraph, start, where: { if case .knownPerson = $0 { return true } else { return false } }),
               case .knownPerson(let index) = known.entry,
               !(known.start..<known.end).contains(where: { covered[paragraph][$0] }),
               start == right || tokens[right].script == .arabic {
                return extendKnownName(known.start..<known.end, person: index, paragraph: paragraph, limit: sentence.upperBound)
            }
        }
        let rightName = right < sentence.upperBound ? scanner.nameRight(paragraph, from: right, limit: sentence.upperBound) : nil
        if let rightName, !crossedComma, !rightName.contains(where: { covered[paragraph][$0] }) { return rightName }
        // an honorific or "his counterpart" names the person right after it, never before
        if phrase.isHonorific { return crossedComma ? nil : rightName }
        if phrase.isCounterpart { return rightName }
        // "عبد العاطي ووزير الهجرة اليوناني": a title joined by و is another person
        let joinedByAnd = startsWithAnd(paragraph, phrase)
        var leftEnd = phrase.start
        // "Jean Dupont, the Portuguese interior minister, ...": an article between the comma and the title
        if leftEnd - 2 >= sentence.lowerBound, tokens[leftEnd - 2].norm == "," || tokens[leftEnd - 2].norm == "،",
           tokens[leftEnd - 1].kind == .word, !tokens[leftEnd - 1].isCapitalized,
           scanner.isStopword(paragraph, leftEnd - 1) || scanner.isParticle(paragraph, leftEnd - 1) {
            leftEnd -= 1
        }
        if leftEnd - 1 >= sentence.lowerBound && tokens[leftEnd - 1].isClauseMark && tokens[leftEnd - 1].norm != ")" {
            leftEnd -= 1
        }
        if !joinedByAnd, let leftName = scanner.nameLeft(paragraph, endingBefore: leftEnd, floor: sentence.lowerBound),
           !leftName.contains(where: { covered[paragraph][$0] }), !isLonePlace(paragraph, leftName),
           !afterLocative(leftName, paragraph: paragraph),
           !startsAfterArticle(leftName, joinedTo: phrase, paragraph: paragraph) {
            return leftName
        }
        if let rightName, !rightName.contains(where: { covered[paragraph][$0] }) { return rightName }
        // "der Innenminister des Haschemitischen Königreichs, Tareq Al-Majali, ...": an apposition a few words on
        // "Le ministre de l'Intérieur, de la Promotion de la décentralisation et du Développement local, M. X, a reçu":
        // the rest of the office, a comma, an honorific perhaps, and the name closed by a clause mark
        if tokens[phrase.titleStart].script == .latin {
            var look = phrase.end
            let limit = min(sentence.upperBound, phrase.end + 30)
            while look < limit, !tokens[look].isSentenceEnd,
                  view.match(paragraph, look, where: { entry in
                      switch entry {
                      case .title, .knownPerson, .meetingVerb, .with, .honorific: return true
                      default: return false
                      }
                  }) == nil || (look > phrase.end && tokens[look - 1].norm == ",") {
                if look > phrase.end, tokens[look - 1].norm == "," {
                    var start = look
                    if let honorific = view.match(paragraph, start, where: { $0 == .honorific }) { start = honorific.end }
                    if let name = scanner.nameRight(paragraph, from: start, limit: sentence.upperBound),
                       !name.contains(where: { covered[paragraph][$0] }),
                       name.upperBound >= sentence.upperBound || tokens[name.upperBound].isClauseMark
                        || tokens[name.upperBound].isSentenceEnd {
                        return name
                    }
                    // a comma after the office that does not open a name ends the search
                    if look - 1 > phrase.end, !isOfficeContinuation(paragraph, look) { break }
                }
                look += 1
            }
        }
        // Latin-script name inside Arabic-script text, past a long office; or an honorific and a name a few
        // words on ("وزير الداخلية والبلديات في حكومة تصريف الأعمال القاضي بسام مولوي،")
        if view.paragraphs[paragraph].tokens[phrase.titleStart].script == .arabic {
            var ahead = phrase.end
            while ahead < min(sentence.upperBound, phrase.end + 8), !tokens[ahead].isSentenceEnd {
                if view.match(paragraph, ahead, where: { entry in
                    switch entry {
                    case .title, .knownPerson, .meetingVerb, .with: return true
                    default: return false
                    }
                }) != nil { break }
                if let honorific = view.match(paragraph, ahead, where: { $0 == .honorific }) {
                    if let name = scanner.nameRight(paragraph, from: honorific.end, limit: sentence.upperBound),
                       name.count >= 2, !name.contains(where: { covered[paragraph][$0] }),
                       name.upperBound >= sentence.upperBound || tokens[name.upperBound].kind == .punctuation {
                        return name
                    }
                    break
                }
                ahead += 1
            }
            var look = phrase.end
            while look < min(sentence.upperBound, phrase.end + 14) {
                if view.match(paragraph, look, where: { entry in
                    switch entry {
                    case .title, .knownPerson, .meetingVerb: return true
                    default: return false
                    }
                }) != nil { break }
                if tokens[look].script == .latin, let name = scanner.nameRight(paragraph, from: look, limit: sentence.upperBound),
                   !name.contains(where: { covered[paragraph][$0] }) {
                    return name
                }
                look += 1
            }
        }
        return nil
    }

    /// A known actor's name written with more of it than the knowledge base has: "عبد الأمير كامل الشمري"
    /// for "عبد الأمير": the following name words up to one of the actor's surnames.
    private func extendKnownName(_ range: Range<Int>, person: Int, paragraph: Int, limit: Int) -> Range<Int> {
        let tokens = view.paragraphs[paragraph].tokens
        let surnames = Set(([lexicon.persons[person].label] + lexicon.persons[person].names).compactMap { NameComparison.key($0).last })
        var end = range.upperBound
        while end < min(limit, range.upperBound + 3) {
            let token = tokens[end]
            let isNameWord = token.script == .latin ? scanner.isLatinNameWord(paragraph, end)
                : scanner.isArabicNameWord(paragraph, end, inside: true)
            guard isNameWord else { break }
            if surnames.contains(where: { NameComparison.sameWord($0, token.norm, family: true) }) { return range.lowerBound..<(end + 1) }
            end += 1
        }
        return range
    }

    /// Two or more Latin-script names right after a plural title, joined by commas and "and".
    private func nameList(after phrase: RolePhrase, paragraph: Int, sentence: Range<Int>,
                          covered: [[Bool]]) -> [(name: Range<Int>, country: String?)] {
        let tokens = view.paragraphs[paragraph].tokens
        var position = phrase.end
        if position < sentence.upperBound, tokens[position].norm == "," { position += 1 }
        var names: [(name: Range<Int>, country: String?)] = []
        var country = phrase.countries.last
        var interleaved = false
        while position < sentence.upperBound, tokens[position].script == .latin,
              let name = scanner.nameRight(paragraph, from: position, limit: sentence.upperBound),
              name.lowerBound == position, !name.contains(where: { covered[paragraph][$0] }),
              acceptsNewName(name, paragraph: paragraph, honorific: false) {
            names.append((name, country))
            position = name.upperBound
            guard position < sentence.upperBound else { break }
            // ", " or "and" / "y" / "et" / "und" / "e" between the names
            let joiner = tokens[position]
            guard joiner.norm == "," || (joiner.kind == .word && scanner.isStopword(paragraph, position)
                                          && joiner.norm.unicodeScalars.count <= 3) else { break }
            position += 1
            // "..., y de Ecuador, Gian Carlo Loffredo": each name after its own country
            // (or after its own portfolio and country: "..., y de Seguridad Pública de Chile, Luis Cordero")
            var ahead = position
            while ahead < sentence.upperBound {
                if tokens[ahead].norm == "," || view.match(paragraph, ahead, where: { entry in
                    entry == .connector || entry == .conjunction }) != nil {
                    ahead += 1
                } else if let portfolio = view.match(paragraph, ahead, where: { if case .portfolio = $0 { return true } else { return false } }) {
                    ahead = portfolio.end
                } else {
                    break
                }
            }
            if ahead < sentence.upperBound, let named = view.match(paragraph, ahead, where: { entry in
                if case .country(_, false) = entry { return true } else { return false } }),
               case .country(let code, _) = named.entry, named.end < sentence.upperBound, tokens[named.end].norm == "," {
                country = code
                interleaved = true
                position = named.end + 1
            } else {
                country = nil
            }
        }
        guard names.count >= 2 else { return [] }
        if !interleaved {
            // the countries of the title, one per name in order, or none
            return names.enumerated().map { number, entry in
                (entry.name, phrase.countries.count == names.count ? phrase.countries[number] : nil)
            }
        }
        return names
    }

    /// "ووزير الخارجية": an Arabic-script title glued to the conjunction و speaks of another person.
    private func startsWithAnd(_ paragraph: Int, _ phrase: RolePhrase) -> Bool {
        let titleToken = view.paragraphs[paragraph].tokens[phrase.titleStart]
        let isTitle: (LexicalEntry) -> Bool = { if case .title = $0 { return true } else { return false } }
        return titleToken.script == .arabic && titleToken.norm.hasPrefix("و")
            && !lexicon.matcher.startsPattern(titleToken.norm, where: isTitle)
            && lexicon.matcher.startsPattern(String(titleToken.norm.dropFirst()), where: isTitle)
    }

    /// "received the Federal Minister of ...": capitalized words between an article and the title they
    /// run into are part of the office, not a name before it.
    private func startsAfterArticle(_ name: Range<Int>, joinedTo phrase: RolePhrase, paragraph: Int) -> Bool {
        let tokens = view.paragraphs[paragraph].tokens
        guard name.upperBound == phrase.start, name.lowerBound > 0, tokens[name.lowerBound].script == .latin else { return false }
        let before = name.lowerBound - 1
        return tokens[before].kind == .word && !tokens[before].isCapitalized
            && (scanner.isStopword(paragraph, before) || scanner.isParticle(paragraph, before))
    }

    /// "à Adlieh, le ministre ...": a capitalized word right after a locative ("in", "à", "في") is a place.
    private func afterLocative(_ name: Range<Int>, paragraph: Int) -> Bool {
        guard name.lowerBound > 0 else { return false }
        return view.matches(paragraph, name.lowerBound - 1).contains { $0.entry == .locative && $0.end == name.lowerBound }
    }

    /// "Accra - Ghana's Minister ...": the place of a dateline, not a name before the title.
    private func isLonePlace(_ paragraph: Int, _ range: Range<Int>) -> Bool {
        guard range.count == 1 else { return false }
        return view.matches(paragraph, range.lowerBound).contains { match in
            if case .place = match.entry { return match.end == range.upperBound }
            return false
        }
    }

    /// The words after a comma inside an office go on with it: "..., de la Promotion de la décentralisation".
    private func isOfficeContinuation(_ paragraph: Int, _ index: Int) -> Bool {
        let token = view.paragraphs[paragraph].tokens[index]
        guard token.kind == .word else { return false }
        if scanner.isStopword(paragraph, index) || !token.isCapitalized { return true }
        // (a second office goes on with the first: "Ministro de Estado, Ministro del Interior, ...")
        return view.match(paragraph, index, where: { entry in
            switch entry {
            case .connector, .portfolio, .country, .title: return true
            default: return false
            }
        }) != nil
    }

    /// A name bound to a title may start a person of its own only when it is
    /// a full name (two words or more) or a known actor: a single word next
    /// to a title is more often a noun ("die Behörden") and is left to be
    /// matched against the people of the story later. After an honorific only
    /// Latin-script names start a person, or names in Arabic script that an
    /// office title follows ("سرلشکر محمد خالد الرحمون وزیر کشور سوریه").
    private func acceptsNewName(_ name: Range<Int>, paragraph: Int, honorific: Bool) -> Bool {
        if knownPerson(paragraph, name) != nil { return true }
        let words = view.paragraphs[paragraph].tokens[name].filter(\.isWord)
        guard words.count >= 2 else { return false }
        if honorific && words.contains(where: { $0.script != .latin }) {
            var next = name.upperBound
            if next < view.paragraphs[paragraph].tokens.count, view.paragraphs[paragraph].tokens[next].isClauseMark { next += 1 }
            return view.match(paragraph, next, where: { if case .title = $0 { return true } else { return false } }) != nil
        }
        return true
    }

    /// A lone surname right after a title that says which office ("Interior Minister Amaral", "Bundesinnenminister
    /// Dobrindt", "il ministro Piantedosi"): a person when the title gives a country or a portfolio, in Latin script
    /// (where the capital shows a name), or a known actor's surname.
    private func acceptsSurname(_ name: Range<Int>, after phrase: RolePhrase, paragraph: Int) -> Bool {
        guard name.count == 1, name.lowerBound == phrase.end, !phrase.isHonorific, !phrase.isCounterpart,
              phrase.role?.isMinisterial == true, phrase.country != nil || phrase.portfolio != nil else { return false }
        let token = view.paragraphs[paragraph].tokens[name.lowerBound]
        guard token.isWord, token.script == .latin, token.isCapitalized, token.norm.unicodeScalars.count >= 3,
              !isLonePlace(paragraph, name) else { return false }
        // "dankte der Minister den italienischen Behörden": an article inside the phrase starts a noun phrase
        let inside = (phrase.titleStart + 1)..<phrase.end
        return !inside.contains { position in
            scanner.isStopword(paragraph, position)
                && !view.matches(paragraph, position).contains { $0.entry == .connector }
        }
    }

    private func knownPerson(_ paragraph: Int, _ range: Range<Int>) -> Int? {
        knownMatch(paragraph, range)?.index
    }

    /// The first known actor named within `range` (its name may run one token past it), with the tokens of its name.
    private func knownMatch(_ paragraph: Int, _ range: Range<Int>) -> (index: Int, range: Range<Int>)? {
        for position in range {
            for match in view.matches(paragraph, position) {
                if case .knownPerson(let index) = match.entry, match.end <= range.upperBound + 1 {
                    return (index, match.start..<match.end)
                }
            }
        }
        return nil
    }

    /// Matching key of the name at `range` (see `NameComparison.key`).
    func key(_ paragraph: Int, _ range: Range<Int>) -> [String] {
        NameComparison.key(view.text(paragraph, range))
    }

    /// The written form of a name without quotes around it.
    private func form(_ mention: PersonMention) -> NameForm {
        var text = view.text(mention.paragraph, mention.range)
        text = text.trimmingCharacters(in: "\"'«»“”„ ")
        return NameForm(text, language: view.paragraphs[mention.paragraph].language)
    }

    /// A known actor whose full Latin-script name is written with its family name one letter off and its
    /// given names alike ("Paul Van Tichelt" for Paul Van Tigchelt). Nil when none or several fit.
    private func misspeltKnown(_ key: [String], core: [String], country: String?) -> Int? {
        guard core.count >= 2, let last = core.last, NameComparison.isLatin(last) else { return nil }
        var candidates: [Int] = []
        for near in NameSkeleton.nearKeys(NameSkeleton.latin(last)) {
            for candidate in lexicon.personsByNearSkeleton[near] ?? [] where !candidates.contains(candidate) {
                candidates.append(candidate)
            }
        }
        var found: Set<Int> = []
        for candidate in candidates {
            let person = lexicon.persons[candidate]
            if let country, let known = person.country, known != country { continue }
            let fits = ([person.label] + person.names).contains { name in
                let nameKey = NameComparison.key(name)
                return nameKey.count >= 2 && NameComparison.isLatin(name)
                    && NameComparison.compatible(key, nameKey, particles: lexicon.allNameParticles)
            }
            if fits { found.insert(candidate) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// A known actor whose names fit `key` closely enough, given what the
    /// mention says of country and role. Nil when none or several fit.
    func fuzzyKnown(_ key: [String], country: String?) -> Int? {
        // particles ("al", "el", "de", "ben") say nothing about who it is
        let core = key.filter { !lexicon.allNameParticles.contains($0) && ($0.unicodeScalars.count > 2 || key.count == 1) }
        guard let last = core.last else { return nil }
        let skeleton = NameSkeleton.latin(last)
        let short = skeleton.unicodeScalars.count < 3
        guard skeleton.unicodeScalars.count >= 2 else { return nil }
        guard let candidates = lexicon.personsBySkeleton[skeleton] else { return misspeltKnown(key, core: core, country: country) }
        if short && core.count < 2 { return nil }
        var found: Set<Int> = []
        for candidate in candidates {
            let person = lexicon.persons[candidate]
            if let country, let known = person.country, known != country { continue }
            var fits = false
            // a Latin-script name is compared with the actor's Latin-script names, not with transliterations of
            // the Arabic ones ("Al-Bassami" and بازوم share a skeleton)
            let latinMention = NameComparison.isLatin(last)
            for name in [person.label] + person.names where !latinMention || NameComparison.isLatin(name) {
                let nameKey = NameComparison.key(name).filter { !lexicon.allNameParticles.contains($0) && $0.unicodeScalars.count > 2 }
                guard let knownLast = nameKey.last, NameSkeleton.latin(knownLast) == skeleton else { continue }
                let sameScript = NameComparison.isLatin(last) == NameComparison.isLatin(knownLast)
                if core.count == 1 {
                    if sameScript ? JaroWinkler.similarity(last, knownLast) >= 0.78 : !short { fits = true }
                } else if nameKey.count >= 2, !sameScript || JaroWinkler.similarity(last, knownLast) >= 0.75 {
                    // (in one script the family names must be spelled alike: "Al-Bassami" is no "Bazoum")
                    let first = NameSkeleton.latin(core.first!)
                    let knownFirst = NameSkeleton.latin(nameKey.first!)
                    let firstSimilar = sameScript ? JaroWinkler.similarity(core.first!, nameKey.first!) : 1
                    // (and the first names alike in spelling, not only in consonants: "Adel" is no "Abdullah")
                    if !first.isEmpty && (short ? first == knownFirst && firstSimilar >= 0.8
                                                : NameSkeleton.distance(first, knownFirst) <= 1 && firstSimilar >= 0.8) {
                        fits = true
                    }
                    if !short && NameSkeleton.latin(core.dropLast().joined(separator: " "))
                        == NameSkeleton.latin(nameKey.dropLast().joined(separator: " ")) {
                        fits = true
                    }
                }
                if fits { break }
            }
            if fits { found.insert(candidate) }
        }
        return found.count == 1 ? found.first : nil
    }


    private func resolve(_ mentions: [PersonMention], roleMentions: [PersonMention], covered: inout [[Bool]]) -> Result {
        var result = Result()
        result.mentions = [[(entity: Int, position: Int, end: Int)]](repeating: [], count: view.sentences.count)
        result.counterpartPositions = [Set<Int>](repeating: [], count: view.sentences.count)
        var byKnown: [Int: PersonEntity] = [:]

        func attach(_ mention: PersonMention, to entity: PersonEntity) {
            if mention.isCounterpart && !mention.range.isEmpty {
                result.counterpartPositions[mention.sentence].insert(mention.range.lowerBound)
            }
            if !mention.range.isEmpty {
                entity.addForm(form(mention))
                let nameKey = key(mention.paragraph, mention.range)
                entity.addName(nameKey)
                // where the designation starts: the title when it comes first ("وزير الداخلية ... X")
                result.mentions[mention.sentence].append((entity.id, min(mention.position, mention.range.lowerBound),
                                                          mention.range.upperBound))
            }
            if let role = mention.role { entity.roleVotes[role, default: 0] += 1 }
            if mention.isCounterpart { entity.isCounterpart = true }
            if let country = mention.country { entity.countryVotes[country, default: 0] += 1 }
            if let portfolio = mention.portfolio { entity.portfolioVotes[portfolio, default: 0] += 1 }
            if let office = mention.office, !mention.isCounterpart {
                let form = NameForm(office, language: view.paragraphs[mention.paragraph].language)
                if !entity.offices.contains(form) { entity.offices.append(form) }
            }
            if !mention.afterHonorific || mention.known != nil { entity.honorificOnly = false }
        }

        for var mention in mentions {
            let nameKey = key(mention.paragraph, mention.range)
            if nameKey.isEmpty { continue }
            if mention.known == nil {
                // a name already seen in this article, else a known actor under another spelling
                if let existing = result.entities.first(where: { entity in
                    entity.names.contains { NameComparison.compatible($0, nameKey, particles: lexicon.allNameParticles) }
                }) {
                    if let known = existing.known { mention.known = known }
                    attach(mention, to: existing)
                    continue
                }
                // Arabic script has no capitals to end a name: "السفير لبرنج عميد ..." is the Labarang of the
                // story followed by a word, when the first word is the surname of someone already named
                // (not a given name that goes on with a father's or family name: "أحمد ولد سالم")
                if nameKey.count >= 2, view.paragraphs[mention.paragraph].tokens[mention.range.lowerBound].script == .arabic,
                   !lexicon.allNameParticles.contains(nameKey[1]), !lexicon.patronymics.contains(nameKey[1]),
                   let existing = result.entities.first(where: { $0.surnames.contains(nameKey[0]) }) {
                    for index in (mention.range.lowerBound + 1)..<mention.range.upperBound { covered[mention.paragraph][index] = false }
                    mention.range = mention.range.lowerBound..<(mention.range.lowerBound + 1)
                    if let known = existing.known { mention.known = known }
                    attach(mention, to: existing)
                    continue
                }
                // one article, one surname, one person: "Konstantinos Vrettakos" is later "Kostas Vrettakos"
                // (not a father's name: "Tahnoun bin Zayed" is not "Mohamed bin Zayed")
                if let surname = nameKey.last, nameKey.count >= 2, surname.unicodeScalars.count >= 4,
                   !lexicon.allNameParticles.contains(surname), !lexicon.patronymics.contains(nameKey[nameKey.count - 2]),
                   let existing = result.entities.first(where: { entity in
                       // (a known actor's family shares its name: "Tahnoun bin Zayed Al Nahyan" is not "Mohamed bin Zayed")
                       entity.known == nil && entity.names.contains { $0.count >= 2 && $0.last == surname }
                           && (mention.country == nil || entity.country == nil || entity.country == mention.country)
                   }) {
                    attach(mention, to: existing)
                    continue
                }
                // an honorific with a lone short word is no name of its own
                if mention.afterHonorific && nameKey.count == 1 && (nameKey[0].unicodeScalars.count <= 3) {
                    continue
                }
                mention.known = fuzzyKnown(nameKey, country: mention.country)
            }
            if let known = mention.known {
                if let entity = byKnown[known] {
                    attach(mention, to: entity)
                } else {
                    let entity = PersonEntity(id: result.entities.count)
                    entity.known = known
                    for name in [lexicon.persons[known].label] {
                        entity.addName(Tokenizer.tokenize(name).filter(\.isWord).map(\.norm))
                    }
                    byKnown[known] = entity
                    result.entities.append(entity)
                    attach(mention, to: entity)
                }
                continue
            }
            let entity = PersonEntity(id: result.entities.count)
            result.entities.append(entity)
            attach(mention, to: entity)
        }
        // known actors: every known name form counts for later surname matching
        for entity in result.entities {
            guard let known = entity.known else { continue }
            for name in lexicon.persons[known].names {
                let nameKey = Tokenizer.tokenize(name).filter(\.isWord).map(\.norm)
                if nameKey.count >= 2 { entity.addName(nameKey) }
            }
        }
        propagate(&result, covered: &covered)
        assignRoleMentions(roleMentions, to: &result)
        resolveRoleMentions(roleMentions, in: &result)
        result.roleMentions = roleMentions
        return result
    }

    /// Later mentions of the people of the story: surnames, first name and
    /// surname, and damaged spellings close to one person of the story only.
    private func propagate(_ result: inout Result, covered: inout [[Bool]]) {
        var surnameOwners: [String: Set<Int>] = [:]
        for entity in result.entities {
            var surnames = entity.surnames
            if let known = entity.known {
                // a known actor is named alone by the names the knowledge base lists alone, or by the last word of
                // a name the story wrote: not by every last word of his names ("الثاني" of "عبدالله الثاني")
                let alone = Set(lexicon.persons[known].names.map(NameComparison.key).filter { $0.count == 1 }.map { $0[0] })
                let written = Set(entity.forms.compactMap { NameComparison.key($0.text).last })
                surnames = alone.union(written)
            }
            for surname in surnames where surname.unicodeScalars.count >= 3 && !lexicon.regnalNumbers.contains(surname) {
                surnameOwners[surname, default: []].insert(entity.id)
            }
        }
        for (sentenceNumber, sentence) in view.sentences.enumerated() {
            let paragraph = sentence.paragraph
            let tokens = view.paragraphs[paragraph].tokens
            for position in sentence.range where !covered[paragraph][position] {
                let token = tokens[position]
                guard token.kind == .word, token.script != .latin || token.isCapitalized else { continue }
                if scanner.isStopword(paragraph, position) { continue }
                var owner: Int?
                for variant in PhraseMatcher.variants(of: token) {
                    if let owners = surnameOwners[variant], owners.count == 1 {
                        owner = owners.first
                        break
                    }
                }
                // a damaged spelling: capitalized Latin words anywhere; in Arabic script, where
                // capitals say nothing, only right after a title or honorific ("آقای فت", "السيد غراندي")
                let anchoredHere = position > sentence.range.lowerBound && view.match(paragraph, position - 1, where: { entry in
                    switch entry {
                    case .title, .honorific: return true
                    default: return false
                    }
                }) != nil
                // (a place or a country the lexicon knows is no damaged name: "Tripoli" is not "Trabelsi")
                let named = view.match(paragraph, position, where: { entry in
                    switch entry {
                    case .place, .country: return true
                    default: return false
                    }
                }) != nil
                if owner == nil && !named && !scanner.isLexical(paragraph, position) && (token.script == .latin || anchoredHere) {
                    owner = fuzzyOwner(token, position: position, sentence: sentence, entities: result.entities)
                }
                guard let owner else { continue }
                let entity = result.entities[owner]
                var start = position
                // take a first name before the surname along
                if position > sentence.range.lowerBound, !covered[paragraph][position - 1], tokens[position - 1].kind == .word,
                   entity.names.contains(where: { $0.count >= 2 && $0[$0.count - 2] == tokens[position - 1].norm }) {
                    start = position - 1
                }
                let mention = PersonMention(paragraph: paragraph, sentence: sentenceNumber, range: start..<(position + 1),
                                            position: start, known: entity.known, anchored: false)
                entity.addForm(form(mention))
                result.mentions[sentenceNumber].append((entity.id, start, position + 1))
                for index in start...position { covered[paragraph][index] = true }
            }
        }
    }

    /// The one person of the story a damaged name is close to.
    private func fuzzyOwner(_ token: Token, position: Int, sentence: TextView.Sentence, entities: [PersonEntity]) -> Int? {
        let norm = token.norm
        guard norm.unicodeScalars.count >= 4 else { return nil }
        if token.script == .latin {
            // a capitalized word that opens a sentence is usually not a name
            if position == sentence.range.lowerBound { return nil }
        }
        var best: (entity: Int, score: Double)? = nil
        var tie = false
        for entity in entities {
            var score = 0.0
            var forms = entity.surnames
            if let known = entity.known {
                for name in lexicon.persons[known].names {
                    if let last = Tokenizer.tokenize(name).filter(\.isWord).last?.norm { forms.insert(last) }
                }
            }
            for surname in forms where surname.unicodeScalars.count >= 4 {
                guard surname.unicodeScalars.first == norm.unicodeScalars.first || token.script == .arabic else { continue }
                let similarity = JaroWinkler.similarity(norm, surname)
                let skeletonDistance = NameSkeleton.distance(NameSkeleton.of(norm), NameSkeleton.of(surname))
                let threshold = token.script == .arabic ? 0.85 : 0.72
                // a damaged name is about as long as the name ("Aras" is no "Araghchi")
                let lengths = (norm.unicodeScalars.count, surname.unicodeScalars.count)
                let comparable = Double(min(lengths.0, lengths.1)) >= 0.75 * Double(max(lengths.0, lengths.1))
                if similarity >= threshold && skeletonDistance <= 1 && comparable { score = max(score, similarity) }
            }
            guard score > 0 else { continue }
            if let current = best {
                if score > current.score { best = (entity.id, score); tie = false } else if score == current.score { tie = true }
            } else {
                best = (entity.id, score)
            }
        }
        return tie ? nil : best?.entity
    }

    /// A title-only designation with a country ("seinen serbischen Amtskollegen", "نظيره المصري") is a mention
    /// of the one person of the story from that country who may hold such an office.
    private func resolveRoleMentions(_ roleMentions: [PersonMention], in result: inout Result) {
        for mention in roleMentions {
            guard let end = mention.designationEnd else { continue }
            for country in mention.countries.isEmpty ? (mention.country.map { [$0] } ?? []) : mention.countries {
                guard let entity = designated(by: mention, country: country, in: result),
                      !result.mentions[mention.sentence].contains(where: { $0.entity == entity.id }) else { continue }
                result.mentions[mention.sentence].append((entity.id, mention.position, end))
                if mention.isCounterpart {
                    result.counterpartPositions[mention.sentence].insert(mention.position)
                    entity.isCounterpart = true
                }
            }
        }
    }

    /// The person of `country` a title-only designation speaks of: one who may hold such an office; of several,
    /// the one the story speaks of most, if one does.
    private func designated(by mention: PersonMention, country: String, in result: Result) -> PersonEntity? {
        let candidates = result.entities.filter { entity in
            let code = entity.known.flatMap { lexicon.persons[$0].country } ?? entity.country
            guard code == country else { return false }
            let role = entity.role ?? (entity.known.map { lexicon.persons[$0].kind == .head ? OfficeRole.headOfState : .minister })
            if let wanted = mention.role, let role, Self.rank(of: wanted) != Self.rank(of: role) { return false }
            if let wanted = mention.portfolio, let portfolio = entity.portfolio, wanted != portfolio { return false }
            return true
        }
        let counts = candidates.map { entity in result.mentions.reduce(0) { $0 + ($1.contains { $0.entity == entity.id } ? 1 : 0) } }
        guard let best = counts.max(), counts.filter({ $0 == best }).count == 1 else { return nil }
        return candidates[counts.firstIndex(of: best)!]
    }

    /// Offices a title-only designation can speak of one another: "the Moroccan ambassador" is no king, "the
    /// president" no minister.
    private static func rank(of role: OfficeRole) -> Int {
        switch role {
        case .minister, .secretaryOfState, .headOfGovernment: return 0
        case .headOfState, .president: return 1
        case .official: return 2
        }
    }

    /// A title-only designation that names a country gives that country to
    /// the one person of matching office who has none yet.
    private func assignRoleMentions(_ roleMentions: [PersonMention], to result: inout Result) {
        for mention in roleMentions {
            guard let country = mention.country else { continue }
            // (someone of that country already named in a like office is the one meant; a head of state is no minister)
            let alike = { (role: OfficeRole?) -> Bool in
                guard let wanted = mention.role, let role else { return true }
                return Self.rank(of: wanted) == Self.rank(of: role)
            }
            if result.entities.contains(where: { $0.country == country && $0.known == nil && alike($0.role) }) { continue }
            if result.entities.contains(where: { entity in
                guard let known = entity.known, lexicon.persons[known].country == country else { return false }
                return alike(entity.role ?? (lexicon.persons[known].kind == .head ? .headOfState : .minister))
            }) { continue }
            // "son homologue gambien, l'Attorney General et ministre de la Justice X": the counterpart is the one
            // named right after, under his own title
            if mention.isCounterpart, let end = mention.designationEnd,
               let next = result.mentions[mention.sentence].filter({ $0.position >= end && $0.position - end <= 12 })
                .min(by: { $0.position < $1.position }),
               let entity = result.entities.first(where: { $0.id == next.entity }),
               entity.known == nil, entity.country == nil {
                entity.countryVotes[country, default: 0] += 1
                entity.isCounterpart = true
                continue
            }
            // (someone named in the same sentence under another title is not the one this title designates)
            let namedHere = Set(result.mentions[mention.sentence].map(\.entity))
            let open = result.entities.filter { entity in
                !namedHere.contains(entity.id) &&
                entity.known == nil && entity.country == nil && (entity.role?.isMinisterial ?? false || entity.isCounterpart)
                    && (mention.role == nil || entity.role == nil || entity.role?.isMinisterial == mention.role?.isMinisterial)
            }
            if open.count == 1 { open[0].countryVotes[country, default: 0] += 1 }
        }
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
