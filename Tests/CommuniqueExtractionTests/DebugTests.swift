import CommuniqueExtraction
import Foundation
import Testing

@Test func debugGhana() throws {
    let e = Extract.article("Accra - Ghana's Minister for the Interior, Kwame Asante-Boateng, on Wednesday received his Togolese counterpart, Komi Dzidzienyo, at the ministry in Accra for talks on cross-border crime.\n", name: "x.txt")
    for p in e.persons { print("PERSON", p.forms.map(\.text), p.kind, p.country as Any) }
    let f = Extract.article("Ghana's Minister for the Interior, Kwame Asante-Boateng, on Wednesday received his Togolese counterpart, Komi Dzidzienyo, at the ministry in Accra for talks on cross-border crime.\n", name: "x.txt")
    for p in f.persons { print("PERSON2", p.forms.map(\.text), p.kind, p.country as Any) }
    let g = Extract.article("The Minister for the Interior, Kwame Boateng, on Wednesday received his Togolese counterpart, Komi Dzidzienyo, at the ministry in Accra for talks on cross-border crime.\n", name: "x.txt")
    for p in g.persons { print("PERSON3", p.forms.map(\.text), p.kind, p.country as Any) }
}
