@testable import CommuniqueReading
import CommuniqueText
import Testing

/// Sentences in the eight languages: `.`, `!`, `?`, `؟` split; `،` and `؛`
/// do not; abbreviations, initials and ordinal days do not.
@Suite("sentence segmentation")
struct SegmentationTests {
    @Test("sentences", arguments: [
        ("Le ministre a reçu M. Durand. Ils ont parlé de sécurité.",
         ["Le ministre a reçu M. Durand.", "Ils ont parlé de sécurité."]),
        ("Mme. Lefèvre et le Dr. Martin étaient présents. Le Prof. Girard aussi.",
         ["Mme. Lefèvre et le Dr. Martin étaient présents.", "Le Prof. Girard aussi."]),
        ("Dr. Evans met Prof. Clarke in London. Would the plan work? Officials said it would!",
         ["Dr. Evans met Prof. Clarke in London.", "Would the plan work?", "Officials said it would!"]),
        ("Es ging u. a. um Schleuser, z. B. an der Grenze. Dr. Becker berichtete am 3. März darüber.",
         ["Es ging u. a. um Schleuser, z. B. an der Grenze.", "Dr. Becker berichtete am 3. März darüber."]),
        ("Dhr. de Vries was er ook. De ministers spraken af elkaar te zien.",
         ["Dhr. de Vries was er ook.", "De ministers spraken af elkaar te zien."]),
        ("El Sr. Gómez y la Dra. Navarro hablaron. ¿Habrá otra reunión? No se sabe.",
         ["El Sr. Gómez y la Dra. Navarro hablaron.", "¿Habrá otra reunión?", "No se sabe."]),
        ("Il dott. Rossi e l'On. Bianchi hanno parlato. Il colloquio è stato cordiale.",
         ["Il dott. Rossi e l'On. Bianchi hanno parlato.", "Il colloquio è stato cordiale."]),
        ("وتناول اللقاء سبل التعاون، وتبادل المعلومات؛ كما تطرق إلى الهجرة. هل سيتم توقيع اتفاق؟ لم يعلن عن ذلك.",
         ["وتناول اللقاء سبل التعاون، وتبادل المعلومات؛ كما تطرق إلى الهجرة.", "هل سيتم توقيع اتفاق؟", "لم يعلن عن ذلك."]),
        ("دو طرف بر همکاری تأکید کردند؛ آیا توافقی امضا می‌شود؟ هنوز معلوم نیست.",
         ["دو طرف بر همکاری تأکید کردند؛ آیا توافقی امضا می‌شود؟", "هنوز معلوم نیست."]),
        ("He said: \"We agree.\" The talks ended.", ["He said: \"We agree.\"", "The talks ended."]),
        ("Il a dit « nous sommes d'accord. » Puis il est parti.", ["Il a dit « nous sommes d'accord. »", "Puis il est parti."]),
    ] as [(String, [String])])
    func sentences(_ text: String, _ expected: [String]) {
        #expect(Reading.sentences(text) == expected)
    }

    @Test("a line break always ends a sentence")
    func lineBreak() {
        #expect(Reading.sentences("Rabat, 3 mars\nLe ministre a reçu son homologue") == ["Rabat, 3 mars", "Le ministre a reçu son homologue"])
    }

    @Test("text files: blank lines separate paragraphs, hard-wrapped lines are joined")
    func paragraphs() {
        let text = "Premier paragraphe assez long pour être une vraie phrase d'article de presse qui continue\nsur la ligne suivante sans point.\n\nDeuxième paragraphe.\r\nTroisième ligne."
        let blocks = ArticleReader.textBlocks(text).map(\.text)
        #expect(blocks == ["Premier paragraphe assez long pour être une vraie phrase d'article de presse qui continue sur la ligne suivante sans point.",
                           "Deuxième paragraphe.", "Troisième ligne."])
    }
}
