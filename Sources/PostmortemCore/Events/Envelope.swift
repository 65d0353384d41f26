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
}
