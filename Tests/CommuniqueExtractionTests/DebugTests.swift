import CommuniqueExtraction
import Foundation
import Testing

@Test func debugNames() throws {
    let texts = [
        "Il ministro per la Protezione civile e le Politiche del mare, Nello Musumeci, ha ricevuto ieri a Roma la ministra della Difesa albanese Blerina Dervishaj.",
        "Il ministro per la Protezione civile, Nello Musumeci, ha ricevuto ieri a Roma la ministra della Difesa albanese Blerina Dervishaj.",
        "Il ministro Nello Musumeci ha ricevuto ieri a Roma la ministra della Difesa albanese Blerina Dervishaj.",
    ]
    for text in texts {
        let e = Extract.article(text + "\n", name: "x.txt")
        print("TEXT", text.prefix(50))
        for p in e.persons { print("  PERSON", p.forms.map(\.text), p.kind, p.country as Any, p.knownID as Any) }
        for m in e.meetings { print("  MEETING", m.participants, m.date as Any) }
    }
}
