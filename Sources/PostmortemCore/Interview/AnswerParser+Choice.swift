/// Choice and checklist answers: picking among a field's options.
extension AnswerParser {
    func choiceHint(_ field: Field) -> String {
        let ids = field.options.map(\.id)
        let example = ids.count > 1 ? ids[1] : (ids.first ?? "")
        return "\(TemplateText.humanize(field.id)) is one of \(ids.joined(separator: ", ")) (e.g. \(example))"
    }

    /// An option id or label (any case), a number, or a line starting with the id (`P1 - High`).
    ///
    /// A number means the option of that number when every id is one letter prefix and a number
    /// (`P0`..`P3`, `SEV1`..`SEV4`: `1` is `P1`, `SEV1`); otherwise the nth option, 1...n.
    func choice(_ text: String, _ field: Field) throws -> String {
        let lower = text.lowercased()
        if let option = field.options.first(where: { $0.id.lowercased() == lower || $0.label.lowercased() == lower }) {
            return option.id
        }
        if let n = Int(text) {
            if let numbered = Self.numberedOptions(field.options) {
                guard let option = numbered.first(where: { $0.number == n }) else {
                    throw AnswerError("\(n) is not an option number; use \(Self.describe(numbered.map(\.number))). " + choiceHint(field))
                }
                return option.id
            }
            guard (1...field.options.count).contains(n) else {
                throw AnswerError("\(n) is not an option number; use 1-\(field.options.count). " + choiceHint(field))
            }
            return field.options[n - 1].id
        }
        let firstWord = lower.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" || $0 == "(" || $0 == "," }).first.map(String.init) ?? ""
        if let option = field.options.first(where: { $0.id.lowercased() == firstWord }) { return option.id }
        throw AnswerError(choiceHint(field))
    }

    /// The options with their numbers when every id is the same letters (any case) followed by
    /// a distinct number, e.g. `P0`..`P3`; nil otherwise.
    static func numberedOptions(_ options: [ChecklistItem]) -> [(id: String, number: Int)]? {
        var prefix: String?
        var result: [(id: String, number: Int)] = []
        for option in options {
            let letters = option.id.prefix { $0.isASCII && $0.isLetter }
            let digits = option.id.dropFirst(letters.count)
            guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(digits), !result.contains(where: { $0.number == number }) else { return nil }
            if let prefix, prefix != letters.lowercased() { return nil }
            prefix = letters.lowercased()
            result.append((option.id, number))
        }
        return result.isEmpty ? nil : result
    }

    /// `0-3` for consecutive numbers, else `1, 2, 5`.
    private static func describe(_ numbers: [Int]) -> String {
        let sorted = numbers.sorted()
        if let first = sorted.first, let last = sorted.last, last - first == sorted.count - 1, sorted.count > 1 {
            return "\(first)-\(last)"
        }
        return sorted.map(String.init).joined(separator: ", ")
    }

    static func checklistHint(_ field: Field) -> String {
        let ids = field.options.map(\.id)
        let example = ids.count > 2 ? "1, 3 or \(ids[0]), \(ids[2])" : "1 or \(ids.first ?? "")"
        let which = ids.count <= 10 ? "ids (\(ids.joined(separator: ", ")))" : "their ids"
        return "type option numbers 1-\(ids.count) or \(which) separated by commas, e.g. \(example), or none"
    }

    /// Option ids, labels or numbers, comma- or line-separated; `none` for nothing. Kept in the template's order.
    func checklist(_ lines: [String], _ field: Field) throws -> [String] {
        var chosen: Set<String> = []
        var sawNone = false, sawItem = false
        for (index, line) in lines.enumerated() {
            for part in AnswerText.stripBullet(TemplateText.trim(line)).split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let token = AnswerText.stripBullet(TemplateText.trim(part))
                guard !token.isEmpty else { continue }
                let lower = token.lowercased()
                if lower == "none" { sawNone = true; continue }
                sawItem = true
                if let n = Int(token) {
                    guard (1...field.options.count).contains(n) else {
                        throw AnswerError("line \(index + 1): \(n) is not an option number; " + Self.checklistHint(field))
                    }
                    chosen.insert(field.options[n - 1].id)
                } else if let option = field.options.first(where: { $0.id.lowercased() == lower || $0.label.lowercased() == lower }) {
                    chosen.insert(option.id)
                } else {
                    let hint = TemplateText.closest(lower, in: field.options.map(\.id)).map { "did you mean \($0)? " } ?? ""
                    throw AnswerError("line \(index + 1): \"\(token)\" is not one of the options; \(hint)" + Self.checklistHint(field))
                }
            }
        }
        if sawNone && sawItem { throw AnswerError("none means nothing applies; type either none or the options, not both") }
        guard sawNone || sawItem else { throw AnswerError("Nothing checked: " + Self.checklistHint(field)) }
        return field.options.map(\.id).filter(chosen.contains)
    }
}
