extension JSONParser {
    // MARK: Strings

    /// A scanned string: its raw bytes when it has no escapes, else the decoded text.
    enum ScannedString {
        case plain(start: Int, end: Int)
        case escaped(String)
    }

    /// Parses a string starting at the opening quote.
    mutating func parseString() throws(JSONParseError) -> String {
        switch try scanString() {
        case .plain(let start, let end):
            return String(decoding: UnsafeBufferPointer(start: base.unsafelyUnwrapped + start, count: end - start),
                          as: UTF8.self)
        case .escaped(let text):
            return text
        }
    }

    /// Scans (and validates) a string starting at the opening quote, without
    /// building a `String` when it has no escapes.
    mutating func scanString() throws(JSONParseError) -> ScannedString {
        let open = index
        index += 1
        let start = index
        let p = base.unsafelyUnwrapped
        while index < count {
            // Fast path: eight plain ASCII bytes at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(p + index).loadUnaligned(as: UInt64.self)
                if Self.isPlain8(word) { index += 8 } else { break }
            }
            guard index < count else { break }
            let c = p[index]
            if c == UInt8(ascii: "\"") {
                index += 1
                return .plain(start: start, end: index - 1)
            }
            if c == UInt8(ascii: "\\") { return .escaped(try parseEscapedString(from: start, open: open)) }
            if c < 0x20 { throw controlCharacter(c) }
            if c >= 0x80 { try validateUTF8Sequence() } else { index += 1 }
        }
        throw fail("unterminated string (expected '\"' before end of input)", at: open)
    }

    /// True when none of the eight bytes is `"`, `\`, a control character or non-ASCII.
    @inline(__always)
    static func isPlain8(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        // A zero byte in x <=> (x - 0x01..) & ~x & 0x80.. has its high bit set.
        let hasQuote = (quote &- ones) & ~quote & high
        let hasBackslash = (backslash &- ones) & ~backslash & high
        let hasControl = (w &- (ones &* 0x20)) & ~w & high
        let hasHigh = w & high
        return (hasQuote | hasBackslash | hasControl | hasHigh) == 0
    }

    private func controlCharacter(_ c: UInt8) -> JSONParseError {
        fail("control character U+00\(hex2(c)) must be escaped inside a string")
    }

    /// Validates one multi-byte UTF-8 sequence at `index` (strictly: no
    /// overlong forms, no surrogates, nothing above U+10FFFF) and steps over it.
    @inline(__always)
    private mutating func validateUTF8Sequence() throws(JSONParseError) {
        let c = byte(index)
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw fail("invalid UTF-8: byte 0x\(hex2(c)) cannot start a character")
        }
        for k in 1..<length {
            let i = index + k
            guard i < count else { throw fail("invalid UTF-8: character cut short by end of input", at: index) }
            let b = byte(i)
            let lo: UInt8 = k == 1 ? low : 0x80
            let hi: UInt8 = k == 1 ? high : 0xBF
            guard b >= lo, b <= hi else {
                throw fail("invalid UTF-8: byte 0x\(hex2(b)) does not continue the character started at byte \(index)", at: i)
            }
        }
        index += length
    }

    private mutating func parseEscapedString(from start: Int, open: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        let p = base.unsafelyUnwrapped
        scratch.append(contentsOf: UnsafeBufferPointer(start: p + start, count: index - start))
        while index < count {
            let c = p[index]
            switch c {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escapeStart = index
                index += 1
                guard index < count else { break }
                let e = p[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard index + 1 < count, p[index] == UInt8(ascii: "\\"), p[index + 1] == UInt8(ascii: "u") else {
                            throw fail("unpaired surrogate \\u\(String(scalar, radix: 16, uppercase: true)): expected a low surrogate \\uDC00-\\uDFFF next", at: escapeStart)
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw fail("unpaired surrogate \\u\(String(scalar, radix: 16, uppercase: true)): expected a low surrogate \\uDC00-\\uDFFF next", at: escapeStart)
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail("unpaired low surrogate \\u\(String(scalar, radix: 16, uppercase: true))", at: escapeStart)
                    }
                    appendUTF8(scalar)
                default:
                    index -= 1
                    throw fail("invalid escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found \\\(describe(index).trimmingQuotes)", at: escapeStart)
                }
            default:
                if c < 0x20 { throw controlCharacter(c) }
                if c >= 0x80 {
                    let from = index
                    try validateUTF8Sequence()
                    scratch.append(contentsOf: UnsafeBufferPointer(start: p + from, count: index - from))
                } else {
                    scratch.append(c)
                    index += 1
                }
            }
        }
        throw fail("unterminated string (expected '\"' before end of input)", at: open)
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard index < count else { throw fail("expected 4 hex digits after \\u, found end of input") }
            let c = byte(index)
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
            default: throw fail("expected 4 hex digits after \\u, found \(describe(index))")
            }
            v = v << 4 | UInt32(d)
            index += 1
        }
        return v
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

private extension String {
    var trimmingQuotes: String {
        hasPrefix("'") && hasSuffix("'") && count >= 3 ? String(dropFirst().dropLast()) : self
    }
}
