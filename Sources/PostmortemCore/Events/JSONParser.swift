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

    func hex2(_ c: UInt8) -> String {
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
        var builder = ObjectBuilder()
        try parseMembers(into: &builder)
        return JSONObject(builder.pairs)
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
}
