import Foundation

/// One internal-only detail found in a piece of text, and what replaces it externally.
struct InternalDetail: Equatable {
    var range: Range<String.Index>
    var text: String
    var placeholder: String
    /// For the scan's report: "the address", "the phone number", ...
    var what: String
}

/// Internal-only details recognised by their shape: addresses (e-mail, `user@host`, IPv4, IPv6, MAC),
/// handles, internal host names, cloud account numbers, phone numbers, chat channels and
/// internal ticket ids. The projection replaces them; the scan reports any left.
///
/// Decisions:
/// - An IPv4-shaped number (four parts, each at most 255) is an address, with its `:port` and `/prefix`,
///   unless "version", "ver", "v", "release", "build" or "firmware" comes just before it; `v1.2.3.4` is never one.
/// - `#` and a letter starts a chat channel (`#inc-db-failover`); `#123` is an issue or PR number and stays.
/// - Ticket ids of internal trackers (`OPS-4411`) are internal-only: they mean nothing outside and name
///   internal projects. Public identifiers that share the shape stay (`CVE-2026-1234`, `RFC-1918`, `SHA-256`, `UTF-8`).
/// - A host name after `ssh`, `scp`, `mosh`, `telnet` (or "ssh'd into") is internal when it has a digit,
///   dot, hyphen or underscore (`db-replica-2`); a plain word ("ssh access") stays.
struct InternalDetails {
    var hostSuffixes: [String]
    /// The role that replaces a handle (`@sam`, after the `@`), when it belongs to a known person.
    var handleRole: (String) -> String?

    func find(in text: String) -> [InternalDetail] {
        var found: [InternalDetail] = []
        func add(_ range: Range<String.Index>, _ placeholder: String, _ what: String) {
            guard !range.isEmpty, !found.contains(where: { $0.range.overlaps(range) }) else { return }
            found.append(InternalDetail(range: range, text: String(text[range]), placeholder: placeholder, what: what))
        }
        let ns = text as NSString
        func each(_ regex: NSRegularExpression, _ body: (Range<String.Index>, NSTextCheckingResult) -> Void) {
            for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                if let r = Range(m.range, in: text) { body(r, m) }
            }
        }

