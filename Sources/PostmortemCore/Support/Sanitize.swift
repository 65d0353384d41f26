extension String {
    /// The text with control characters and terminal escape sequences made visible and
    /// harmless, for showing text one person typed to another (`\u{1B}[2J` → `^[[2J`).
    /// Newlines and tabs are kept.
    public var neutralized: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: out.unicodeScalars.append(scalar)
            case 0x00..<0x20: out += "^" + String(UnicodeScalar(UInt8(scalar.value + 64)))
            case 0x7F: out += "^?"
            case 0x80..<0xA0: out += "\\u{\(String(scalar.value, radix: 16))}"
            case 0x202A...0x202E, 0x2066...0x2069: out += "\\u{\(String(scalar.value, radix: 16))}"  // bidi overrides
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
