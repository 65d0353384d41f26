/// Durations and numbers.
extension AnswerParser {
    static let durationHint = "Use a duration such as 90m, 1h30m, 2h, 45 min, 1:30 (hours:minutes) or 3d"

    static let durationUnits: [(names: [String], seconds: Double)] = [
        (["s", "sec", "secs", "second", "seconds"], 1), (["m", "min", "mins", "minute", "minutes"], 60),
        (["h", "hr", "hrs", "hour", "hours"], 3600), (["d", "day", "days"], 86_400), (["w", "wk", "wks", "week", "weeks"], 604_800),
    ]

    /// `90m`, `1h30m`, `1h30` (minutes after hours need no unit), `1h 30m`, `2 hours`, `45 min`, `1.5h`,
    /// `1:30`, `1:30:15`, `3d`, `1w`, `30s`.
    func duration(_ raw: String) throws -> Int64 {
        let text = raw.lowercased()
        if text.contains(":") { return try clockDuration(text) }
        var chars = Substring(text)
        var total = 0.0
        var lastUnitSeconds: Double?
        func skipFiller() {
            while true {
                while let c = chars.first, c == " " || c == "," || c == "\t" { chars.removeFirst() }
                if chars.hasPrefix("and ") { chars.removeFirst(4) } else { return }
            }
        }
        skipFiller()
        while !chars.isEmpty {
            let numberText = chars.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !numberText.isEmpty, let amount = Double(numberText) else { throw AnswerError(Self.durationHint) }
            chars.removeFirst(numberText.count)
            while chars.first == " " { chars.removeFirst() }
            let unitText = chars.prefix { $0.isLetter }
            guard !unitText.isEmpty else {
                // `1h30`: a last whole number under 60 after the hours is the minutes.
                if chars.isEmpty, lastUnitSeconds == 3600, let minutes = Int(numberText), minutes < 60 {
                    total += Double(minutes) * 60
                    break
                }
                if lastUnitSeconds == nil && chars.isEmpty {
                    throw AnswerError("Add a unit: \(numberText)m for minutes or \(numberText)h for hours (e.g. 90m, 1h30m, 2h, 1:30)")
                }
                throw AnswerError(Self.durationHint)
            }
            guard let unit = Self.durationUnits.first(where: { $0.names.contains(String(unitText)) }) else {
                throw AnswerError(Self.durationHint)
            }
            chars.removeFirst(unitText.count)
            total += amount * unit.seconds
            lastUnitSeconds = unit.seconds
            skipFiller()
        }
        guard lastUnitSeconds != nil else { throw AnswerError(Self.durationHint) }
        return Int64(total.rounded())
    }

    /// `H:MM` or `H:MM:SS`.
    private func clockDuration(_ text: String) throws -> Int64 {
        let pieces: [Substring] = text.split(separator: ":", omittingEmptySubsequences: false)
        let parts = pieces.map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }),
              parts.dropFirst().allSatisfy({ $0! < 60 }), pieces.dropFirst().allSatisfy({ $0.count == 2 })
        else { throw AnswerError(Self.durationHint) }
        let p = parts.map { Int64($0!) }
        return p[0] * 3600 + p[1] * 60 + (p.count == 3 ? p[2] : 0)
    }

    static let numberHint = "Type a number, e.g. 12000, 12,000 or 2.5"

    static let negativeNumberMessage = "Type 0 or more: a number here is a count or an amount, e.g. 12000 (say in the text when it is a drop or a loss)"

    /// An integer or decimal, 0 or more; `12,000` (commas grouping thousands) is fine; no units, no `%`.
    /// Negative numbers are refused: the numbers a post-mortem asks for are counts and amounts.
    func number(_ raw: String) throws -> Double {
        var text = raw
        if text.hasSuffix("%") {
            let bare = TemplateText.trim(text.dropLast())
            throw AnswerError("Type the number without the % sign, e.g. \(bare.isEmpty ? "35" : bare) (say what it is a percentage of in the text)")
        }
        var sign = ""
        if let first = text.first, first == "-" || first == "+" { sign = String(first); text.removeFirst() }
        var mantissa = Substring(text), exponent = ""
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]; exponent = String(text[e...])
            let digits = exponent.dropFirst().drop { $0 == "+" || $0 == "-" }
            guard exponent.dropFirst().prefix(1).allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "+" || $0 == "-") }),
                  !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw AnswerError(Self.numberHint) }
        }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), !pieces[0].isEmpty || pieces.count == 2 else { throw AnswerError(Self.numberHint) }
        let whole = pieces[0]
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }), !(whole.isEmpty && fraction.isEmpty) else { throw AnswerError(Self.numberHint) }
        var digits = ""
        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
            else { throw AnswerError(Self.joined("Commas must group thousands", Self.numberHint)) }
            digits = groups.joined()
        } else {
            guard whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw AnswerError(Self.numberHint) }
            digits = String(whole)
        }
        let normalized = sign + (digits.isEmpty ? "0" : digits) + (pieces.count == 2 ? "." + fraction : "") + exponent
        guard let value = Double(normalized), value.isFinite else { throw AnswerError(Self.numberHint) }
        guard value >= 0 else { throw AnswerError(Self.negativeNumberMessage) }
        return value == 0 ? 0 : value  // `-0` is 0
    }
}
