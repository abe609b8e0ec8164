import CommuniqueExtraction
import Foundation
import Testing

@Test func debugNames() throws {
    let texts = [
        "Title\n\nPrince Abdulaziz bin Saud bin Naif, Minister of Interior, received yesterday the Federal Minister of Interior of Pakistan, Mohsin Naqvi, and the delegation. The talks covered migration, border security and the fight against organised crime, officials said after the meeting ended.",
        "Title\n\nPrince Abdulaziz bin Saud bin Naif, Minister of Interior, received yesterday the Acting Minister of Interior of Pakistan, Mohsin Naqvi, and the delegation. The talks covered migration, border security and the fight against organised crime, officials said after the meeting ended.",
        "Title\n\nPrince Abdulaziz bin Saud bin Naif, Minister of Interior, received yesterday the Pakistani Interior Minister Mohsin Naqvi. The talks covered migration, border security and the fight against organised crime, officials said after the meeting ended.",
    ]
    for text in texts {
        let e = Extract.article(text + "\n", name: "x.txt")
        print("TEXT", text.prefix(80))
        for p in e.persons { print("  PERSON", p.forms.map(\.text), p.kind, p.country as Any, p.knownID as Any) }
        for m in e.meetings { print("  MEETING", m.participants, m.date as Any) }
    }
}
