/// A block of text from an input before it becomes a paragraph: a line of a
/// text file, or a block element of an HTML page.
package struct TextBlock: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case paragraph
        case heading
        case listItem
    }

    package var text: String
    package var kind: Kind
    /// A blank line (or a block boundary in HTML) comes before it.
    package var afterBreak: Bool

    package init(text: String, kind: Kind = .paragraph, afterBreak: Bool = false) {
        self.text = text
        self.kind = kind
        self.afterBreak = afterBreak
    }
}
