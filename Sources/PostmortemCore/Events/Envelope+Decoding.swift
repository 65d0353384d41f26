extension Envelope {
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
    /// This is the journal reader's hot path: the JSON parser's one object
    /// loop with an `EnvelopeReader`, which recognises the envelope keys by
    /// their bytes, parses `at` without building a `String`, and parses
    /// everything else as payload.
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
