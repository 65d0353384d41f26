import Crypto

/// The revision of a document: SHA-256 over its answers in canonical form.
///
/// Canonical form: answers sorted by field id, each as `id`, NUL, its JSON
/// (compact, keys in the order `FieldValue.json()` writes them), newline.
public enum Revision {
    public static func of(answers: [String: FieldValue]) -> String {
        var hasher = SHA256()
        for id in answers.keys.sorted() {
            var bytes = Array(id.utf8)
            bytes.append(0)
            answers[id]!.json().appendCanonical(to: &bytes)
            bytes.append(10)
            hasher.update(data: bytes)
        }
        return hasher.finalize().hex
    }

    /// The first 12 hex digits, for people.
    public static func short(_ revision: String) -> String { String(revision.prefix(12)) }
}

extension Sequence where Element == UInt8 {
    /// Lowercase hexadecimal.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in self { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}

extension JSONValue {
    /// A deterministic byte form used only for hashing revisions.
    func appendCanonical(to out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let d):
            if d.rounded() == d, abs(d) < 9.0e15 { out += Array(String(Int64(d)).utf8) } else { out += Array("\(d)".utf8) }
        case .string(let s):
            out.append(34)
            for b in s.utf8 {
                if b == 34 || b == 92 { out.append(92); out.append(b) } else if b < 32 { out += Array("\\u00\(pad2hex(b))".utf8) } else { out.append(b) }
            }
            out.append(34)
        case .array(let a):
            out.append(91)
            for (i, v) in a.enumerated() { if i > 0 { out.append(44) }; v.appendCanonical(to: &out) }
            out.append(93)
        case .object(let o):
            out.append(123)
            for (i, pair) in o.pairs.enumerated() {
                if i > 0 { out.append(44) }
                JSONValue.string(pair.key).appendCanonical(to: &out)
                out.append(58)
                pair.value.appendCanonical(to: &out)
            }
            out.append(125)
        }
    }
}

private func pad2hex(_ b: UInt8) -> String { [b].hex }
