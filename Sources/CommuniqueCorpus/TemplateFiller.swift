/// Fills `{placeholder}` slots of a template sentence: `{A}` and `{B}` are
/// the two ministers (`{A.s}` surname, `{A.hon}` honorific and surname,
/// `{A.mr}` honorific and full name, `{A.title}`, `{A.of}`, `{A.adj}`,
/// `{A.country}`), `{A?his|her}` agrees with A's gender, and any other name
/// is looked up in `values`.
package struct TemplateFiller {
    package struct Person {
        package var name: String
        package var surname: String
        package var honorific: String
        package var title: String
        package var of: String
        package var adjective: String
        package var country: String
        package var gender: CorpusWorld.Gender
    }

    package var persons: [String: Person] = [:]
    package var values: [String: String] = [:]

    package func fill(_ template: String) -> String {
        var output = ""
        output.reserveCapacity(template.utf8.count + 64)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                output += rest[open...]
                return output
            }
            output += resolve(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return output
    }

    private func resolve(_ key: Substring) -> String {
        if let question = key.firstIndex(of: "?") {
            let who = String(key[..<question])
            let choices = key[key.index(after: question)...].split(separator: "|", omittingEmptySubsequences: false)
            let female = persons[who]?.gender == .female
            return String(choices.count > 1 && female ? choices[1] : choices[0])
        }
        if let dot = key.firstIndex(of: ".") {
            let who = String(key[..<dot])
            guard let person = persons[who] else { return "" }
            switch key[key.index(after: dot)...] {
            case "s": return person.surname
            case "hon": return person.honorific + " " + person.surname
            case "mr": return person.honorific + " " + person.name
            case "title": return person.title
            case "of": return person.of
            case "adj": return person.adjective
            case "country": return person.country
            default: return ""
            }
        }
        if let person = persons[String(key)] { return person.name }
        return values[String(key)] ?? ""
    }
}
