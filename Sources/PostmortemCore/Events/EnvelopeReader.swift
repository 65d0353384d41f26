/// The six envelope keys, recognised by their bytes.
private enum EnvelopeKey { case v, seq, at, actor, type, prev }

extension JSONParser {
    /// The envelope key whose quoted name starts at `index`, if any (then `index` moves past it).
    fileprivate mutating func envelopeKey() -> EnvelopeKey? {
        let p = base.unsafelyUnwrapped
        let q = UInt8(ascii: "\"")
        let rest = count - index
        @inline(__always) func at(_ k: Int) -> UInt8 { p[index + k] }
        guard rest >= 4 else { return nil }
        // index points at the opening quote.
        switch at(1) {
        case UInt8(ascii: "v") where at(2) == q:
            index += 3; return .v
        case UInt8(ascii: "s") where rest >= 5 && at(2) == UInt8(ascii: "e") && at(3) == UInt8(ascii: "q") && at(4) == q:
            index += 5; return .seq
        case UInt8(ascii: "a") where at(2) == UInt8(ascii: "t") && at(3) == q:
            index += 4; return .at
        case UInt8(ascii: "a") where rest >= 7 && at(2) == UInt8(ascii: "c") && at(3) == UInt8(ascii: "t")
            && at(4) == UInt8(ascii: "o") && at(5) == UInt8(ascii: "r") && at(6) == q:
            index += 7; return .actor
        case UInt8(ascii: "t") where rest >= 6 && at(2) == UInt8(ascii: "y") && at(3) == UInt8(ascii: "p")
            && at(4) == UInt8(ascii: "e") && at(5) == q:
            index += 6; return .type
        case UInt8(ascii: "p") where rest >= 6 && at(2) == UInt8(ascii: "r") && at(3) == UInt8(ascii: "e")
            && at(4) == UInt8(ascii: "v") && at(5) == q:
            index += 6; return .prev
        default:
            return nil
        }
    }

    /// Parses a whole line that should be an envelope object. Returns nil
    /// when the line does not start with `{`. Throws `JSONParseError` for
    /// anything that is not strict JSON, `EnvelopeError` for a bad envelope.
    mutating func parseEnvelope() throws -> Envelope? {
        skipWhitespace()
        guard index < count, byte(index) == UInt8(ascii: "{") else { return nil }
        // Collect payload pairs on the stack, then make one exactly-sized array.
        return try withUnsafeTemporaryAllocation(of: PairCollector.Pair.self, capacity: 16) { stack in
            var reader = EnvelopeReader(payload: PairCollector(stack: stack))
            defer { reader.payload.discard() }
            try parseMembers(into: &reader)
            skipWhitespace()
            if index != count {
                throw fail("expected end of input after the JSON object, found \(describe(index))")
            }
            return try reader.envelope()
        }
    }
}

/// Reads an envelope's members as `JSONParser.parseMembers` meets them: the
/// envelope keys straight from their bytes (`at` without building a String),
/// everything else into the payload.
private struct EnvelopeReader: JSONMemberHandler {
    var payload: PairCollector
    var v: Int?, seq: Int?, at: Timestamp?, actor: String?, type: String?, prev: String?
    /// The first problem with an envelope value; reported after the version
    /// check, because a newer format may give these keys other types.
    var problem: EnvelopeError?
    /// The key just read: an envelope key, or a payload key's name.
    var key: EnvelopeKey?
    var name = ""
    var escapedName = false

    init(payload: PairCollector) { self.payload = payload }

    mutating func note(_ e: EnvelopeError) { if problem == nil { problem = e } }

    mutating func readKey(_ parser: inout JSONParser, keyOffset: Int) throws(JSONParseError) {
        key = parser.envelopeKey()
        guard key == nil else { return }
        switch try parser.scanString() {
        case .plain(let s, let e):
            name = String(decoding: UnsafeBufferPointer(start: parser.base.unsafelyUnwrapped + s, count: e - s), as: UTF8.self)
            escapedName = false
        case .escaped(let text):
            name = text
            escapedName = true
        }
    }

