import PostmortemCore
import Testing

@Suite("Envelope")
struct EnvelopeTests {
    func decode(_ text: String) throws(EnvelopeError) -> Envelope { try Envelope.decode(line: Array(text.utf8)) }
    func error(_ text: String) -> EnvelopeError? {
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func encodesTheExactLine() throws {
        let e = Envelope(seq: 7, at: Timestamp(rfc3339: "2026-11-20T04:18:00Z")!, actor: "Ana \"A\" Silva", type: "answered",
                         prev: String(repeating: "ab", count: 32),
                         payload: JSONObject([("field", .string("summary")), ("value", .string("ok\n")), ("n", .number(2))]))
        let expected = #"{"v":1,"seq":7,"at":"2026-11-20T04:18:00Z","actor":"Ana \"A\" Silva","type":"answered","prev":""#
            + String(repeating: "ab", count: 32) + #"","field":"summary","value":"ok\n","n":2}"#
        #expect(e.encodedLine().text == expected)
        #expect(try Envelope.decode(line: e.encodedLine()) == e)
    }

    @Test func firstLineHasEmptyPrevAndNoPayload() throws {
        let e = Envelope(seq: 0, at: Timestamp(secondsSinceEpoch: 0), actor: "a", type: "created", prev: "")
        #expect(e.encodedLine().text == #"{"v":1,"seq":0,"at":"1970-01-01T00:00:00Z","actor":"a","type":"created","prev":""}"#)
        #expect(try Envelope.decode(line: e.encodedLine()) == e)
    }

    @Test func acceptsKeysInAnyOrder() throws {
        let e = try decode(#"{"field":"x","prev":"","type":"t","actor":"a","at":"2026-11-20T04:18:00Z","seq":3,"v":1,"z":[1]}"#)
        #expect(e.seq == 3 && e.type == "t" && e.actor == "a" && e.prev == "")
        #expect(e.payload == JSONObject([("field", .string("x")), ("z", .array([.number(1)]))]))
    }

    @Test func acceptsOtherRFC3339Forms() throws {
        let e = try decode(#"{"v":1,"seq":0,"at":"2026-11-20T05:18:00.250+01:00","actor":"a","type":"t","prev":""}"#)
        #expect(e.at == Timestamp(rfc3339: "2026-11-20T04:18:00Z"))
    }

    @Test func missingAndMistypedKeys() {
        let base = #""at":"2026-11-20T04:18:00Z","actor":"a","type":"t","prev":"""#
        #expect(error(#"{"seq":0,"# + base + "}") == .missingKey("v"))
        #expect(error(#"{"v":1,"# + base + "}") == .missingKey("seq"))
        #expect(error(#"{"v":1,"seq":0,"actor":"a","type":"t","prev":""}"#) == .missingKey("at"))
        #expect(error(#"{"v":1,"seq":"0","# + base + "}") == .wrongType(key: "seq", expected: "an integer", found: .string("0")))
        #expect(error(#"{"v":1,"seq":1.5,"# + base + "}") == .wrongType(key: "seq", expected: "an integer", found: .number(1.5)))
        #expect(error(#"{"v":1,"seq":-1,"# + base + "}") == .invalidValue(key: "seq", reason: "must not be negative, found -1"))
        #expect(error(#"{"v":1,"seq":0,"at":"yesterday","actor":"a","type":"t","prev":""}"#)?.description
            .contains("not an RFC 3339 timestamp") == true)
        #expect(error(#"{"v":1,"seq":0,"at":"2026-11-20T04:18:00Z","actor":7,"type":"t","prev":""}"#)?.description
            == #""actor" must be a string, found the number 7"#)
        #expect(error(#"{"v":1,"seq":0,"at":"2026-11-20T04:18:00Z","actor":"a","type":"t","prev":null}"#)
            == .wrongType(key: "prev", expected: "a hex SHA-256 string", found: .null))
        #expect(error("[1]") == .notAnObject)
        #expect(error(#""text""#) == .notAnObject)
        #expect(error(#"{"v":0,"seq":0,"# + base + "}")?.description.contains("unknown format version 0") == true)
    }

    @Test func duplicateEnvelopeKeysAreRefused() {
        #expect(error(#"{"v":1,"v":1,"seq":0,"at":"2026-11-20T04:18:00Z","actor":"a","type":"t","prev":""}"#)
            == .json(JSONParseError(offset: 7, message: #"duplicate key "v""#)))
        #expect(error(#"{"v":1,"seq":0,"at":"2026-11-20T04:18:00Z","actor":"a","type":"t","prev":"","x":1,"x":2}"#) != nil)
        // An envelope key spelled with an escape is still that key.
        #expect(error(#"{"v":1,"seq":0,"at":"2026-11-20T04:18:00Z","actor":"a","type":"t","prev":"","\u0076":2}"#) != nil)
    }

    @Test func newerVersionWinsOverUnknownShapes() {
        #expect(error(#"{"v":2,"seq":"zero","future":true}"#) == .newerVersion(2))
        #expect(error(#"{"v":2,"seq":0,"at":"2026-11-20T04:18:00Z","actor":"a","type":"t","prev":""}"#) == .newerVersion(2))
    }

    @Test func jsonErrorsCarryTheByteOffset() {
        guard case .json(let e)? = error(#"{"v":1,"seq":0,,}"#) else {
            Issue.record("expected a JSON error")
            return
        }
        #expect(e.offset == 15)
        #expect(error("{\"v\":1} trailing")?.description.contains("at byte 8") == true)
    }
}
