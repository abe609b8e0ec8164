import CommuniqueLexicon

/// A place in the text where a person is named or designated.
struct PersonMention {
    let paragraph: Int
    let sentence: Int
    /// Tokens of the name; empty for a title-only mention ("the French minister").
    var range: Range<Int>
    /// Where the designation is (the title for a title-only mention).
    let position: Int
    /// Where a title-only designation ends ("seinen serbischen Amtskollegen").
    var designationEnd: Int? = nil
    /// Every country a title-only designation names ("die Innenminister Deutschlands und Österreichs").
    var countries: [String] = []
    var known: Int?
    var role: OfficeRole?
    var isCounterpart = false
    var country: String?
    var portfolio: String?
    var office: String?
    /// Found next to a title, an honorific or as a known name (not by propagation).
    var anchored = true
    var afterHonorific = false
}
