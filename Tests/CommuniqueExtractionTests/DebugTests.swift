import CommuniqueExtraction
import Foundation
import Testing

@Test func debugA06() throws {
    let text = try String(contentsOfFile: "/work/main/Tests/Fixtures/dev-b/articles/a06.html", encoding: .utf8)
    let e = Extract.article(text, name: "a06.html")
    for m in e.meetings { print("MEETING", m.participants, m.place?.label as Any, m.evidence.map(\.text)) }
}
