import Foundation
import Testing
@testable import PostmortemCore

/// The coaching corpus: sentences with the finding they should produce (or none), split into a dev half
/// (used while writing the rules) and a held-out half (only measured). `scripts/coach-metrics` prints these figures.
struct CoachCorpus {
    struct Case { var split: String; var role: TextRole; var expected: String?; var sentence: String; var file: String; var line: Int }

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("coach-corpus")
    }

    static func load(from directory: URL = directory) throws -> [Case] {
        var out: [Case] = []
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
        let base = isDirectory.boolValue ? directory : directory.deletingLastPathComponent()
        let files = isDirectory.boolValue
            ? try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tsv") }.sorted()
            : [directory.lastPathComponent]
        for f in files {
            let text = try String(contentsOf: base.appendingPathComponent(f), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                let parts = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 4, let role = TextRole(rawValue: parts[1]) else {
                    Issue.record("\(f):\(n + 1): malformed corpus line"); continue
                }
                out.append(Case(split: parts[0], role: role, expected: parts[2] == "-" ? nil : parts[2], sentence: parts[3], file: f, line: n + 1))
            }
        }
        return out
    }

    struct Score {
        var strict = 0
        var flagged = 0, caught = 0, clean = 0, falseAlarms = 0, withBetter = 0, findings = 0
        var perCheck: [String: (n: Int, caught: Int)] = [:]
        var perCheckFalse: [String: Int] = [:]
        var misses: [String] = []
        var recall: Double { flagged == 0 ? 1 : Double(caught) / Double(flagged) }
        var falsePositiveRate: Double { clean == 0 ? 0 : Double(falseAlarms) / Double(clean) }
    }

    static func score(_ cases: [Case], coach: Coach = Coach()) -> Score {
        var s = Score()
        for c in cases {
            let found = coach.review(c.sentence, role: c.role)
            s.findings += found.count
            s.withBetter += found.filter { !$0.better.isEmpty && !$0.message.isEmpty && !$0.why.isEmpty }.count
            if let e = c.expected {
                s.flagged += 1
                var pc = s.perCheck[e] ?? (0, 0)
                pc.n += 1
                // a finding of the same family counts: the issue groups blame with loaded words, counterfactuals with hindsight,
                // and the 5 Whys checks with the surface cause
                let family = CoachCorpus.family(e)
                if found.contains(where: { CoachCorpus.family($0.check) == family }) { s.caught += 1; pc.caught += 1 }
                if found.contains(where: { $0.check == e }) { s.strict += 1 }
                else if found.contains(where: { CoachCorpus.family($0.check) == family }) { s.misses.append("SAME-FAMILY \(c.file):\(c.line) expected \(e), got \(found.map(\.check)): \(c.sentence)") }
                else { s.misses.append("MISS \(c.file):\(c.line) [\(c.role.rawValue)] expected \(e), got \(found.map(\.check)): \(c.sentence)") }
                s.perCheck[e] = pc
            } else {
                s.clean += 1
                if !found.isEmpty {
                    s.falseAlarms += 1
                    for f in found { s.perCheckFalse[f.check, default: 0] += 1 }
                    s.misses.append("FALSE \(c.file):\(c.line) [\(c.role.rawValue)] got \(found.map { "\($0.check) «\($0.excerpt)»" }): \(c.sentence)")
                }
            }
        }
        return s
    }

    static func family(_ check: String) -> String {
        switch check {
        case "blame", "loaded-word": "blame"
        case "counterfactual", "hindsight": "counterfactual"
        case "surface-cause", "short-whys", "whys-ends-at-person": "surface-cause"
        default: check
        }
    }

    static func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    static func report(_ name: String, _ s: Score) -> String {
        var lines = ["coach-metrics \(name): recall \(pct(s.recall)) (\(s.caught)/\(s.flagged) flagged sentences), false-positive rate \(pct(s.falsePositiveRate)) (\(s.falseAlarms)/\(s.clean) clean sentences), better phrasing on \(s.withBetter)/\(s.findings) findings; exact check id on \(s.strict)/\(s.flagged)"]
        for (k, v) in s.perCheck.sorted(by: { $0.key < $1.key }) {
            lines.append("coach-metrics \(name):   \(k.padding(toLength: 20, withPad: " ", startingAt: 0)) recall \(pct(Double(v.caught) / Double(max(1, v.n)))) (\(v.caught)/\(v.n)), false alarms on clean text \(s.perCheckFalse[k] ?? 0)")
        }
        for (k, v) in s.perCheckFalse.sorted(by: { $0.key < $1.key }) where s.perCheck[k] == nil {
            lines.append("coach-metrics \(name):   \(k.padding(toLength: 20, withPad: " ", startingAt: 0)) false alarms on clean text \(v)")
        }
        return lines.joined(separator: "\n")
    }
}

