/// Strict JSON (RFC 8259) over UTF-8 bytes, written by hand for speed.
///
/// The journal reader parses every line of a journal on every read, so this
/// parser works directly on a byte buffer, validates UTF-8 as it goes, and
/// refuses anything that is not strict JSON: comments, trailing commas,
/// single quotes, leading zeros, `NaN`, unescaped control characters,
/// unpaired surrogates, duplicate keys, and bytes after the value.
///
/// The encoder writes the compact form the journal stores: no spaces, keys in
/// object order, `"` `\` and control characters escaped (`\n`, `\t`, `\r`,
/// else `\u00XX`), everything else (including `/` and non-ASCII) kept as is.
/// Integral numbers below 2^53 in magnitude are written without a decimal
/// point; other numbers in the shortest form that reads back to the same
/// `Double`.
public enum JSONCodec {
    /// Objects and arrays nested deeper than this are refused (the parser is recursive).
    public static let maxDepth = 512

    // MARK: Decoding

    /// Parses one JSON document that spans all of `bytes`.
    public static func decode(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) -> JSONValue in try decode(buffer) }
        }
        return try result.get()
    }

    /// Parses one JSON document that spans all of `buffer`.
    public static func decode(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(buffer)
        return try parser.parseDocument()
    }

    /// Parses one JSON document from the UTF-8 bytes of `text`.
    public static func decode(_ text: String) throws(JSONParseError) -> JSONValue {
        try decode(Array(text.utf8))
    }

    // MARK: Encoding

    /// The compact encoding of `value`.
    public static func encode(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        encode(value, into: &out)
        return out
    }

    /// The compact encoding of `value`, as a `String`.
    public static func encodeToString(_ value: JSONValue) -> String {
        String(decoding: encode(value), as: UTF8.self)
    }

    /// Appends the compact encoding of `value` to `out`.
    public static func encode(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: Self.nullBytes)
        case .bool(let b): out.append(contentsOf: b ? Self.trueBytes : Self.falseBytes)
        case .number(let d): encode(number: d, into: &out)
        case .string(let s): encode(string: s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            var first = true
            for item in items {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                encode(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object): encode(object: object, into: &out)
        }
    }

    /// Appends `{"key":value,...}` to `out`, keys in the object's order.
    public static func encode(object: JSONObject, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        var first = true
        for pair in object.pairs {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            encode(string: pair.key, into: &out)
            out.append(UInt8(ascii: ":"))
            encode(pair.value, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends `s` as a quoted JSON string to `out`.
    public static func encode(string s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            for j in 0..<utf8.count {
                let c = utf8[j]
                guard c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") else { continue }
                if runStart < j { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<j])) }
                runStart = j + 1
                out.append(UInt8(ascii: "\\"))
                switch c {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                default:
                    out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                            hexDigit(c >> 4), hexDigit(c & 0xF)])
                }
            }
            if runStart < utf8.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends a JSON number to `out`: integral values below 2^53 in magnitude
    /// as plain integers, others in shortest round-trip form. JSON has no
    /// NaN or infinity; those are written as `null`.
    public static func encode(number d: Double, into out: inout [UInt8]) {
        guard d.isFinite else { out.append(contentsOf: Self.nullBytes); return }
        if d.rounded(.towardZero) == d, abs(d) < 9_007_199_254_740_992 {
            encode(integer: Int64(d), into: &out)
            return
        }
        // Swift's description is the shortest representation that round-trips
        // ("0.1", "1e-07", "1.5e+20"); tidy the exponent to "1e-7", "1.5e20".
        // Large integral values come out as "9007199254740992.0": drop the ".0".
        var description = d.description
        if description.hasSuffix(".0") { description.removeLast(2) }
        let text = description.utf8
        var exponentMode = false
        var skippingZeros = false
        for c in text {
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                out.append(UInt8(ascii: "e"))
                exponentMode = true
                skippingZeros = true
                continue
            }
            if exponentMode {
                if c == UInt8(ascii: "+") { continue }
                if c == UInt8(ascii: "-") { out.append(c); continue }
                if skippingZeros && c == UInt8(ascii: "0") { continue }
                skippingZeros = false
            }
            out.append(c)
        }
        if exponentMode && skippingZeros { out.append(UInt8(ascii: "0")) }
    }

    /// Appends the decimal digits of `n` to `out`.
    public static func encode(integer n: Int64, into out: inout [UInt8]) {
        if n == 0 { out.append(UInt8(ascii: "0")); return }
        var magnitude = n.magnitude
        if n < 0 { out.append(UInt8(ascii: "-")) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var k = 20
            while magnitude > 0 {
                k -= 1
                digits[k] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[k..<20]))
        }
    }

    private static let nullBytes: [UInt8] = Array("null".utf8)
    private static let trueBytes: [UInt8] = Array("true".utf8)
    private static let falseBytes: [UInt8] = Array("false".utf8)

    @inline(__always)
    static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10 }
}

