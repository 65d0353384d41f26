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

    public enum Style: String { case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36" }

    public func styled(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    public func heading(_ text: String) { line(styled("── \(text) " + String(repeating: "─", count: max(3, 60 - text.count)), .bold)) }
    public func ok(_ text: String) { line(styled("✓ ", .green) + text) }
    public func warn(_ text: String) { line(styled("! ", .yellow) + text) }
    public func refuse(_ text: String) { line(styled("✗ ", .red) + text) }
    public func note(_ text: String) { line(styled(text, .dim)) }
}
