/// The namespaces and terms the exported graph uses.
package enum Vocabulary {
    package static let cq = "https://w3id.org/communique/ontology#"
    package static let cqt = "https://w3id.org/communique/topic/"
    package static let defaultBase = "https://w3id.org/communique/id/"
    package static let ontology = IRI("https://w3id.org/communique/ontology")

    /// Prefixes every writer declares, in the order they are written.
    package static let prefixes: [(prefix: String, namespace: String)] = [
        ("rdf", RDF.namespace),
        ("rdfs", RDFS.namespace),
        ("xsd", XSD.namespace),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("skos", SKOS.namespace),
        ("dcterms", DCTerms.namespace),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("schema", "http://schema.org/"),
        ("org", "http://www.w3.org/ns/org#"),
        ("cq", cq),
        ("cqt", cqt),
    ]

    package enum RDF {
        package static let namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        package static let type = IRI(namespace + "type")
        package static let langString = IRI(namespace + "langString")
    }

    package enum RDFS {
        package static let namespace = "http://www.w3.org/2000/01/rdf-schema#"
        package static let label = IRI(namespace + "label")
        package static let comment = IRI(namespace + "comment")
    }

    package enum XSD {
        package static let namespace = "http://www.w3.org/2001/XMLSchema#"
        package static let string = IRI(namespace + "string")
        package static let date = IRI(namespace + "date")
        package static let dateTime = IRI(namespace + "dateTime")
        package static let gYearMonth = IRI(namespace + "gYearMonth")
        package static let gYear = IRI(namespace + "gYear")
        package static let integer = IRI(namespace + "integer")
        package static let anyURI = IRI(namespace + "anyURI")
    }

    package enum SKOS {
        package static let namespace = "http://www.w3.org/2004/02/skos/core#"
        package static let Concept = IRI(namespace + "Concept")
        package static let ConceptScheme = IRI(namespace + "ConceptScheme")
        package static let prefLabel = IRI(namespace + "prefLabel")
        package static let altLabel = IRI(namespace + "altLabel")
        package static let inScheme = IRI(namespace + "inScheme")
        package static let topConceptOf = IRI(namespace + "topConceptOf")
        package static let definition = IRI(namespace + "definition")
    }

    package enum DCTerms {
        package static let namespace = "http://purl.org/dc/terms/"
        package static let identifier = IRI(namespace + "identifier")
        package static let language = IRI(namespace + "language")
        package static let title = IRI(namespace + "title")
        package static let date = IRI(namespace + "date")
    }

    /// Classes and properties of the Communiqué ontology.
    package enum CQ {
        package static func term(_ name: String) -> IRI { IRI(cq + name) }

        package static let Article = term("Article")
        package static let Person = term("Person")
        package static let Minister = term("Minister")
        package static let HeadOfState = term("HeadOfState")
        package static let Country = term("Country")
        package static let Place = term("Place")
        package static let Meeting = term("Meeting")
        package static let Institution = term("Institution")
        package static let Declaration = term("Declaration")

        package static let country = term("country")
        package static let isoCode = term("isoCode")
        package static let participant = term("participant")
        package static let host = term("host")
        package static let date = term("date")
        package static let weekday = term("weekday")
        package static let place = term("place")
        package static let topic = term("topic")
        package static let party = term("party")
        package static let signatory = term("signatory")
        package static let adoptedAt = term("adoptedAt")
        package static let source = term("source")
        package static let evidence = term("evidence")
        package static let office = term("office")
        package static let portfolio = term("portfolio")
        package static let url = term("url")
        package static let path = term("path")
    }

    /// Subclass links of the classes above, for writers that pick the most
    /// specific class (GraphML `type`) or list all of them (Neo4j labels).
    package static let superclass: [IRI: IRI] = {
        var map: [IRI: IRI] = [CQ.Minister: CQ.Person, CQ.HeadOfState: CQ.Person]
        for name in ["Ministry", "JointBody", "Foundation", "Agency", "Council", "Parliament", "Party",
                     "InternationalOrganization", "Embassy"] {
            map[CQ.term(name)] = CQ.Institution
        }
        for name in ["JointDeclarationOfIntent", "JointDeclaration", "MemorandumOfUnderstanding", "Agreement",
                     "Roadmap", "PartnershipDeclaration", "ActionPlan"] {
            map[CQ.term(name)] = CQ.Declaration
        }
        return map
    }()
}
