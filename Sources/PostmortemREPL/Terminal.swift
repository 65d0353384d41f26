import PostmortemCore

/// Where the REPL writes: standard output, or a buffer in tests. Knows whether colour is allowed.
public struct Terminal: Sendable {
    public var write: @Sendable (String) -> Void
    public var color: Bool

    public init(color: Bool, write: @escaping @Sendable (String) -> Void) {
        self.color = color
        self.write = write
    }

    public func line(_ text: String = "") { write(text + "\n") }

    enum Style: String { case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36" }

    func styled(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    func heading(_ text: String) { line(styled("── \(text) " + String(repeating: "─", count: max(3, 60 - text.count)), .bold)) }
    func ok(_ text: String) { line(styled("✓ ", .green) + text) }
    func warn(_ text: String) { line(styled("! ", .yellow) + text) }
    func refuse(_ text: String) { line(styled("✗ ", .red) + text) }
    func note(_ text: String) { line(styled(text, .dim)) }
}