@Suite("CoachingCorpus")
struct CoachingCorpusTests {
    @Test func corpusIsLargeAndBalanced() throws {
        let cases = try CoachCorpus.load()
        #expect(cases.count >= 150)
        #expect(cases.filter { $0.expected == nil }.count * 2 >= cases.count)
        // every section role appears
        for role in TextRole.allCases { #expect(cases.contains { $0.role == role }, "no corpus sentence for \(role)") }
        // every sentence-level check appears
        for check in ["blame", "loaded-word", "counterfactual", "hindsight", "surface-cause", "vague-action", "unquantified-impact"] {
            #expect(cases.contains { $0.expected == check }, "no corpus sentence expecting \(check)")
        }
    }

    @Test func recallAndFalsePositiveRate() throws {
        let cases = try CoachCorpus.load()
        let dev = CoachCorpus.score(cases.filter { $0.split == "dev" })
        let held = CoachCorpus.score(cases.filter { $0.split != "dev" })
        let all = CoachCorpus.score(cases)
        let verbose = ProcessInfo.processInfo.environment["COACH_VERBOSE"] != nil
        if verbose { for m in all.misses { print("coach-metrics   " + m) } }
        print(CoachCorpus.report("dev", dev))
        print(CoachCorpus.report("held-out", held))
        for split in Set(cases.map(\.split)).sorted() where split != "dev" {
            let r = CoachCorpus.report("held-out/\(split)", CoachCorpus.score(cases.filter { $0.split == split }))
            print(String(r.split(separator: "\n")[0]))
        }
        print(CoachCorpus.report("all", all))
        let splits = Dictionary(grouping: cases, by: \.split).map { "\($0.key) \($0.value.count) (\($0.value.filter { $0.expected == nil }.count) clean)" }.sorted().joined(separator: ", ")
        print("coach-metrics corpus: \(cases.count) sentences, \(all.clean) clean / \(all.flagged) flagged; \(splits)")
        #expect(all.recall >= 0.95, "recall \(all.recall)")
        #expect(all.falsePositiveRate <= 0.05, "false-positive rate \(all.falsePositiveRate)")
        #expect(held.recall >= 0.90, "held-out recall \(held.recall)")
        #expect(held.falsePositiveRate <= 0.05, "held-out false-positive rate \(held.falsePositiveRate)")
        #expect(all.withBetter == all.findings, "every finding says how to do better")
    }

    /// The same sentences given to `postmortem lint` as plain text, with no section heading: the coach must tell an
    /// action from a cause from an impact statement by itself. Timeline entries and 5 Whys answers need their structure.
    @Test func plainTextWithNoSection() throws {
        let cases = try CoachCorpus.load().filter { $0.role != .timeline && $0.role != .whys }
        var flagged = 0, caught = 0, clean = 0, falseAlarms = 0
        var misses: [String] = []
        for c in cases {
            let found = Coach().lint(document: c.sentence + "\n")
            if c.expected != nil {
                flagged += 1
                if !found.isEmpty { caught += 1 } else { misses.append("PLAIN MISS \(c.file):\(c.line) expected \(c.expected!): \(c.sentence)") }
            } else {
                clean += 1
                if !found.isEmpty { falseAlarms += 1; misses.append("PLAIN FALSE \(c.file):\(c.line) got \(found.map(\.check)): \(c.sentence)") }
            }
        }
        if ProcessInfo.processInfo.environment["COACH_VERBOSE"] != nil { for m in misses { print("coach-metrics   " + m) } }
        let recall = Double(caught) / Double(max(1, flagged)), fp = Double(falseAlarms) / Double(max(1, clean))
        print("coach-metrics plain text (lint, no headings): recall \(CoachCorpus.pct(recall)) (\(caught)/\(flagged)), false-positive rate \(CoachCorpus.pct(fp)) (\(falseAlarms)/\(clean))")
        #expect(recall >= 0.95, "plain-text recall \(recall)")
        #expect(fp <= 0.05, "plain-text false-positive rate \(fp)")
    }

    /// Scores a set that is not (yet) in the corpus, named by `COACH_SET` (a .tsv file or a directory of them), so a new
    /// blind set's first-run figures can be taken before anyone tunes on it: `scripts/coach-metrics --set FILE`.
    /// With `COACH_DUMP=FILE` it also writes each sentence with what the coach found, by section and as plain text.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["COACH_SET"] != nil))
    func unseenSet() throws {
        let env = ProcessInfo.processInfo.environment
        let cases = try CoachCorpus.load(from: URL(fileURLWithPath: env["COACH_SET"]!))
        let s = CoachCorpus.score(cases)
        if env["COACH_VERBOSE"] != nil { for m in s.misses { print("coach-metrics   " + m) } }
        print(CoachCorpus.report("set", s))
        guard let dump = env["COACH_DUMP"] else { return }
        let rows = cases.map { c in
            let bySection = Coach().review(c.sentence, role: c.role).map(\.check).joined(separator: ",")
            let plain = Coach().lint(document: c.sentence + "\n").map(\.check).joined(separator: ",")
            return [c.split, c.role.rawValue, c.expected ?? "-", c.sentence, bySection, plain].joined(separator: "\t")
        }
        try (rows.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
    }
}
