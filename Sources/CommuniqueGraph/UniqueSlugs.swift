/// Slugs that are unique within one kind of resource, so two different
/// things never share an IRI. A slug is taken as is while it is free; a
/// second claim gets the stable hash of its key appended, and a counter
/// after that in the (astronomically rare) case the hash is taken too.
/// The result depends only on the slugs, keys and the order of the claims.
package struct UniqueSlugs: Sendable {
    private var used: Set<String> = []

    package init() {}

    /// A free slug for the thing identified by `key`. With `hashed`, the hash
    /// is appended from the start: for slugs that are a lossy transliteration
    /// (Arabic or Persian names), where two names may read the same in Latin.
    package mutating func claim(_ slug: String, key: String, hashed: Bool = false) -> String {
        var candidate = hashed ? slug + "-" + StableHash.short(key) : slug
        if used.insert(candidate).inserted { return candidate }
        candidate += "-" + StableHash.short(key)
        if used.insert(candidate).inserted { return candidate }
        var counter = 2
        while !used.insert(candidate + "-\(counter)").inserted { counter += 1 }
        return candidate + "-\(counter)"
    }
}
