/// One journal line: the six envelope fields every event has, then the
/// event's own payload keys.
///
/// On disk a line is compact JSON with the envelope keys first:
/// `{"v":1,"seq":0,"at":"2026-11-20T04:18:00Z","actor":"ana","type":"created","prev":"",...payload}`.
/// `prev` is the lowercase hex SHA-256 of the previous line's exact bytes
/// (without its newline), `""` for seq 0. Hashing is the store's job; this
/// type only encodes and decodes (the core does no I/O and reads no clock).
public struct Envelope: Sendable, Equatable {
    /// The journal format version this program writes.
    public static let currentVersion = 1
    /// Keys the envelope owns; a payload must not use them.
    public static let reservedKeys: Set<String> = ["v", "seq", "at", "actor", "type", "prev"]

    public var v: Int
    public var seq: Int
    public var at: Timestamp
    public var actor: String
    public var type: String
    /// Hex SHA-256 of the previous line's bytes, `""` for seq 0.
    public var prev: String
    /// Every other key of the line, in order.
    public var payload: JSONObject

    public init(v: Int = Envelope.currentVersion, seq: Int, at: Timestamp, actor: String, type: String,
                prev: String, payload: JSONObject = JSONObject()) {
        self.v = v
        self.seq = seq
        self.at = at
        self.actor = actor
        self.type = type
        self.prev = prev
        self.payload = payload
    }

    // MARK: Encoding