        each(Self.address) { r, _ in add(r, "[address removed]", "the address") }
        each(Self.mention) { r, _ in
            let handle = String(text[r].dropFirst())
            add(r, handleRole(handle) ?? "[handle removed]", "the handle")
        }
        each(Self.hostLike) { r, _ in
            if Redactor.isInternalHost(String(text[r]), suffixes: hostSuffixes) { add(r, "[internal host]", "the internal host") }
        }
        each(Self.ipHost) { r, _ in add(r, "[internal host]", "the internal host") }
        each(Self.mac) { r, _ in add(r, "[address removed]", "the hardware address") }
        each(Self.ipv6) { r, _ in
            if text[r].contains(where: \.isNumber) { add(r, "[address removed]", "the address") }
        }
        each(Self.ipv4) { r, m in
            guard let octets = Range(m.range(at: 1), in: text), Self.isIPv4(text[octets]), !Self.followsVersionWord(text[..<r.lowerBound]) else { return }
            add(r, "[address removed]", "the address")
        }
        each(Self.phone) { r, _ in
            let digits = text[r].filter(\.isNumber).count
            if (8...15).contains(digits) { add(r, "[phone removed]", "the phone number") }
        }
        each(Self.account) { r, _ in add(r, "[account removed]", "the account number") }
        each(Self.channel) { r, _ in add(r, "[channel removed]", "the channel") }
        each(Self.ticket) { r, m in
            guard let prefix = Range(m.range(at: 1), in: text), !Self.isPublicIdentifier(text[prefix]) else { return }
            add(r, "[ticket removed]", "the internal ticket")
        }
        each(Self.remoteCommand) { r, _ in
            // scp and rsync copy files: only `host:path` names a host.
            let copies = ["scp", "rsync"].contains(text[r].lowercased())
            for host in Self.remoteHosts(in: text, after: r.upperBound, firstIsHost: !copies) { add(host, "[internal host]", "the internal host") }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The text with every detail replaced.
    func redact(_ text: String) -> String {
        let details = find(in: text)
        guard !details.isEmpty else { return text }
        var out = ""
        var at = text.startIndex
        for d in details {
            out += text[at..<d.range.lowerBound]
            out += d.placeholder
            at = d.range.upperBound
        }
        out += text[at...]
        return out
    }

    // MARK: Patterns

    private static func regex(_ pattern: String, _ options: NSRegularExpression.Options = []) -> NSRegularExpression {
        // The patterns are constants; a typo is a programming error caught by the tests.
        try! NSRegularExpression(pattern: pattern, options: options)
    }

    /// `name@host`, with or without a dot in the host (`admin@db-replica-2`).
    static let address = regex(#"[\w.+%'-]*\w@[\w-]+(?:\.[\w-]+)*"#)
    /// `@sam`: a chat handle.
    static let mention = regex(#"(?<![\p{L}\p{N}@])@\w(?:[\w.-]*\w)?"#)
    /// Something shaped like a host name: `db-7.corp`, `grafana.corp.example.com`, `db-replica-2`.
    static let hostLike = regex(#"(?<![\p{L}\p{N}.@-])[\p{L}\p{N}][\w-]*(?:\.[\w-]+)*(?<![._-])"#)
    /// AWS-style host names that embed a private address: `ip-10-0-0-12`, `ip-10-0-0-12.ec2.internal`.
    static let ipHost = regex(#"(?<![\p{L}\p{N}-])ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?:\.[\w-]+)*"#, [.caseInsensitive])
    static let mac = regex(#"(?<![\p{L}\p{N}-])(?<![0-9A-Fa-f]:)(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![\p{L}\p{N}-]|:[0-9A-Fa-f])"#)
    /// IPv6 in full or `::` form, IPv4-mapped, with a zone, a prefix length, or in brackets with a port.
    static let ipv6: NSRegularExpression = {
        let h = "[0-9A-Fa-f]{1,4}"
        let v4 = #"(?:\d{1,3}\.){3}\d{1,3}"#
        let forms = [
            "(?:\(h)(?::\(h)){0,5})?::(?:\(h):){0,5}\(v4)",
            "\(h)(?::\(h)){7}",
            "(?:\(h)(?::\(h)){0,6})?::(?:\(h)(?::\(h)){0,6})?",
        ]
        let core = "(?:" + forms.joined(separator: "|") + #")(?:%[\w.-]+)?(?:/\d{1,3})?"#
        return regex(#"\[\#(core)\](?::\d{1,5})?|(?<![\p{L}\p{N}.])(?<![0-9A-Fa-f]:)\#(core)(?![\p{L}\p{N}]|:[0-9A-Fa-f])"#)
    }()
    /// Four dotted numbers, with an optional prefix length and port; group 1 is the address.
    static let ipv4 = regex(#"(?<![\p{L}\p{N}.])((?:\d{1,3}\.){3}\d{1,3})(?:/\d{1,2})?(?::\d{1,5})?(?![\p{L}\p{N}]|\.\d)"#)
    /// International (`+1 415 555 0100`), North American (`(415) 555-0100`) and national (`020 7946 0958`) numbers.
    static let phone = regex(
        #"(?<![\p{L}\p{N}+])\+\d[\d ().-]{5,22}\d(?!\d)"#
        + #"|(?<![\p{L}\p{N}.+-])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\p{L}\p{N}-]|\.\d)"#
        + #"|(?<![\p{L}\p{N}.+-])0\d{1,4}[ -]\d{3,4}[ -]\d{3,4}(?![\p{L}\p{N}-]|\.\d)"#)
    /// A 12-digit cloud account number (AWS), alone or in an ARN, or written `1234-5678-9012`.
    static let account = regex(#"(?<![\p{L}\p{N}.-])(?:\d{12}|\d{4}-\d{4}-\d{4})(?![\p{L}\p{N}-]|\.\d)"#)
    static let channel = regex(#"(?<![\p{L}\p{N}#&/])#\p{L}(?:[\w-]*\w)?"#)
    /// `OPS-4411`: group 1 is the project key.
    static let ticket = regex(#"(?<![\p{L}\p{N}-])([A-Z][A-Z0-9]{1,9})-\d{1,7}(?![\p{L}\p{N}-])"#)
    static let remoteCommand = regex(#"(?<![\p{L}\p{N}-])(?:ssh|scp|sftp|mosh|telnet|rsync)(?:'d|’d|ed|-ed)?(?![\p{L}\p{N}])"#, [.caseInsensitive])

    static let publicIdentifierPrefixes: Set<String> = [
        "CVE", "CWE", "CAPEC", "GHSA", "RFC", "ISO", "IEC", "IEEE", "ECMA", "ANSI", "NIST", "FIPS", "PCI", "SOC", "PEP", "EIP", "BIP",
        "SHA", "MD", "AES", "RSA", "DES", "ECDSA", "UTF", "UCS", "HTTP", "TLS", "SSL", "DTLS", "SSH", "SMB", "NFS", "IPV", "SEV", "COVID",
        "GPT", "DDR", "LPDDR", "PCIE", "USB", "LTE", "WPA", "OWASP", "CIS", "TCP", "UDP", "HTTP2", "HTTP3", "H", "SAR", "MS",
    ]

    static func isPublicIdentifier(_ prefix: Substring) -> Bool {
        let p = String(prefix)
        if publicIdentifierPrefixes.contains(p) { return true }
        // Quarters, halves and fiscal years: Q3-2026, H2-2026, FY26-1.
        return p.range(of: #"^(Q[1-4]|H[12]|FY\d*)$"#, options: .regularExpression) != nil
    }

    static func isIPv4(_ s: Substring) -> Bool {
        let parts = s.split(separator: ".")
        return parts.count == 4 && parts.allSatisfy { part in
            let value = part.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 999) }
            return value <= 255
        }
    }

    /// "version 1.2.3.4", "v 1.2.3.4", "release: 1.2.3.4": a version number, not an address.
    static func followsVersionWord(_ before: Substring) -> Bool {
        let tail = String(before.suffix(24))
        return tail.range(of: #"(?i)(?:^|[^\w])(?:version|ver|v|release|build|firmware)\.?\s*[:=]?\s*$"#, options: .regularExpression) != nil
    }

    /// `ssh` options that take an argument (so the argument is not the host).
    private static let sshOptionsWithArgument = Set("bcDEeFIiJLlmOopQRSWw")
    private static let prepositions: Set<String> = ["into", "to", "onto", "on", "in", "from", "at"]

    /// The host names in the arguments of a remote-shell command that starts before `start`.
    static func remoteHosts(in text: String, after start: String.Index, firstIsHost: Bool) -> [Range<String.Index>] {
        var hosts: [Range<String.Index>] = []
        var i = start
        var words = 0
        var expectHost = firstIsHost
        var skipNext = false
        while i < text.endIndex, words < 8 {
            // The next word on the same line.
            var j = i
            while j < text.endIndex, text[j] == " " || text[j] == "\t" { j = text.index(after: j) }
            guard j < text.endIndex, j > i, !text[j].isNewline else { break }
            var end = j
            while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
            guard j < end else { break }
            words += 1
            var word = text[j..<end]
            i = end
            let stop = word.last.map { ",;!?)".contains($0) || $0 == "." && word.count > 1 } ?? false
            while let last = word.last, ",;.!?)\"'`".contains(last) { word = word.dropLast() }
            while let first = word.first, "(\"'`".contains(first) { word = word.dropFirst() }
            if skipNext { skipNext = false; if isHostName(word) { hosts.append(word.startIndex..<word.endIndex) }; continue }
            if word.hasPrefix("-") {
                // `-J jump-2` names a host too; other options with an argument are skipped.
                if word.count == 2, let flag = word.last, sshOptionsWithArgument.contains(flag) {
                    if flag == "J" { skipNext = true } else { i = skipWord(text, from: i) }
                }
                continue
            }
            if prepositions.contains(word.lowercased()) { continue }
            // `host:path` (scp, rsync) names a host wherever it is.
            if let colon = word.firstIndex(of: ":"), colon > word.startIndex, isHostName(word[..<colon]) {
                hosts.append(word.startIndex..<colon)
            } else if expectHost, isHostName(word) {
                hosts.append(word.startIndex..<word.endIndex)
            }
            expectHost = false
            if stop { break }
        }
        return hosts
    }

    private static func skipWord(_ text: String, from i: String.Index) -> String.Index {
        var j = i
        while j < text.endIndex, text[j] == " " || text[j] == "\t" { j = text.index(after: j) }
        while j < text.endIndex, !text[j].isWhitespace { j = text.index(after: j) }
        return j
    }

    /// Shaped like a machine's name rather than an English word: letters and digits with a digit,
    /// dot, hyphen or underscore in it (`db-replica-2`, `bastion.prod`, `web03`).
    static func isHostName(_ word: Substring) -> Bool {
        guard let first = word.first, first.isLetter || first.isNumber, let last = word.last, last.isLetter || last.isNumber else { return false }
        guard word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }) else { return false }
        return word.contains { $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }
    }
}