    mutating func readValue(_ parser: inout JSONParser, keyOffset: Int) throws(JSONParseError) {
        func duplicate(_ k: String) -> JSONParseError { parser.fail("duplicate key \"\(k)\"", at: keyOffset) }
        switch key {
        case .v, .seq:
            let label = key == .v ? "v" : "seq"
            if (key == .v ? v : seq) != nil { throw duplicate(label) }
            let value = try parser.parseValue()
            var n = -1
            if case .number(let d) = value, d.rounded(.towardZero) == d, abs(d) < 9_007_199_254_740_992 {
                n = Int(d)
            } else {
                note(.wrongType(key: label, expected: "an integer", found: value))
            }
            if key == .v { v = n } else {
                if n < 0, case .number = value { note(.invalidValue(key: "seq", reason: "must not be negative, found \(n)")) }
                seq = n
            }
        case .at:
            if at != nil { throw duplicate("at") }
            at = try readTimestamp(&parser)
        case .actor, .type, .prev:
            let label = key == .actor ? "actor" : key == .type ? "type" : "prev"
            let existing = key == .actor ? actor : key == .type ? type : prev
            if existing != nil { throw duplicate(label) }
            var text = ""
            if parser.index < parser.count, parser.byte(parser.index) == UInt8(ascii: "\"") {
                text = try parser.parseString()
            } else {
                let value = try parser.parseValue()
                note(.wrongType(key: label, expected: key == .prev ? "a hex SHA-256 string" : "a string", found: value))
            }
            switch key {
            case .actor: actor = text
            case .type:
                if text.isEmpty { note(.invalidValue(key: "type", reason: "must not be empty")) }
                type = text
            default: prev = text
            }
        case nil:
            if escapedName, Envelope.reservedKeys.contains(name) {
                // An envelope key spelled with escapes: not how we write lines.
                note(.invalidValue(key: name, reason: "must be written without escapes"))
            }
            if payload.contains(name) { throw duplicate(name) }
            payload.append((name, try parser.parseValue()))
        }
    }

    /// The `at` value: the canonical form parsed straight from its bytes.
    private mutating func readTimestamp(_ parser: inout JSONParser) throws(JSONParseError) -> Timestamp {
        guard parser.index < parser.count, parser.byte(parser.index) == UInt8(ascii: "\"") else {
            let value = try parser.parseValue()
            note(.wrongType(key: "at", expected: "an RFC 3339 UTC timestamp string", found: value))
            return Timestamp(secondsSinceEpoch: 0)
        }
        var t: Timestamp?
        var shown = ""
        switch try parser.scanString() {
        case .plain(let s, let e):
            let bytes = UnsafeBufferPointer(start: parser.base.unsafelyUnwrapped + s, count: e - s)
            t = Envelope.parseCanonicalTimestamp(bytes)
            if t == nil {
                shown = String(decoding: bytes, as: UTF8.self)
                t = Timestamp(rfc3339: shown)
            }
        case .escaped(let text):
            shown = text
            t = Envelope.parseTimestamp(text)
        }
        if t == nil {
            note(.invalidValue(key: "at", reason: "\"\(shown)\" is not an RFC 3339 timestamp like 2026-11-20T04:18:00Z"))
        }
        return t ?? Timestamp(secondsSinceEpoch: 0)
    }

    /// The envelope, once the object is read; the version is checked first.
    mutating func envelope() throws(EnvelopeError) -> Envelope {
        guard let v else { throw .missingKey("v") }
        if v > Envelope.currentVersion { throw .newerVersion(v) }
        if let problem { throw problem }
        guard v >= 1 else { throw .invalidValue(key: "v", reason: "unknown format version \(v)") }
        guard let seq else { throw .missingKey("seq") }
        guard let at else { throw .missingKey("at") }
        guard let actor else { throw .missingKey("actor") }
        guard let type else { throw .missingKey("type") }
        guard let prev else { throw .missingKey("prev") }
        return Envelope(v: v, seq: seq, at: at, actor: actor, type: type, prev: prev, payload: JSONObject(payload.take()))
    }
}

/// Key/value pairs gathered in stack memory (spilling to the heap past its
/// capacity), taken out as one exactly-sized array.
struct PairCollector {
    typealias Pair = (key: String, value: JSONValue)
    let stack: UnsafeMutableBufferPointer<Pair>
    var count = 0
    var overflow: [Pair] = []

    init(stack: UnsafeMutableBufferPointer<Pair>) { self.stack = stack }

    var isEmpty: Bool { count == 0 && overflow.isEmpty }

    func contains(_ key: String) -> Bool {
        for i in 0..<count where stack[i].key == key { return true }
        return overflow.contains { $0.key == key }
    }

    mutating func append(_ pair: Pair) {
        if count < stack.count {
            (stack.baseAddress! + count).initialize(to: pair)
            count += 1
        } else {
            overflow.append(pair)
        }
    }

    /// Moves the pairs out.
    mutating func take() -> [Pair] {
        let n = count
        let result = [Pair](unsafeUninitializedCapacity: n + overflow.count) { buffer, initialized in
            if n > 0 { buffer.baseAddress!.moveInitialize(from: stack.baseAddress!, count: n) }
            for (k, pair) in overflow.enumerated() { (buffer.baseAddress! + n + k).initialize(to: pair) }
            initialized = n + overflow.count
        }
        count = 0
        overflow = []
        return result
    }

    /// Releases whatever was not taken.
    mutating func discard() {
        if count > 0 { stack.baseAddress!.deinitialize(count: count) }
        count = 0
    }
}
