/// Finds people in tokenised text: known people (full names, each part of a name, handles made from
/// a name) and likely first names nobody listed. The projection replaces what it finds; the scan of
/// the projection reports anything it still finds, so both use this one matcher.
struct PersonNames {
    struct Name {
        var display: String
        /// Folded words of the name.
        var parts: [String]
        var role: String
        /// Everyday words, two-letter names and system words match only when capitalised: "Mark", not "mark".
        var capitalisedOnly: Bool
    }

    /// One person found: tokens `start..<end` and what replaces them.
    struct Hit {
        var start: Int
        var end: Int
        var replacement: String
        /// For the scan: "names Sam Okafor", "may name a person: John".
        var description: String
        var isRole: Bool
    }

    var names: [Name] = []
    /// Folded handle (`sokafor`, `sam.okafor`) -> (person, role).
    var handles: [String: (display: String, role: String)] = [:]
    /// Folded name parts that may be matched inside compound words (`sokafor-test`, `chen_backup`).
    var compoundParts: [String: (display: String, role: String)] = [:]

    static let unknownRole = "an engineer"
    static let honorifics: Set<String> = ["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sir", "Dame"]
    /// First names in the coach's lexicon that are far more often ordinary words at the start of a sentence.
    static let ambiguousFirstNames: Set<String> = ["can", "per", "min", "ping", "jan", "jun"]
    /// A capitalised first name right before one of these is a product or system ("Julia runtime", "Amber alert").
    static let systemNouns: Set<String> = [
        "cluster", "clusters", "server", "servers", "service", "database", "databases", "db", "api", "apis", "queue", "queues",
        "pipeline", "pipelines", "bucket", "buckets", "region", "regions", "instance", "instances", "library", "framework",
        "package", "module", "plugin", "bot", "dashboard", "dashboards", "project", "repo", "repository", "app", "application",
        "engine", "shard", "shards", "replica", "replicas", "container", "containers", "pod", "pods", "runtime", "sdk", "cli",
        "endpoint", "endpoints", "skill", "language", "compiler", "node", "nodes", "alert", "alerting", "job", "cron", "cache",
        "proxy", "gateway", "schema", "table", "index", "topic", "stream", "feature", "flag", "mode", "protocol", "format", "release",
    ]

    /// `people`: each person once (full name as written) with the role that replaces them.
    init(people: [(name: String, role: String)]) {
        var seen = Set<String>()
        func addName(_ display: String, _ parts: [String], _ role: String) {
            let key = parts.joined(separator: " ")
            guard !parts.isEmpty, seen.insert(key).inserted else { return }
            let single = parts.count == 1
            names.append(Name(display: display, parts: parts, role: role, capitalisedOnly: single && Self.needsCapital(parts[0])))
        }
        for (person, role) in people {
            let words = Redactor.tokens(person).filter(Redactor.isWord)
            let parts = words.map(Redactor.fold)
            guard !parts.isEmpty, parts.joined().count >= 2 else { continue }
            addName(person, parts, role)
            guard parts.count > 1 else {
                if !Self.needsCapital(parts[0]) { compoundParts[parts[0]] = compoundParts[parts[0]] ?? (person, role) }
                continue
            }
            // Each part alone: "Okafor", "Sam", and (capitalised only) "Mark", "Wu".
            for (word, part) in zip(words, parts) where part.count >= 2 && !Redactor.isInitials(word) {
                addName(word, [part], role)
                if !Self.needsCapital(part) { compoundParts[part] = compoundParts[part] ?? (person, role) }
            }
            for handle in Self.handles(parts) where handles[handle] == nil { handles[handle] = (person, role) }
        }
        // Longest first, so "Sam Okafor" is replaced before "Sam".
        names.sort { ($0.parts.count, $0.parts.joined().count) > ($1.parts.count, $1.parts.joined().count) }
    }

    static func needsCapital(_ part: String) -> Bool {
        part.count <= 2 || ExternalProjection.everydayWords.contains(part) || Lex.nonPeople.contains(part) || Lex.roles.contains(part)
    }

