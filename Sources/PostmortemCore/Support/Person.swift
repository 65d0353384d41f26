/// People are named by what someone typed: "Ben Okafor", "ben okafor", "Ben  Okafor".
/// One rule decides when two names are the same person, so a verdict, an owner
/// and a committee seat can never disagree about it.
public enum Person {
    /// The comparison form: case-folded, surrounding space trimmed, inner runs of space collapsed.
    public static func key(_ name: String) -> String {
        // Already a key (printable ASCII, no capitals, no spaces): replay asks once per sign-off.
        if name.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !($0 >= 0x41 && $0 <= 0x5A) }) { return name }
        return name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }
}
