import PostmortemCore
import Testing

@Suite("JSON codec")
struct JSONCodecTests {
    func decode(_ text: String) throws(JSONParseError) -> JSONValue { try JSONCodec.decode(text) }
    func decode(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue { try JSONCodec.decode(bytes) }
    func encoded(_ value: JSONValue) -> String { JSONCodec.encodeToString(value) }

    /// The error for `input`, or nil when it parses.
    func error(_ input: [UInt8]) -> JSONParseError? {
        do {
            _ = try JSONCodec.decode(input)
            return nil
        } catch {
            return error
        }
    }
    func error(_ input: String) -> JSONParseError? { error(Array(input.utf8)) }

    @Test func roundTripOfNestedValues() throws {
        let value = JSONValue.object(JSONObject([
            ("z", .string("last key first")),
            ("a", .array([.null, .bool(true), .bool(false), .number(0), .number(-12), .number(3.25), .number(1e-7)])),
            ("nested", .object(JSONObject([("empty", .object(JSONObject())), ("list", .array([]))]))),
            ("text", .string("line\nbreak \"quoted\" back\\slash tab\t cr\r nul\u{0} bell\u{7} é 漢字 😀 / done")),
        ]))
        let bytes = JSONCodec.encode(value)
        #expect(try decode(bytes) == value)
        // Encoding is stable: decode then encode gives the same bytes.
        #expect(JSONCodec.encode(try decode(bytes)) == bytes)
        // Keys keep their order.
        #expect(encoded(value).hasPrefix(#"{"z":"last key first","a":[null,true,false,0,-12,3.25,1e-7],"#))
    }

    @Test func stringEscapes() {
        #expect(encoded(.string("a\"b\\c")) == #""a\"b\\c""#)
        #expect(encoded(.string("\n\t\r")) == #""\n\t\r""#)
        #expect(encoded(.string("\u{0}\u{1}\u{8}\u{C}\u{1F}")) == #""\u0000\u0001\u0008\u000c\u001f""#)
        #expect(encoded(.string("a/b")) == #""a/b""#)  // '/' is not escaped
        #expect(encoded(.string("é漢😀\u{7F}\u{2028}")) == "\"é漢😀\u{7F}\u{2028}\"")  // raw UTF-8
    }

    @Test func stringUnescaping() throws {
        #expect(try decode(#""\u00e9\u00E9\/\b\f\n\r\t\"\\""#) == .string("éé/\u{8}\u{C}\n\r\t\"\\"))
        #expect(try decode(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try decode(#""\u0000""#) == .string("\u{0}"))
        #expect(try decode("\"é 漢 😀\"") == .string("é 漢 😀"))
    }

    @Test func numbersAreWrittenCompactly() {
        #expect(encoded(.number(1)) == "1")
        #expect(encoded(.number(-0.0)) == "0")
        #expect(encoded(.number(-42)) == "-42")
        #expect(encoded(.number(1e15)) == "1000000000000000")
        #expect(encoded(.number(9_007_199_254_740_991)) == "9007199254740991")
        #expect(encoded(.number(9_007_199_254_740_992)) == "9007199254740992")
        #expect(encoded(.number(1e16)) == "1e16")
        #expect(encoded(.number(-1e300)) == "-1e300")
        #expect(encoded(.number(0.1)) == "0.1")
        #expect(encoded(.number(-2.5)) == "-2.5")
        #expect(encoded(.number(1e-7)) == "1e-7")
        #expect(encoded(.number(1.5e300)) == "1.5e300")
        #expect(encoded(.number(.leastNonzeroMagnitude)) == "5e-324")
        #expect(encoded(.number(123_456_789.125)) == "123456789.125")
        #expect(encoded(.number(.nan)) == "null")
        #expect(encoded(.number(.infinity)) == "null")
    }

    @Test func numbersRoundTrip() throws {
        for d in [0.1, 0.2, 1.0 / 3.0, 2.0 / 3.0, 1e21, 1e22, 123.456, -9.87654321e-300, 4.35, 1e16, 2e53, .pi,
                  Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude, 9_007_199_254_740_994] {
            let text = encoded(.number(d))
            #expect(try decode(text) == .number(d), "\(d) -> \(text)")
        }
    }

    @Test func numberGrammar() throws {
        #expect(try decode("0") == .number(0))
        #expect(try decode("-0") == .number(-0.0))
        #expect(try decode("1.5e3") == .number(1500))
        #expect(try decode("1E-2") == .number(0.01))
        #expect(try decode("2e+2") == .number(200))
        #expect(try decode("12345678901234567890") == .number(1.2345678901234567e19))
        #expect(try decode("-123456789012345") == .number(-123_456_789_012_345))
        for bad in ["01", "-01", "1.", ".5", "+1", "1e", "1e+", "-", "--1", "NaN", "Infinity", "-Infinity", "0x10", "1.e3"] {
            #expect(error(bad) != nil, "\(bad) should be refused")
        }
        #expect(error("1e999")?.message.contains("out of range") == true)
        #expect(error("01")?.message.contains("leading zeros") == true)
    }

    @Test func strictnessAndTrailingGarbage() {
        let cases: [(String, Int)] = [
            ("{} x", 3), ("{}{}", 2), ("[1,]", 3), (#"{"a":1,}"#, 7), ("{'a':1}", 1), ("// c\n1", 0),
            ("[1 2]", 3), (#"{"a" 1}"#, 5), (#"{"a":}"#, 5), ("tru", 0), ("nul", 0), ("True", 0), ("", 0),
            ("   ", 3), ("[", 1), (#"{"a":1"#, 6), ("\"abc", 0), ("[1]]", 3), ("\u{FEFF}1", 0),
        ]
        for (input, offset) in cases {
            let e = error(input)
            #expect(e != nil, "\(input) should be refused")
            #expect(e?.offset == offset, "\(input): \(e.map(String.init(describing:)) ?? "")")
        }
        #expect(error("{} x")?.message == "expected end of input after the JSON value, found 'x'")
        #expect(error(#"{"a":1,}"#)?.message.contains("expected a string key after ','") == true)
        #expect(error(#"{"a":1 "b":2}"#)?.message == "expected ',' or '}' after an object member, found '\"'")
        #expect(error("").map(String.init(describing:)) == "at byte 0: expected a JSON value, found end of input")
    }

    @Test func whitespaceIsAllowedAroundTokens() throws {
        #expect(try decode(" \t\r\n[ 1 , { \"a\" : null } ]\n ") == .array([.number(1), .object(JSONObject([("a", .null)]))]))
    }

    @Test func duplicateKeysAreRefused() {
        #expect(error(#"{"a":1,"a":2}"#)?.message == #"duplicate key "a""#)
        #expect(error(#"{"a":1,"a":2}"#)?.offset == 7)
        // Also in big objects (hashed lookup).
        let many = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(error("{\(many),\"k7\":1}") != nil)
        #expect(error("{\(many)}") == nil)
    }

    @Test func controlCharactersAndBadEscapes() {
        #expect(error("\"a\nb\"")?.message.contains("control character U+000A") == true)
        #expect(error("\"a\u{1}b\"")?.offset == 2)
        #expect(error(#""\x""#)?.message.contains("invalid escape") == true)
        #expect(error(#""\u12""#)?.message.contains("4 hex digits") == true)
        #expect(error(#""\ud83d""#)?.message.contains("unpaired surrogate") == true)
        #expect(error(#""\ud83d\u0041""#)?.message.contains("unpaired surrogate") == true)
        #expect(error(#""\ude00""#)?.message.contains("unpaired low surrogate") == true)
    }

    @Test func invalidUTF8IsRefusedWithItsOffset() {
        let q: UInt8 = 0x22
        let cases: [([UInt8], Int)] = [
            ([q, 0x61, 0xC3, 0x28, q], 3),          // bad continuation
            ([q, 0xC0, 0x80, q], 1),                // overlong NUL
            ([q, 0xE0, 0x80, 0x80, q], 2),          // overlong 3-byte
            ([q, 0xED, 0xA0, 0x80, q], 2),          // UTF-16 surrogate
            ([q, 0xF4, 0x90, 0x80, 0x80, q], 2),    // above U+10FFFF
            ([q, 0xF5, 0x80, 0x80, 0x80, q], 1),    // never valid
            ([q, 0x80, q], 1),                      // lone continuation
            ([q, 0xFF, q], 1),
            ([q, 0xE2, 0x82], 1),                   // cut short by the end
            ([0xC3, 0xA9], 0),                      // non-ASCII outside a string
        ]
        for (input, offset) in cases {
            let e = error(input)
            #expect(e != nil, "\(input) should be refused")
            #expect(e?.offset == offset, "\(input): \(e.map(String.init(describing:)) ?? "")")
        }
        #expect(error([q, 0xC3, 0x28, q])?.message.contains("invalid UTF-8") == true)
        // Valid multi-byte sequences at the edges of the ranges.
        #expect(error([q, 0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80,
                       0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF, q]) == nil)
    }

    @Test func longStringsCrossTheFastPath() throws {
        // The scanner looks at eight bytes at a time; put specials at every position.
        for k in 0..<20 {
            let plain = String(repeating: "x", count: k)
            #expect(try decode("\"\(plain)\"") == .string(plain))
            #expect(try decode("\"\(plain)\\n\(plain)\"") == .string(plain + "\n" + plain))
            #expect(try decode("\"\(plain)é\(plain)\"") == .string(plain + "é" + plain))
            #expect(error("\"\(plain)\u{1}\(plain)\"")?.offset == 1 + k)
        }
    }

    @Test func nestingDepthIsLimited() {
        let ok = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(error(ok) == nil)
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(error(deep)?.message.contains("nesting deeper") == true)
    }
}