    /// Handles people are given from their names: sam.okafor, sam_okafor, sam-okafor, samokafor, sokafor,
    /// s.okafor, samo, okafor.sam, okaforsam, okafors (and the same with every part for longer names).
    static func handles(_ parts: [String]) -> Set<String> {
        let letters = parts.map { $0.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
        guard letters.count > 1, let first = letters.first, let last = letters.last else { return [] }
        var out = Set<String>()
        for sep in ["", ".", "_", "-"] {
            out.insert(first + sep + last)
            out.insert(last + sep + first)
            out.insert(letters.joined(separator: sep))
            out.insert(String(first.prefix(1)) + sep + last)
            if sep != "" { out.insert(first + sep + String(last.prefix(1))) }
        }
        // firstl / lastf only when they cannot be an everyday word ("grants" for Grant Smith).
        for h in [first + String(last.prefix(1)), last + String(first.prefix(1))] where !needsCapital(first) && !needsCapital(last) {
            out.insert(h)
        }
        return out.filter { $0.count >= 3 && !needsCapital($0) && !Lex.firstNames.contains($0) }
    }

    // MARK: Finding

    /// Every person in `tokens`, left to right, not overlapping.
    func hits(in tokens: [String]) -> [Hit] {
        let folded = tokens.map { Redactor.isWord($0) ? Redactor.fold($0) : $0 }
        var hits: [Hit] = []
        var i = 0
        while i < tokens.count {
            guard Redactor.isWord(tokens[i]), var hit = known(tokens, folded, at: i) ?? handle(tokens, folded, at: i)
                ?? compound(tokens, folded, at: i) ?? honorific(tokens, at: i) ?? unknown(tokens, folded, at: i)
            else { i += 1; continue }
            swallowInitials(tokens, &hit, after: hits.last?.end ?? 0)
            hits.append(hit)
            i = hit.end
        }
        return hits
    }

    /// The tokens with every person replaced; the same role twice in a row ("Sam J. Okafor") is said once.
    func replace(in tokens: [String]) -> String {
        var out: [(text: String, role: Bool)] = []
        var i = 0
        for hit in hits(in: tokens) {
            out += tokens[i..<hit.start].map { ($0, false) }
            if hit.isRole, out.count >= 2, out[out.count - 1].role == false, Redactor.isSpace(out[out.count - 1].text),
               out[out.count - 2].role, out[out.count - 2].text == hit.replacement {
                out.removeLast()
            } else {
                out.append((hit.replacement, hit.isRole))
            }
            i = hit.end
        }
        out += tokens[i...].map { ($0, false) }
        return out.map(\.text).joined()
    }

    private func known(_ tokens: [String], _ folded: [String], at i: Int) -> Hit? {
        for name in names {
            var j = i
            var possessive = false
            var matched = true
            for (n, part) in name.parts.enumerated() {
                guard j < tokens.count, Redactor.isWord(tokens[j]) else { matched = false; break }
                var word = folded[j]
                if n == name.parts.count - 1 {
                    let (stem, isPossessive) = Redactor.stem(tokens[j])
                    if word != part, isPossessive, stem == part { word = stem; possessive = true }
                    // "Sam2", "okafor01": a name with digits after it.
                    if word != part, !name.capitalisedOnly, word.first?.isLetter == true {
                        let letters = String(word.reversed().drop(while: \.isNumber).reversed())
                        if letters == part { word = letters }
                    }
                }
                guard word == part else { matched = false; break }
                if name.capitalisedOnly, !Redactor.isCapitalised(tokens[j]) { matched = false; break }
                j += 1
                if n < name.parts.count - 1 {
                    guard j < tokens.count, Redactor.isSpace(tokens[j]) else { matched = false; break }
                    j += 1
                }
            }
            if matched {
                return Hit(start: i, end: j, replacement: name.role + (possessive ? "'s" : ""), description: "names \(name.display)", isRole: true)
            }
        }
        return nil
    }

    private func handle(_ tokens: [String], _ folded: [String], at i: Int) -> Hit? {
        let (stem, possessive) = Redactor.stem(tokens[i])
        let letters = String(stem.reversed().drop(while: \.isNumber).reversed())
        guard let person = handles[stem] ?? handles[letters] else { return nil }
        return Hit(start: i, end: i + 1, replacement: person.role + (possessive ? "'s" : ""), description: "has \(tokens[i]), a handle of \(person.display)", isRole: true)
    }

    /// A compound word with a name part or handle in it: `sokafor-test`, `chen_backup.sql`, `S.Okafor`.
    private func compound(_ tokens: [String], _ folded: [String], at i: Int) -> Hit? {
        let word = folded[i]
        guard word.contains(where: { $0 == "." || $0 == "-" || $0 == "_" || $0 == "@" }) else { return nil }
        let pieces = word.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" || $0 == "@" }).map { piece -> String in
            let s = String(piece)
            return s.hasSuffix("'s") && s.count > 2 ? String(s.dropLast(2)) : s
        }
        let original = tokens[i].split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" || $0 == "@" })
        for piece in pieces {
            let letters = String(piece.reversed().drop(while: \.isNumber).reversed())
            if let person = compoundParts[piece] ?? compoundParts[letters] ?? handles[piece] ?? handles[letters] {
                return Hit(start: i, end: i + 1, replacement: "[name removed]", description: "has \(tokens[i]), which names \(person.display)", isRole: false)
            }
        }
        // A hyphenated given name nobody listed: "Mary-Jane", "Jean-Luc".
        let caps = original.allSatisfy { Redactor.isTitleCase(String($0)) }
        if caps, original.count > 1, !word.contains("."), pieces.contains(where: { Lex.firstNames.contains($0) && !Self.ambiguousFirstNames.contains($0) }) {
            return Hit(start: i, end: i + 1, replacement: Self.unknownRole, description: "may name a person: \(tokens[i])", isRole: true)
        }
        return nil
    }