    /// The line's bytes, without the trailing newline. Payload keys that
    /// collide with envelope keys are the caller's mistake (`Journal.append`
    /// refuses them); they would make the line unreadable.
    public func encodedLine() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(160 + actor.utf8.count + type.utf8.count)
        encodeLine(into: &out)
        return out
    }

    /// Appends the line's bytes (no newline) to `out`.
    public func encodeLine(into out: inout [UInt8]) {
        out.append(contentsOf: #"{"v":"#.utf8)
        JSONCodec.encode(integer: Int64(v), into: &out)
        out.append(contentsOf: #","seq":"#.utf8)
        JSONCodec.encode(integer: Int64(seq), into: &out)
        out.append(contentsOf: #","at":""#.utf8)
        Envelope.appendTimestamp(at, into: &out)
        out.append(contentsOf: #"","actor":"#.utf8)
        JSONCodec.encode(string: actor, into: &out)
        out.append(contentsOf: #","type":"#.utf8)
        JSONCodec.encode(string: type, into: &out)
        out.append(contentsOf: #","prev":"#.utf8)
        JSONCodec.encode(string: prev, into: &out)
        for pair in payload.pairs {
            out.append(UInt8(ascii: ","))
            JSONCodec.encode(string: pair.key, into: &out)
            out.append(UInt8(ascii: ":"))
            JSONCodec.encode(pair.value, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, written without building a String.
    static func appendTimestamp(_ t: Timestamp, into out: inout [UInt8]) {
        let (year, month, day) = t.day.components
        let s = t.secondOfDay
        if (0...9999).contains(year) {
            out.append(UInt8(ascii: "0") + UInt8(year / 1000))
            out.append(UInt8(ascii: "0") + UInt8(year / 100 % 10))
            out.append(UInt8(ascii: "0") + UInt8(year / 10 % 10))
            out.append(UInt8(ascii: "0") + UInt8(year % 10))
            func two(_ n: Int) {
                out.append(UInt8(ascii: "0") + UInt8(n / 10))
                out.append(UInt8(ascii: "0") + UInt8(n % 10))
            }
            out.append(UInt8(ascii: "-")); two(month)
            out.append(UInt8(ascii: "-")); two(day)
            out.append(UInt8(ascii: "T")); two(s / 3600)
            out.append(UInt8(ascii: ":")); two(s / 60 % 60)
            out.append(UInt8(ascii: ":")); two(s % 60)
            out.append(UInt8(ascii: "Z"))
        } else {
            out.append(contentsOf: t.rfc3339.utf8)
        }
    }

    // MARK: Decoding

    /// Decodes one line (without its newline). Keys may come in any order;
    /// the six envelope keys are required with their JSON types.
    public static func decode(line: some Collection<UInt8>) throws(EnvelopeError) -> Envelope {
        let fast: Result<Envelope, EnvelopeError>? = line.withContiguousStorageIfAvailable { buffer in
            Result { () throws(EnvelopeError) -> Envelope in try decode(buffer: buffer) }
        }
        if let fast { return try fast.get() }
        let copy = Array(line)
        let result: Result<Envelope, EnvelopeError> = copy.withUnsafeBufferPointer { buffer in
            Result { () throws(EnvelopeError) -> Envelope in try decode(buffer: buffer) }
        }
        return try result.get()
    }

    /// Decodes one line (without its newline) from a byte buffer.
    ///
    /// This is the journal reader's hot path: it walks the top-level object
    /// itself, recognising the envelope keys by their bytes and parsing `at`
    /// without building a `String`, and hands everything else to the JSON
    /// parser as payload.
    public static func decode(buffer: UnsafeBufferPointer<UInt8>) throws(EnvelopeError) -> Envelope {
        var parser = JSONParser(buffer)
        do {
            if let envelope = try parser.parseEnvelope() { return envelope }
        } catch let error as JSONParseError {
            throw .json(error)
        } catch let error as EnvelopeError {
            throw error
        } catch {
            throw .notAnObject
        }
        // Not an object: say what it is, or why it is not JSON at all.
        do {
            _ = try JSONCodec.decode(buffer)
        } catch {
            throw .json(error)
        }
        throw .notAnObject
    }

    /// Splits a decoded JSON object into envelope fields and payload.
    public static func from(object: JSONObject) throws(EnvelopeError) -> Envelope {
        var v: Int?, seq: Int?, at: Timestamp?, actor: String?, type: String?, prev: String?
        var payload: [(key: String, value: JSONValue)] = []
        payload.reserveCapacity(max(0, object.pairs.count - 6))
        for (key, value) in object.pairs {
            switch key {
            case "v":
                guard case .number(let d) = value, let n = exactInt(d) else {
                    throw .wrongType(key: "v", expected: "an integer", found: value)
                }
                v = n
            case "seq":
                guard case .number(let d) = value, let n = exactInt(d) else {
                    throw .wrongType(key: "seq", expected: "an integer", found: value)
                }
                guard n >= 0 else { throw .invalidValue(key: "seq", reason: "must not be negative, found \(n)") }
                seq = n
            case "at":
                guard case .string(let s) = value else {
                    throw .wrongType(key: "at", expected: "an RFC 3339 UTC timestamp string", found: value)
                }
                guard let t = parseTimestamp(s) else {
                    throw .invalidValue(key: "at", reason: "\"\(s)\" is not an RFC 3339 timestamp like 2026-11-20T04:18:00Z")
                }
                at = t
            case "actor":
                guard case .string(let s) = value else { throw .wrongType(key: "actor", expected: "a string", found: value) }
                actor = s
            case "type":
                guard case .string(let s) = value else { throw .wrongType(key: "type", expected: "a string", found: value) }
                guard !s.isEmpty else { throw .invalidValue(key: "type", reason: "must not be empty") }
                type = s
            case "prev":
                guard case .string(let s) = value else {
                    throw .wrongType(key: "prev", expected: "a hex SHA-256 string", found: value)
                }
                prev = s
            default:
                payload.append((key, value))
            }
        }
        // Check the version first: a newer format may have other required keys.
        guard let v else { throw .missingKey("v") }
        if v > currentVersion { throw .newerVersion(v) }
        guard v >= 1 else { throw .invalidValue(key: "v", reason: "unknown format version \(v)") }
        guard let seq else { throw .missingKey("seq") }
        guard let at else { throw .missingKey("at") }
        guard let actor else { throw .missingKey("actor") }
        guard let type else { throw .missingKey("type") }
        guard let prev else { throw .missingKey("prev") }
        return Envelope(v: v, seq: seq, at: at, actor: actor, type: type, prev: prev, payload: JSONObject(payload))
    }

    private static func exactInt(_ d: Double) -> Int? {
        guard d.rounded(.towardZero) == d, abs(d) < 9_007_199_254_740_992 else { return nil }
        return Int(d)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` exactly, from bytes; nil for anything else.
    static func parseCanonicalTimestamp(_ b: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z")
        else { return nil }
        @inline(__always) func num(_ i: Int, _ n: Int) -> Int? {
            var v = 0
            for k in i..<i + n {
                let d = b[k] &- UInt8(ascii: "0")
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            return v
        }
        guard let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2),
              let se = num(17, 2), h < 24, mi < 60, se < 61, let day = Day(year: y, month: mo, day: d)
        else { return nil }
        return day.start.adding(seconds: Int64(h * 3600 + mi * 60 + min(se, 59)))
    }

    /// The canonical `YYYY-MM-DDTHH:MM:SSZ` parsed straight from bytes; any
    /// other RFC 3339 form through `Timestamp(rfc3339:)`.
    static func parseTimestamp(_ s: String) -> Timestamp? {
        var s = s
        if let t = s.withUTF8({ parseCanonicalTimestamp($0) }) { return t }
        return Timestamp(rfc3339: s)
    }
}

/// Why a line is not a valid journal envelope.
public enum EnvelopeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line is not strict JSON (with the byte offset within the line).
    case json(JSONParseError)
    /// The line is JSON but not an object.
    case notAnObject
    /// A required envelope key is absent.
    case missingKey(String)
    /// An envelope key holds the wrong JSON type.
    case wrongType(key: String, expected: String, found: JSONValue)
    /// An envelope key has the right type but an unusable value.
    case invalidValue(key: String, reason: String)
    /// The line was written in a newer format version than this program knows.
    case newerVersion(Int)

    public var description: String {
        switch self {
        case .json(let e): "not valid JSON: \(e)"
        case .notAnObject: "not a JSON object (every journal line is one object)"
        case .missingKey(let k): "missing the \"\(k)\" key (every line needs v, seq, at, actor, type and prev)"
        case .wrongType(let k, let expected, let found): "\"\(k)\" must be \(expected), found \(Self.kind(found))"
        case .invalidValue(let k, let reason): "\"\(k)\" \(reason)"
        case .newerVersion(let v):
            "format version \(v) is newer than this program's (\(Envelope.currentVersion))"
        }
    }

    static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let b): "\(b)"
        case .number(let d): "the number \(String(decoding: JSONCodec.encode(.number(d)), as: UTF8.self))"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension JSONParser {
    private enum EnvelopeKey { case v, seq, at, actor, type, prev }

    /// The envelope key whose quoted name starts at `index`, if any (then `index` moves past it).
    private mutating func envelopeKey() -> EnvelopeKey? {
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
        return try withUnsafeTemporaryAllocation(of: (key: String, value: JSONValue).self, capacity: 16) { stack in
            var payload = PairCollector(stack: stack)
            defer { payload.discard() }
            return try parseEnvelopeObject(&payload)
        }
    }

    private mutating func parseEnvelopeObject(_ payload: inout PairCollector) throws -> Envelope {
        try enter()
        index += 1
        var v: Int?, seq: Int?, at: Timestamp?, actor: String?, type: String?, prev: String?
        // The first problem with an envelope value; reported after the version check,
        // because a newer format may give these keys other types.
        var problem: EnvelopeError?
        func note(_ e: EnvelopeError) { if problem == nil { problem = e } }

        skipWhitespace()
        var empty = false
        if index < count, byte(index) == UInt8(ascii: "}") {
            index += 1
            empty = true
        }
        while !empty {
            guard index < count, byte(index) == UInt8(ascii: "\"") else {
                throw fail(payload.isEmpty && v == nil && seq == nil && at == nil && actor == nil && type == nil && prev == nil
                    ? "expected a string key or '}', found \(describe(index))"
                    : "expected a string key after ',', found \(describe(index))")
            }
            let keyOffset = index
            let key = envelopeKey()
            var name: String?
            var escapedName = false
            if key == nil {
                switch try scanString() {
                case .plain(let s, let e):
                    name = String(decoding: UnsafeBufferPointer(start: base.unsafelyUnwrapped + s, count: e - s), as: UTF8.self)
                case .escaped(let text):
                    name = text
                    escapedName = true
                }
            }
            skipWhitespace()
            guard index < count, byte(index) == UInt8(ascii: ":") else {
                throw fail("expected ':' after an object key, found \(describe(index))")
            }
            index += 1
            skipWhitespace()
            func duplicate(_ k: String) -> JSONParseError { fail("duplicate key \"\(k)\"", at: keyOffset) }
            switch key {
            case .v, .seq:
                let label = key == .v ? "v" : "seq"
                if (key == .v ? v : seq) != nil { throw duplicate(label) }
                let value = try parseValue()
                var n = -1
                if case .number(let d) = value, d.rounded(.towardZero) == d, abs(d) < 9_007_199_254_740_992 {
                    n = Int(d)
                } else {
                    note(.wrongType(key: label, expected: "an integer", found: value))
                }
                if key == .v { v = n } else {
                    if n < 0, problem == nil, case .number = value {
                        note(.invalidValue(key: "seq", reason: "must not be negative, found \(n)"))
                    }
                    seq = n
                }
            case .at:
                if at != nil { throw duplicate("at") }
                if index < count, byte(index) == UInt8(ascii: "\"") {
                    let text = try scanString()
                    var t: Timestamp?
                    var shown = ""
                    switch text {
                    case .plain(let s, let e):
                        t = Envelope.parseCanonicalTimestamp(UnsafeBufferPointer(start: base.unsafelyUnwrapped + s, count: e - s))
                        if t == nil {
                            shown = String(decoding: UnsafeBufferPointer(start: base.unsafelyUnwrapped + s, count: e - s), as: UTF8.self)
                            t = Timestamp(rfc3339: shown)
                        }
                    case .escaped(let str):
                        shown = str
                        t = Envelope.parseTimestamp(str)
                    }
                    if t == nil {
                        note(.invalidValue(key: "at", reason: "\"\(shown)\" is not an RFC 3339 timestamp like 2026-11-20T04:18:00Z"))
                    }
                    at = t ?? Timestamp(secondsSinceEpoch: 0)
                } else {
                    let value = try parseValue()
                    note(.wrongType(key: "at", expected: "an RFC 3339 UTC timestamp string", found: value))
                    at = Timestamp(secondsSinceEpoch: 0)
                }
            case .actor, .type, .prev:
                let label = key == .actor ? "actor" : key == .type ? "type" : "prev"
                let existing = key == .actor ? actor : key == .type ? type : prev
                if existing != nil { throw duplicate(label) }
                var text = ""
                if index < count, byte(index) == UInt8(ascii: "\"") {
                    text = try parseString()
                } else {
                    let value = try parseValue()
                    let expected = key == .prev ? "a hex SHA-256 string" : "a string"
                    note(.wrongType(key: label, expected: expected, found: value))
                }
                switch key {
                case .actor: actor = text
                case .type:
                    if text.isEmpty, problem == nil, index > 0 { note(.invalidValue(key: "type", reason: "must not be empty")) }
                    type = text
                default: prev = text
                }
            case nil:
                let k = name!
                if escapedName, Envelope.reservedKeys.contains(k) {
                    // An envelope key spelled with escapes: not how we write lines.
                    note(.invalidValue(key: k, reason: "must be written without escapes"))
                }
                if payload.contains(k) { throw duplicate(k) }
                payload.append((k, try parseValue()))
            }
            skipWhitespace()
            guard index < count else { throw fail("expected ',' or '}' in an object, found end of input") }
            let c = byte(index)
            index += 1
            if c == UInt8(ascii: ",") {
                skipWhitespace()
                continue
            }
            if c == UInt8(ascii: "}") { break }
            index -= 1
            throw fail("expected ',' or '}' after an object member, found \(describe(index))")
        }
        depth -= 1
        skipWhitespace()
        if index != count {
            throw fail("expected end of input after the JSON object, found \(describe(index))")
        }
        guard let v else { throw EnvelopeError.missingKey("v") }
        if v > Envelope.currentVersion { throw EnvelopeError.newerVersion(v) }
        if let problem { throw problem }
        guard v >= 1 else { throw EnvelopeError.invalidValue(key: "v", reason: "unknown format version \(v)") }
        guard let seq else { throw EnvelopeError.missingKey("seq") }
        guard let at else { throw EnvelopeError.missingKey("at") }
        guard let actor else { throw EnvelopeError.missingKey("actor") }
        guard let type else { throw EnvelopeError.missingKey("type") }
        guard let prev else { throw EnvelopeError.missingKey("prev") }
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
