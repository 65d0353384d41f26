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
    public static func decode(buffer: UnsafeBufferPointer<UInt8>) throws(EnvelopeError) -> Envelope {
        var parser = JSONParser(buffer)
        let parsed: JSONObject?
        do {
            parsed = try parser.parseObjectDocument()
        } catch {
            throw .json(error)
        }
        guard let object = parsed else {
            // Not an object: say what it is, or why it is not JSON at all.
            do {
                _ = try JSONCodec.decode(buffer)
            } catch {
                throw .json(error)
            }
            throw .notAnObject
        }
        return try from(object: object)
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

    /// The canonical `YYYY-MM-DDTHH:MM:SSZ` parsed straight from bytes; any
    /// other RFC 3339 form through `Timestamp(rfc3339:)`.
    static func parseTimestamp(_ s: String) -> Timestamp? {
        var s = s
        let fast: Timestamp?? = s.withUTF8 { b -> Timestamp?? in
            guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
                  b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z")
            else { return .none }
            func num(_ i: Int, _ n: Int) -> Int? {
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
            else { return .some(nil) }
            return .some(day.start.adding(seconds: Int64(h * 3600 + mi * 60 + min(se, 59))))
        }
        if let fast { return fast }
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
