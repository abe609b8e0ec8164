import CommuniqueExtraction
import Foundation
import Testing

@Test func debugNames() throws {
    let texts = [
        "بيروت - التقى وزير الداخلية والبلديات العميد أحمد الحجار، أمس الأحد، وزير الداخلية في الجمهورية العربية السورية أنس خطاب والوفد المرافق له، في مبنى الوزارة في بيروت.",
        "التقى وزير الداخلية السوري أنس خطاب والوفد المرافق له.",
        "التقى وزير الداخلية السوري أنس كريم والوفد المرافق له.",
    ]
    for text in texts {
        let e = Extract.article(text + "\n", name: "x.txt")
        print("TEXT", text.prefix(50))
        for p in e.persons { print("  PERSON", p.forms.map(\.text), p.kind, p.country as Any, p.knownID as Any) }
        for m in e.meetings { print("  MEETING", m.participants, m.date as Any) }
    }
}