    /// "Dr. Patel", "Ms Okafor".
    private func honorific(_ tokens: [String], at i: Int) -> Hit? {
        guard Self.honorifics.contains(tokens[i]), i + 2 < tokens.count else { return nil }
        let sep = tokens[i + 1]
        guard sep == "." || Redactor.isSpace(sep) || sep.hasPrefix(".") && Redactor.isSpace(String(sep.dropFirst())),
              Redactor.isTitleCase(tokens[i + 2]) || Redactor.isCapitalised(tokens[i + 2]) && tokens[i + 2].count > 1 else { return nil }
        return Hit(start: i, end: i + 3, replacement: Self.unknownRole, description: "may name a person: \(tokens[i])\(sep)\(tokens[i + 2])", isRole: true)
    }

    /// A capitalised word in the first-name lexicon (all capitals from four letters), unless a system noun follows it ("Julia runtime"),
    /// with the capitalised word after it taken as a surname ("John Smith").
    private func unknown(_ tokens: [String], _ folded: [String], at i: Int) -> Hit? {
        let token = tokens[i]
        let (stem, possessive) = Redactor.stem(token)
        // "John", and "JOHN" from four letters on (three capitals are too often an acronym: SAM, LEO, EVA).
        let shouting = token.count >= 4 && token.allSatisfy { $0.isUppercase || $0 == "'" || $0 == "\u{2019}" }
            && token.contains { $0.isLetter }
        guard Redactor.isTitleCase(token) || shouting && stem.count >= 4 else { return nil }
        guard Lex.firstNames.contains(stem), !Self.ambiguousFirstNames.contains(stem), !Lex.nonPeople.contains(stem),
              !Lex.roles.contains(stem) else { return nil }
        if !possessive, i + 2 < tokens.count, Redactor.isSpace(tokens[i + 1]), Redactor.isWord(tokens[i + 2]) {
            let next = folded[i + 2]
            if Self.systemNouns.contains(next) { return nil }
            // "Julia 1.10": a product and its version.
            if next.first?.isNumber == true, next.contains(".") { return nil }
        }
        var end = i + 1
        var description = token
        var isPossessive = possessive
        // A surname: the capitalised word right after ("John Smith", "Priya O'Neil's").
        if !possessive, end + 1 < tokens.count, Redactor.isSpace(tokens[end]), Redactor.isTitleCase(tokens[end + 1]) {
            let (next, nextPossessive) = Redactor.stem(tokens[end + 1])
            if !Lex.nonPeople.contains(next), !Lex.roles.contains(next), !Self.systemNouns.contains(next),
               tokens[end + 1].allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" || $0 == "\u{2019}" }) {
                description += " " + tokens[end + 1]
                end += 2
                isPossessive = nextPossessive
            }
        }
        return Hit(start: i, end: end, replacement: Self.unknownRole + (isPossessive ? "'s" : ""), description: "may name a person: \(description)", isRole: true)
    }

    /// Initials next to a name: "S. Okafor", "J.S. Okafor", "J. S. Okafor" before it, "Sam O." after it.
    private func swallowInitials(_ tokens: [String], _ hit: inout Hit, after floor: Int) {
        guard hit.isRole else { return }
        // Before: initials, then ". " or a space (a lone letter with a space only when it cannot be "A" or "I").
        while hit.start - 2 >= floor {
            let sep = tokens[hit.start - 1], initials = tokens[hit.start - 2]
            guard Redactor.isInitials(initials) else { break }
            let dotted = sep.first == "." && Redactor.isSpace(String(sep.dropFirst())) || sep == "."
            let spaced = Redactor.isSpace(sep) && (initials.count > 1 || initials != "A" && initials != "I")
            guard dotted || spaced else { break }
            hit.start -= 2
        }
        // After: " O." — the dot goes with the initial when the sentence goes on in lowercase; it stays when the
        // text or line ends there. Before a capital the initial is left (it may start the next name: "Sam S. Okafor").
        let e = hit.end
        guard !hit.replacement.hasSuffix("'s"), e + 2 < tokens.count, Redactor.isSpace(tokens[e]), Redactor.isInitials(tokens[e + 1]),
              tokens[e + 2].first == "." else { return }
        let sep = tokens[e + 2]
        let rest = sep.dropFirst()
        if e + 3 >= tokens.count || rest.contains(where: \.isNewline) {
            hit.replacement += sep
        } else if rest.allSatisfy({ $0.isWhitespace }), !rest.isEmpty, tokens[e + 3].first?.isLowercase == true {
            hit.replacement += rest
        } else {
            return
        }
        hit.end = e + 3
    }
}
