import Foundation
import Testing
@testable import PostmortemCore

@Suite("Template loading and the bundled templates")
struct TemplateTests {
    static let standardIDs = ["title", "incident_date", "severity", "owner", "reviewers", "tags", "summary",
                              "impact", "timeline", "root_cause", "whys", "contributing_factors", "detection",
                              "response", "went_well", "could_be_better", "action_items", "lessons"]
    static let minimalIDs = ["title", "incident_date", "severity", "owner", "reviewers", "timeline", "root_cause",
                             "went_well", "could_be_better", "action_items"]
    static let kinds: [String: FieldKind] = [
        "title": .text, "incident_date": .date, "severity": .choice, "owner": .people, "reviewers": .people,
        "tags": .list, "summary": .paragraph, "impact": .paragraph, "timeline": .timeline, "root_cause": .paragraph,
        "whys": .whys, "contributing_factors": .checklist, "detection": .paragraph, "response": .paragraph,
        "went_well": .list, "could_be_better": .list, "action_items": .actions, "lessons": .list,
        "attack_vector": .paragraph, "data_exposure": .paragraph, "user_communication": .paragraph,
    ]
    static let required: Set = ["title", "incident_date", "severity", "owner", "reviewers", "summary", "impact",
                                "timeline", "root_cause", "action_items", "attack_vector", "data_exposure"]

    /// `ids` appear in `all` in this order, possibly with others between them.
    func isSubsequence(_ ids: [String], of all: [String]) -> Bool {
        var rest = all[...]
        for id in ids {
            guard let index = rest.firstIndex(of: id) else { return false }
            rest = rest[(index + 1)...]
        }
        return true
    }

    @Test("every bundled template loads", arguments: BundledTemplates.names)
    func bundledLoads(name: String) throws {
        let template = try BundledTemplates.template(named: name)
        #expect(template.name == name)
        #expect(!template.sections.isEmpty)
        for section in template.sections {
            #expect(!section.guidance.isEmpty, "section \(section.id) has guidance")
            #expect(section.example != nil, "section \(section.id) has an example")
            for field in section.fields {
                #expect(field.help != nil, "field \(field.id) has a help line")
            }
        }
        #expect(template.slaDays(.p1) == 7 && template.slaDays(.p2) == 14 && template.slaDays(.p3) == 30)
        #expect(template.reviewersRequired(severity: "P0") == 2 && template.reviewersRequired(severity: "P1") == 2)
    }

