import CommuniqueExtraction
import CommuniqueGraph
import CommuniqueResolution
import Foundation
import Testing

/// Instruments reported by several articles become one node. The articles are written for these tests.
@Suite("one instrument across articles")
struct DeclarationResolutionTests {
    @Test("an instrument a later article names without its parties, dated to the day, is the one signed that day")
    func partiesLeftOut() throws {
        let signing = Extract.article("""
            Acuerdo en Madrid

            Madrid, 12 de marzo de 2025 - El ministro del Interior español, Tomás Aranda, y su homólogo ecuatoriano, \
            Julio Benítez Paredes, firmaron este miércoles en Madrid un memorando de entendimiento de cooperación policial.

            """, name: "a.txt")
        let later = Extract.article("""
            Balance policial

            Quito, 16 de septiembre de 2025 - La policía presentó este martes el balance del memorando de entendimiento \
            firmado el 12 de marzo de 2025 en Madrid: más de cuarenta agentes formados y dos redes desarticuladas.

            """, name: "b.txt")
        // (the later article says nothing of the parties: only the graph can tell which instrument it is)
        #expect(later.declarations.count == 1 && later.declarations.allSatisfy { $0.parties.isEmpty })
        let (graph, _) = GraphBuilder(lexicon: Extract.lexicon, minter: IRIMinter()).build([signing, later])
        let memoranda = graph.sortedSubjects().filter { subject in
            graph.types(of: subject).contains(Vocabulary.CQ.Declaration)
                && (subject.iri?.value.contains("memorandum") ?? false)
        }
        #expect(memoranda.count == 1, "\(memoranda)")
        if let only = memoranda.first { #expect(graph.objects(only, Vocabulary.CQ.source).count == 2) }
    }
}
