/// People are named by what someone typed: "Ben Okafor", "ben okafor", "Ben  Okafor".
/// One rule decides when two names are the same person, so a verdict, an owner
/// and a committee seat can never disagree about it.
public enum Person {
    /// The comparison form: case-folded, surrounding space trimmed, inner runs of space collapsed.
    public static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }
}
