extension Envelope {
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

    /// `YYYY-MM-DDTHH:MM:SSZ` exactly, from bytes; nil for anything else.
    static func parseCanonicalTimestamp(_ b: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z")
        else { return nil }
        @inline(__always) func num(_ i: Int, _ n: Int) -> Int? {
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
        else { return nil }
        return day.start.adding(seconds: Int64(h * 3600 + mi * 60 + min(se, 59)))
    }

    /// The canonical `YYYY-MM-DDTHH:MM:SSZ` parsed straight from bytes; any
    /// other RFC 3339 form through `Timestamp(rfc3339:)`.
    static func parseTimestamp(_ s: String) -> Timestamp? {
        var s = s
        if let t = s.withUTF8({ parseCanonicalTimestamp($0) }) { return t }
        return Timestamp(rfc3339: s)
    }
}
