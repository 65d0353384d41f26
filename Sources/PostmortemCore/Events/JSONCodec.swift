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
