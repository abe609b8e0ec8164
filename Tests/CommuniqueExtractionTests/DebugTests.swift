import CommuniqueExtraction
import Foundation
import Testing

@Test func debugNames() throws {
    let texts = [
        "اسکندر مومنی وزیر کشور روز یکشنبه ۱۹ اسفند ۱۴۰۳ در تهران با عبدالامیر الشمری وزیر کشور عراق دیدار و درباره امنیت مرزهای مشترک و مبارزه با قاچاق مواد مخدر گفت‌وگو کرد.",
        "اسکندر مومنی وزیر کشور روز یکشنبه در تهران با حسن کریمی وزیر کشور عراق دیدار کرد.",
        "با عبدالامیر الشمری وزیر کشور عراق دیدار کرد.",
    ]
    for text in texts {
        let e = Extract.article(text + "\n", name: "x.txt")
        print("TEXT", text.prefix(50))
        for p in e.persons { print("  PERSON", p.forms.map(\.text), p.kind, p.country as Any, p.knownID as Any) }
        for m in e.meetings { print("  MEETING", m.participants, m.date as Any) }
    }
}