    @Test("standard has the design's field ids in order, with the design's kinds")
    func standardFields() throws {
        let template = try BundledTemplates.template(named: "standard")
        let ids = template.fields.map(\.id)
        #expect(isSubsequence(Self.standardIDs, of: ids))
        #expect(Set(ids).isSuperset(of: Self.standardIDs))
        #expect(ids == ["title", "incident_date", "severity", "owner", "reviewers", "tags", "summary", "impact",
                        "users_affected", "timeline", "root_cause", "whys", "contributing_factors",
                        "contributing_details", "detection_method", "detection", "response", "went_well",
                        "could_be_better", "action_items", "lessons"])
        #expect(template.sections.map(\.id) == ["overview", "impact", "timeline", "analysis", "detection",
                                                "retrospective", "actions", "lessons"])
        for field in template.fields {
            if let kind = Self.kinds[field.id] { #expect(field.kind == kind, "kind of \(field.id)") }
            #expect(field.required == Self.required.contains(field.id), "required of \(field.id)")
        }
        #expect(template.field("severity")?.options.map(\.id) == ["P0", "P1", "P2", "P3"])
        let factors = try #require(template.field("contributing_factors")).options
        #expect(factors.count == 24)
        #expect(factors.contains { $0.id == "race_condition" && $0.label == "Technical: race condition" })
        #expect(template.field("detection_method")?.options.map(\.id) == ["monitoring", "user_report", "manual", "third_party", "other"])
        let external = template.fields.filter(\.external).map(\.id)
        #expect(Set(external).isSuperset(of: ["summary", "impact", "timeline", "root_cause", "action_items"]))
        #expect(!external.contains("owner") && !external.contains("reviewers") && !external.contains("whys"))
        #expect(template.section(containing: "whys")?.example?.contains("Because they ran out of memory") == true)
    }

    @Test("minimal is seed 000's outline")
    func minimalFields() throws {
        let template = try BundledTemplates.template(named: "minimal")
        #expect(template.fields.map(\.id) == Self.minimalIDs)
        for field in template.fields { #expect(field.kind == Self.kinds[field.id], "kind of \(field.id)") }
        #expect(template.section(containing: "timeline")?.example?.contains("04:18 Failed TXs alarm fired #detected") == true)
    }

    @Test("security is standard plus the security focus areas")
    func securityFields() throws {
        let security = try BundledTemplates.template(named: "security")
        let standard = try BundledTemplates.template(named: "standard")
        let ids = security.fields.map(\.id)
        #expect(isSubsequence(standard.fields.map(\.id), of: ids))
        #expect(ids.filter { !standard.fields.map(\.id).contains($0) } ==
                ["attack_vector", "data_exposure", "user_communication", "legal_review"])
        #expect(security.field("attack_vector")?.required == true)
        #expect(security.field("data_exposure")?.required == true)
        #expect(security.field("legal_review")?.kind == .people)
        #expect(security.extraChecklist.map(\.id) == ["remediated", "users_notified", "no_exploit_details"])
        #expect(security.reviewersRequired(severity: "P3") == 2)
    }

    @Test("the bundled examples parse with the field's own parser")
    func examplesParse() throws {
        let template = try BundledTemplates.template(named: "standard")
        let parser = AnswerParser(context: ParseContext(template: template, incidentDay: Day(iso: "2026-11-20"), today: Day(iso: "2026-11-20")!))
        let timeline = try #require(template.section(containing: "timeline")?.example)
        let entries = try parser.parse(timeline.split(separator: "\n").map(String.init), as: #require(template.field("timeline"))).get()
        guard case .timeline(let list) = entries else { Issue.record("not a timeline"); return }
        #expect(list.count == 7)
        #expect(list.compactMap(\.milestone) == [.started, .detected, .acknowledged, .mitigated, .resolved])
        let actions = try #require(template.section(containing: "action_items")?.example)
        let parsed = try parser.parse(actions.split(separator: "\n").map(String.init), as: #require(template.field("action_items"))).get()
        guard case .actions(let items) = parsed else { Issue.record("not actions"); return }
        #expect(items.count == 3)
        #expect(items[1].due == Day(iso: "2026-12-04"))  // P2: 14 days after 2026-11-20
    }

    // MARK: Validation errors

    let good = """
    name: tiny
    title: Tiny
    sections:
      - id: one
        title: One
        guidance: Say it.
        fields:
          - id: what
            kind: text
            prompt: What?
            required: true
    """

    func error(_ yaml: String) -> TemplateError? {
        do { _ = try TemplateLoader.load(yaml: yaml, source: "t.yaml"); return nil } catch let error as TemplateError {
            return error
        } catch { return nil }
    }

    @Test("a small template loads with defaults")
    func smallLoads() throws {
        let template = try Template(yaml: good)
        #expect(template.name == "tiny" && template.title == "Tiny")
        #expect(template.fields == [Field(id: "what", kind: .text, prompt: "What?", required: true)])
        #expect(template.requiredReviewers == ["P0": 2, "P1": 2])
        #expect(template.actionSLADays.isEmpty)
    }

    @Test("the whole schema is read")
    func wholeSchema() throws {
        let template = try Template(yaml: """
        name: custom
        title: Custom
        description: |
          Line one.
          Line two.
        required_reviewers: {P0: 3, P1: 2, P2: 1}
        action_sla_days: {P1: 5, P2: 10, P3: 20}
        external_checklist:
          - remediated: Fixed everywhere
          - {id: comms, label: Comms approved}
          - plain
        sections:
          - id: s
            title: S
            guidance: |
              Guide.
            example: |
              Example line
            fields:
              - id: sev
                kind: choice
                prompt: Severity
                required: yes
                help: P1 or P2
                options: [P1, P2]
              - {id: f, kind: checklist, prompt: F, options: [{a: Alpha}, {id: b, label: Beta}], external: true}
        """)
        #expect(template.description == "Line one.\nLine two.")
        #expect(template.requiredReviewers == ["P0": 3, "P1": 2, "P2": 1])
        #expect(template.slaDays(.p1) == 5 && template.slaDays(.p0) == 7)
        #expect(template.extraChecklist == [ChecklistItem(id: "remediated", label: "Fixed everywhere"),
                                            ChecklistItem(id: "comms", label: "Comms approved"),
                                            ChecklistItem(id: "plain", label: "plain")])
        #expect(template.sections[0].example == "Example line")
        #expect(template.fields[0] == Field(id: "sev", kind: .choice, prompt: "Severity", required: true, help: "P1 or P2",
                                            options: [ChecklistItem(id: "P1", label: "P1"), ChecklistItem(id: "P2", label: "P2")]))
        #expect(template.fields[1].options == [ChecklistItem(id: "a", label: "Alpha"), ChecklistItem(id: "b", label: "Beta")])
        #expect(template.fields[1].external)
    }

    @Test("an unknown kind names the field and lists the valid kinds")
    func unknownKind() {
        let e = error(good.replacingOccurrences(of: "kind: text", with: "kind: txt"))
        #expect(e?.path == "sections[one].fields[what].kind")
        #expect(e?.line == 9)
        #expect(e?.message == "unknown kind \"txt\"; did you mean \"text\"? write one of: text, paragraph, list, date, datetime, duration, number, choice, people, timeline, actions, whys, checklist")
        #expect(e?.description.hasPrefix("t.yaml:9: sections[one].fields[what].kind: unknown kind") == true)
    }

    @Test("duplicate field ids are refused, across sections too")
    func duplicateField() {
        let e = error(good + """

          - id: two
            title: Two
            fields:
              - {id: what, kind: paragraph}
        """)
        #expect(e?.path == "sections[two].fields[what].id")
        #expect(e?.message.hasPrefix("the field id \"what\" is already used in section \"one\"") == true)
    }

    @Test("a choice without options is refused")
    func choiceWithoutOptions() {
        let e = error(good.replacingOccurrences(of: "kind: text", with: "kind: choice"))
        #expect(e?.path == "sections[one].fields[what].options")
        #expect(e?.message == "a choice field needs options; add e.g.\noptions:\n  - P1: Critical\n  - P2: High")
        let empty = error(good.replacingOccurrences(of: "kind: text", with: "kind: checklist\n        options: []"))
        #expect(empty?.message.hasPrefix("a checklist field needs options") == true)
    }

    @Test("other refusals say what to write instead")
    func otherRefusals() {
        #expect(error(good.replacingOccurrences(of: "required: true", with: "requird: true"))?.message
                == "unknown key \"requird\"; did you mean \"required\"? the keys here are: id, kind, prompt, required, help, options, external")
        #expect(error(good.replacingOccurrences(of: "required: true", with: "required: maybe"))?.message
                == "expected true or false, found \"maybe\"; write e.g. required: true")
        #expect(error(good.replacingOccurrences(of: "name: tiny\n", with: ""))?.message
                == "is missing; add a line `name: my-template` (letters, digits, _ and -)")
        #expect(error(good.replacingOccurrences(of: "- id: what", with: "- id: what now"))?.message
                == "the field id \"what now\" must start with a letter and use only letters, digits, _ and -; write e.g. id: root_cause")
        #expect(error(good.replacingOccurrences(of: "required: true", with: "options: [a]"))?.message
                == "only choice and checklist fields take options; remove them or change kind to choice or checklist")
        #expect(error(good.replacingOccurrences(of: "kind: text", with: "kind: choice\n        options: [P1, p1]"))?.message
                == "the option id \"p1\" appears twice; give each a different id")
        #expect(error(good.replacingOccurrences(of: "kind: text", with: "kind: choice\n        options: [\"1\", \"2\"]"))?.message
                == "the option id \"1\" is a number, which answers use to pick the nth option; start it with a letter, e.g. option_1")
        #expect(error("name: x\ntitle: X\nsections: []")?.message == "is empty; add at least one section with at least one field")
        #expect(error(good + "\naction_sla_days: {P1: 0}")?.path == "action_sla_days.P1")
        #expect(error(good + "\nrequired_reviewers: {P5: 1}")?.message.hasPrefix("unknown key \"P5\"") == true)
        #expect(error("")?.message.hasPrefix("the template is empty") == true)
        let syntax = error("name: x\ntitle: [unclosed\nsections:\n")
        #expect(syntax?.message.hasPrefix("YAML syntax:") == true)
        #expect(syntax?.line != nil)
        let dup = error("name: x\nname: y\ntitle: X\nsections: []")
        #expect(dup?.message.contains("appears twice") == true)
    }

    @Test("required_reviewers counts are 1 to 20")
    func requiredReviewersRange() throws {
        let zero = error(good + "\nrequired_reviewers: {P0: 2, P2: 0}")
        #expect(zero?.path == "required_reviewers.P2")
        #expect(zero?.line == 12)
        #expect(zero?.message == "expected a whole number from 1 to 20, found \"0\" (every post-mortem needs at least one reviewer who is not the owner); write e.g. required_reviewers: {P0: 2, P1: 2}")
        #expect(error(good + "\nrequired_reviewers: {P1: 21}")?.path == "required_reviewers.P1")
        #expect(error(good + "\nrequired_reviewers: {P1: -1}")?.path == "required_reviewers.P1")
        let edges = try Template(yaml: good + "\nrequired_reviewers: {P0: 20, P3: 1}")
        #expect(edges.requiredReviewers == ["P0": 20, "P3": 1])
    }

    @Test("the standard field ids keep their kinds in any template")
    func standardKinds() throws {
        func withField(_ id: String, _ kind: String, options: String = "") -> String {
            good.replacingOccurrences(of: "- id: what\n        kind: text", with: "- id: \(id)\n        kind: \(kind)\(options)")
        }
        let severity = error(withField("severity", "text"))
        #expect(severity?.path == "sections[one].fields[severity].kind")
        #expect(severity?.line == 9)
        #expect(severity?.message == "the field id \"severity\" is a standard field that other parts of the program read (the workflow rules, deadlines, rendering), so its kind must be choice, not text; write kind: choice, or give this field another id, e.g. severity_notes")
        #expect(error(withField("root_cause", "list"))?.message.contains("its kind must be paragraph or text, not list; write kind: paragraph") == true)
        let wrong: [(String, String)] = [("title", "paragraph"), ("incident_date", "datetime"), ("owner", "text"), ("reviewers", "list"),
                                         ("timeline", "list"), ("action_items", "list"), ("whys", "paragraph")]
        for (id, kind) in wrong {
            #expect(error(withField(id, kind))?.path == "sections[one].fields[\(id)].kind", "\(id) as \(kind)")
        }
        // The standard kinds load, root_cause as text too; other ids take any kind.
        for (id, kind) in TemplateLoader.standardFieldKinds.flatMap({ id, kinds in kinds.map { (id, $0.rawValue) } }) {
            let options = kind == "choice" ? "\n        options: [P1, P2]" : ""
            #expect(throws: Never.self, "\(id) as \(kind)") { try Template(yaml: withField(id, kind, options: options)) }
        }
        #expect(throws: Never.self) { try Template(yaml: withField("tags", "paragraph")) }
        for name in BundledTemplates.names {
            for field in try BundledTemplates.template(named: name).fields {
                if let kinds = TemplateLoader.standardFieldKinds[field.id] { #expect(kinds.contains(field.kind), "\(name).\(field.id)") }
            }
        }
    }

    @Test("the bundled timeline and severity help lines state the rules", arguments: BundledTemplates.names)
    func bundledHelp(name: String) throws {
        let template = try BundledTemplates.template(named: name)
        #expect(template.field("timeline")?.help?.contains("more than 12h earlier than the line before is the next day") == true)
        #expect(template.field("severity")?.help == "P0, P1, P2 or P3 (or just the number, e.g. 1 for P1)")
    }

    // MARK: Catalog

    @Test("names and paths are told apart")
    func references() {
        #expect(TemplateReference("standard") == .name("standard"))
        #expect(TemplateReference("./mine.yaml") == .path("./mine.yaml"))
        #expect(TemplateReference("mine.yml") == .path("mine.yml"))
        #expect(TemplateReference("/tmp/x") == .path("/tmp/x"))
    }

    @Test("a workspace override takes precedence over the bundled template")
    func overridePrecedence() throws {
        let custom = good.replacingOccurrences(of: "name: tiny", with: "name: standard")
        let catalog = TemplateCatalog(overrides: ["standard": custom, "tiny": good])
        let resolved = try catalog.resolve("standard")
        #expect(resolved.origin == .override("standard"))
        #expect(resolved.template.fields.map(\.id) == ["what"])
        #expect(resolved.yaml == custom)
        #expect(try catalog.resolve("minimal").origin == .bundled("minimal"))
        #expect(try catalog.template("tiny").name == "tiny")
        #expect(catalog.names == ["standard", "minimal", "security", "tiny"])
        #expect(catalog.yaml(named: "standard") == custom)
        #expect(try TemplateCatalog.resolve(nameOrPath: "standard", overrides: [:]).fields.count == 21)
        #expect(try TemplateCatalog.resolve(nameOrPath: "standard", overrides: ["standard": custom]).fields.count == 1)
    }

    @Test("a path is read through the shell's reader")
    func pathResolution() throws {
        let resolved = try TemplateCatalog().resolve("t/tiny.yaml") { path in
            #expect(path == "t/tiny.yaml")
            return good
        }
        #expect(resolved.origin == .file("t/tiny.yaml"))
        #expect(resolved.template.name == "tiny")
    }

    @Test("catalog refusals")
    func catalogRefusals() {
        #expect(throws: TemplateError(path: "", message: "no template named \"standrd\"; did you mean \"standard\"? use one of: standard, minimal, security, or a path to a .yaml file")) {
            try TemplateCatalog().resolve("standrd")
        }
        #expect(throws: TemplateError(source: "templates/standard.yaml", path: "name", message: "the file is templates/standard.yaml but says name: tiny; make them the same (write name: standard)")) {
            try TemplateCatalog(overrides: ["standard": good]).resolve("standard")
        }
        // A broken override is an error, never a silent fallback to the bundled text.
        #expect(throws: TemplateError.self) {
            try TemplateCatalog(overrides: ["standard": "name: standard\ntitle: S\nsections: []"]).resolve("standard")
        }
        #expect(throws: TemplateError(path: "", message: "no bundled template named \"x\"; use one of: standard, minimal, security")) {
            try BundledTemplates.template(named: "x")
        }
    }
}