/// Why a byte sequence is not strict JSON, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset (0-based) in the input where the problem is.
    public var offset: Int
    /// What was expected, and what was found instead.
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "at byte \(offset): \(message)" }
}

/// A recursive-descent parser over a byte buffer.
struct JSONParser {
    let base: UnsafePointer<UInt8>?
    let count: Int
    var index = 0
    var depth = 0
    var scratch: [UInt8] = []

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        base = buffer.baseAddress
        count = buffer.count
    }

    @inline(__always)
    func byte(_ i: Int) -> UInt8 { base.unsafelyUnwrapped[i] }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index != count {
            throw fail("expected end of input after the JSON value, found \(describe(index))")
        }
        return value
    }

    /// Parses a document that must be an object, returning its pairs.
    mutating func parseObjectDocument() throws(JSONParseError) -> JSONObject? {
        skipWhitespace()
        guard index < count, byte(index) == UInt8(ascii: "{") else { return nil }
        let object = try parseObject()
        skipWhitespace()
        if index != count {
            throw fail("expected end of input after the JSON object, found \(describe(index))")
        }
        return object
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < count {
            let c = byte(index)
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            index += 1
        }
    }

    func fail(_ message: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(offset: offset ?? index, message: message)
    }

    /// A human description of the byte at `i`, for error messages.
    func describe(_ i: Int) -> String {
        guard i < count else { return "end of input" }
        let c = byte(i)
        switch c {
        case 0x20: return "a space"
        case 0x0A: return "a newline"
        case 0x0D: return "a carriage return"
        case 0x09: return "a tab"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(c)))'"
        default:
            return "byte 0x\(hex2(c))"
        }
    }

    private func hex2(_ c: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(c >> 4)], digits[Int(c & 0xF)]], as: UTF8.self)
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < count else { throw fail("expected a JSON value, found end of input") }
        switch byte(index) {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default:
            throw fail("expected a JSON value (object, array, string, number, true, false or null), found \(describe(index))")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let start = index
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        for k in 0..<n {
            guard index + k < count, byte(index + k) == w[k] else {
                throw fail("expected '\(word)', found \(describe(index + k))", at: start)
            }
        }
        index += n
    }

    mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > JSONCodec.maxDepth { throw fail("nesting deeper than \(JSONCodec.maxDepth) levels") }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONObject {
        try enter()
        defer { depth -= 1 }
        index += 1  // '{'
        skipWhitespace()
        var pairs: [(key: String, value: JSONValue)] = []
        if index < count, byte(index) == UInt8(ascii: "}") {
            index += 1
            return JSONObject(pairs)
        }
        var seen: Set<String>? = nil
        while true {
            guard index < count, byte(index) == UInt8(ascii: "\"") else {
                throw fail(pairs.isEmpty
                    ? "expected a string key or '}', found \(describe(index))"
                    : "expected a string key after ',', found \(describe(index))")
            }
            let keyOffset = index
            let key = try parseString()
            // Duplicate keys make a line ambiguous: refuse them.
            if seen == nil && pairs.count >= 16 { seen = Set(pairs.map(\.key)) }
            let duplicate = seen.map { $0.contains(key) } ?? pairs.contains(where: { $0.key == key })
            if duplicate { throw fail("duplicate key \"\(key)\"", at: keyOffset) }
            seen?.insert(key)
            skipWhitespace()
            guard index < count, byte(index) == UInt8(ascii: ":") else {
                throw fail("expected ':' after an object key, found \(describe(index))")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            pairs.append((key, value))
            skipWhitespace()
            guard index < count else { throw fail("expected ',' or '}' in an object, found end of input") }
            let c = byte(index)
            index += 1
            if c == UInt8(ascii: ",") {
                skipWhitespace()
                continue
            }
            if c == UInt8(ascii: "}") { return JSONObject(pairs) }
            index -= 1
            throw fail("expected ',' or '}' after an object member, found \(describe(index))")
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1  // '['
        skipWhitespace()
        var items: [JSONValue] = []
        if index < count, byte(index) == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            if index < count, byte(index) == UInt8(ascii: "]") {
                throw fail("expected a JSON value after ',', found ']' (trailing commas are not allowed)")
            }
            items.append(try parseValue())
            skipWhitespace()
            guard index < count else { throw fail("expected ',' or ']' in an array, found end of input") }
            let c = byte(index)
            index += 1
            if c == UInt8(ascii: ",") {
                skipWhitespace()
                continue
            }
            if c == UInt8(ascii: "]") { return .array(items) }
            index -= 1
            throw fail("expected ',' or ']' after an array element, found \(describe(index))")
        }
    }

    // MARK: Numbers

    mutating func parseNumber() throws(JSONParseError) -> Double {
        let start = index
        var negative = false
        if byte(index) == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard index < count else { throw fail("expected a digit after '-', found end of input") }
        var mantissa: UInt64 = 0
        var digits = 0
        let first = byte(index)
        if first == UInt8(ascii: "0") {
            index += 1
            digits = 1
            if index < count, isDigit(byte(index)) {
                throw fail("leading zeros are not allowed in JSON numbers", at: start)
            }
        } else if isDigit(first) {
            while index < count {
                let c = byte(index)
                guard isDigit(c) else { break }
                if digits < 18 { mantissa = mantissa &* 10 &+ UInt64(c &- UInt8(ascii: "0")) }
                digits += 1
                index += 1
            }
        } else {
            throw fail("expected a digit after '-', found \(describe(index))")
        }
        var integral = true
        if index < count, byte(index) == UInt8(ascii: ".") {
            integral = false
            index += 1
            guard index < count, isDigit(byte(index)) else {
                throw fail("expected a digit after the decimal point, found \(describe(index))")
            }
            while index < count, isDigit(byte(index)) { index += 1 }
        }
        if index < count, byte(index) == UInt8(ascii: "e") || byte(index) == UInt8(ascii: "E") {
            integral = false
            index += 1
            if index < count, byte(index) == UInt8(ascii: "+") || byte(index) == UInt8(ascii: "-") { index += 1 }
            guard index < count, isDigit(byte(index)) else {
                throw fail("expected a digit in the exponent, found \(describe(index))")
            }
            while index < count, isDigit(byte(index)) { index += 1 }
        }
        if integral && digits <= 15 {
            // Exact: every integer below 10^15 is a Double.
            let d = Double(mantissa)
            return negative ? -d : d
        }
        let text = String(decoding: UnsafeBufferPointer(start: base.unsafelyUnwrapped + start, count: index - start),
                          as: UTF8.self)
        guard let d = Double(text), d.isFinite else {
            throw fail("number \(text) is out of range", at: start)
        }
        return d
    }

    @inline(__always)
    private func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }

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
