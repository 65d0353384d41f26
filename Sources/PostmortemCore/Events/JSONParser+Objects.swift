/// Receives the members of an object from `JSONParser.parseMembers(into:)`,
/// the one loop over `{"key":value,...}` that both generic objects and journal
/// envelopes use.
protocol JSONMemberHandler {
    /// Reads the key at the parser's index (its opening quote), up to before the `:`.
    mutating func readKey(_ parser: inout JSONParser, keyOffset: Int) throws(JSONParseError)
    /// Reads the value at the parser's index (after the `:` and any whitespace).
    mutating func readValue(_ parser: inout JSONParser, keyOffset: Int) throws(JSONParseError)
}

extension JSONParser {
    /// Parses an object from its `{` (at `index`) to its `}`: the separators,
    /// strictly, and the nesting depth here; each key and value by `handler`.
    @inline(__always)
    mutating func parseMembers<Handler: JSONMemberHandler>(into handler: inout Handler) throws(JSONParseError) {
        try enter()
        defer { depth -= 1 }
        index += 1  // '{'
        skipWhitespace()
        if index < count, byte(index) == UInt8(ascii: "}") {
            index += 1
            return
        }
        var first = true
        while true {
            guard index < count, byte(index) == UInt8(ascii: "\"") else {
                throw fail(first
                    ? "expected a string key or '}', found \(describe(index))"
                    : "expected a string key after ',', found \(describe(index))")
            }
            first = false
            let keyOffset = index
            try handler.readKey(&self, keyOffset: keyOffset)
            skipWhitespace()
            guard index < count, byte(index) == UInt8(ascii: ":") else {
                throw fail("expected ':' after an object key, found \(describe(index))")
            }
            index += 1
            skipWhitespace()
            try handler.readValue(&self, keyOffset: keyOffset)
            skipWhitespace()
            guard index < count else { throw fail("expected ',' or '}' in an object, found end of input") }
            let c = byte(index)
            index += 1
            if c == UInt8(ascii: ",") {
                skipWhitespace()
                continue
            }
            if c == UInt8(ascii: "}") { return }
            index -= 1
            throw fail("expected ',' or '}' after an object member, found \(describe(index))")
        }
    }
}

/// Builds a `JSONObject`, refusing duplicate keys (they make a line ambiguous).
struct ObjectBuilder: JSONMemberHandler {
    var pairs: [(key: String, value: JSONValue)] = []
    private var seen: Set<String>?
    private var key = ""

    mutating func readKey(_ parser: inout JSONParser, keyOffset: Int) throws(JSONParseError) {
        let key = try parser.parseString()
        // A linear search is faster for the few keys most objects have.
        if seen == nil && pairs.count >= 16 { seen = Set(pairs.map(\.key)) }
        let duplicate = seen.map { $0.contains(key) } ?? pairs.contains(where: { $0.key == key })
        if duplicate { throw parser.fail("duplicate key \"\(key)\"", at: keyOffset) }
        seen?.insert(key)
        self.key = key
    }

    mutating func readValue(_ parser: inout JSONParser, keyOffset: Int) throws(JSONParseError) {
        pairs.append((key, try parser.parseValue()))
    }
}
