import CommuniqueExtraction
import CommuniqueLexicon
import CommuniqueText

/// Merges the persons of all articles: a known actor is one person whatever
/// the article; others are the same person when their full names agree
/// (same surname, or same consonant skeleton, with compatible first names)
/// and their countries do not differ. A surname alone joins a person only
/// when exactly one person of that country carries it.
struct PersonResolver {
    private(set) var clusters: [PersonCluster] = []
    let particles: Set<String>

    /// The written forms the knowledge base gives a known actor's id.
    let knownNames: (String) -> [String]

    init(particles: Set<String>, knownNames: @escaping (String) -> [String] = { _ in [] }) {
        self.particles = particles
        self.knownNames = knownNames
    }

    private var byKnown: [String: Int] = [:]
    /// Surname skeleton keys (see `skeletonKeys`) → clusters, in the order they were indexed.
    private var bySurname: [String: [Int]] = [:]
    /// The skeleton keys each cluster is indexed under (by cluster index), so that
    /// indexing a cluster again does not search the growing lists of `bySurname`.
    private var surnameKeysOfCluster: [Set<String>] = []

    /// The cluster of `person` read in article `article`.
    mutating func add(_ person: PersonRecord, article: Int) -> Int {
        let keys = person.forms.map { NameComparison.key($0.text) }.filter { !$0.isEmpty }
        var target: Int?
        if let known = person.knownID {
            target = byKnown[known]
        } else {
            target = match(keys: keys, country: person.country)
        }
        let cluster: PersonCluster
        if let target {
            cluster = clusters[target]
        } else {
            cluster = PersonCluster(index: clusters.count)
            cluster.knownID = person.knownID
            clusters.append(cluster)
            if let known = person.knownID {
                byKnown[known] = cluster.index
                // a report that did not recognise the actor under a spelling of its own still finds him by name
                index(cluster, keys: knownNames(known).map { NameComparison.key($0) }.filter { !$0.isEmpty })
            }
        }
        for form in person.forms { cluster.forms[form, default: 0] += 1 }
        cluster.kinds[person.kind, default: 0] += 1
        if let country = person.country { cluster.count(country: country) }
        cluster.offices.formUnion(person.offices)
        if let portfolio = person.portfolio { cluster.portfolios[portfolio, default: 0] += 1 }
        cluster.sources.insert(article)
        if person.knownID == nil { index(cluster, keys: keys) }
        return cluster.index
    }

    /// Makes `cluster` findable by the full names and the surnames of `keys`.
    private mutating func index(_ cluster: PersonCluster, keys: [[String]]) {
        for key in keys {
            if key.count >= 2, cluster.keys.insert(key).inserted {
                while keyIDsOfCluster.count <= cluster.index { keyIDsOfCluster.append([]) }
                keyIDsOfCluster[cluster.index].append(keyID(key))
            }
            guard let last = key.last else { continue }
            while surnameKeysOfCluster.count <= cluster.index { surnameKeysOfCluster.append([]) }
            for index in skeletonKeys(of: last) where surnameKeysOfCluster[cluster.index].insert(index).inserted {
                bySurname[index, default: []].append(cluster.index)
            }
        }
    }

    /// Name keys numbered as first seen, the keys of each cluster by number,
    /// and the outcome of `NameComparison.compatible` for pairs of them.
    private var keyNumbers: [[String]: Int] = [:]
    private var keysByNumber: [[String]] = []
    private var keyIDsOfCluster: [[Int]] = []
    private var compatibility: [UInt64: Bool] = [:]

    private mutating func keyID(_ key: [String]) -> Int {
        if let id = keyNumbers[key] { return id }
        let id = keysByNumber.count
        keyNumbers[key] = id
        keysByNumber.append(key)
        return id
    }

    /// `NameComparison.compatible(cluster key, mention key)`, computed once per pair.
    private mutating func compatible(_ clusterKey: Int, _ key: Int) -> Bool {
        let pair = UInt64(clusterKey) << 32 | UInt64(key)
        if let known = compatibility[pair] { return known }
        let result = NameComparison.compatible(keysByNumber[clusterKey], keysByNumber[key], particles: particles)
        compatibility[pair] = result
        return result
    }

    /// Latin skeletons of surnames seen so far: the same names come back in
    /// thousands of reports, and an Arabic-script one costs an ICU transform.
    private var skeletons: [String: String] = [:]

    private mutating func latinSkeleton(_ word: String) -> String {
        if let known = skeletons[word] { return known }
        let skeleton = NameSkeleton.latin(word)
        skeletons[word] = skeleton
        return skeleton
    }

    /// `skeletonKeys(latinSkeleton(word))`, computed once per surname.
    private var skeletonKeysOfSurname: [String: [String]] = [:]

    private mutating func skeletonKeys(of word: String) -> [String] {
        if let known = skeletonKeysOfSurname[word] { return known }
        let keys = PersonResolver.skeletonKeys(latinSkeleton(word))
        skeletonKeysOfSurname[word] = keys
        return keys
    }

    /// A skeleton and, when it is long enough, its near keys (`NameSkeleton.nearKeys`).
    static func skeletonKeys(_ skeleton: String) -> [String] {
        [skeleton] + NameSkeleton.nearKeys(skeleton)
    }

    private mutating func match(keys: [[String]], country: String?) -> Int? {
        // the candidates in the order first met; the set only answers "seen already?"
        var candidates: [Int] = []
        var seen = Set<Int>()
        for key in keys {
            guard let last = key.last else { continue }
            for index in skeletonKeys(of: last) {
                for candidate in bySurname[index] ?? [] where seen.insert(candidate).inserted {
                    candidates.append(candidate)
                }
            }
        }
        var fitting: [Int] = []
        let fullKeys = keys.filter { $0.count >= 2 }
        let fullKeyIDs = fullKeys.map { keyID($0) }
        for candidate in candidates {
            let cluster = clusters[candidate]
            if let country, let theirs = cluster.country, theirs != country { continue }
            if !fullKeys.isEmpty {
                // a key already in the cluster is compatible with itself: look it up
                // before comparing; comparisons of two keys are remembered
                let theirs = candidate < keyIDsOfCluster.count ? keyIDsOfCluster[candidate] : []
                var fits = false
                // (`theirs` numbers the keys of `cluster.keys`: comparing numbers spares hashing names)
                for id in fullKeyIDs {
                    if theirs.contains(id) { fits = true; break }
                    for other in theirs where compatible(other, id) { fits = true; break }
                    if fits { break }
                }
                if fits {
                    fitting.append(candidate)
                }
            } else if let country, cluster.country == country {
                // a surname alone: the only person of that country with it
                fitting.append(candidate)
            }
            // two fitting persons: the report is ambiguous whatever the others hold
            if fitting.count > 1 { return nil }
        }
        return fitting.count == 1 ? fitting[0] : nil
    }
}
