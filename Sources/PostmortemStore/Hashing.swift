import Crypto

/// SHA-256 of journal lines, and the hex form the `prev` field stores.
enum LineHash {
    @inline(__always)
    static func digest(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        return hasher.finalize()
    }

    static func digest(_ bytes: [UInt8]) -> SHA256Digest {
        bytes.withUnsafeBytes { digest($0) }
    }

    static func hex(_ digest: SHA256Digest) -> String {
        digest.withUnsafeBytes { raw in
            String(unsafeUninitializedCapacity: 64) { out in
                for (k, b) in raw.enumerated() {
                    out[2 * k] = hexDigit(b >> 4)
                    out[2 * k + 1] = hexDigit(b & 0xF)
                }
                return 64
            }
        }
    }

    /// Whether `hex` is exactly the lowercase hex form of `digest`.
    static func matches(_ hex: String, _ digest: SHA256Digest) -> Bool {
        guard hex.utf8.count == 64 else { return false }
        let fast = hex.utf8.withContiguousStorageIfAvailable { text in
            digest.withUnsafeBytes { raw in
                var diff: UInt8 = 0
                for k in 0..<32 {
                    let b = raw[k]
                    diff |= (text[2 * k] ^ hexDigit(b >> 4)) | (text[2 * k + 1] ^ hexDigit(b & 0xF))
                }
                return diff == 0
            }
        }
        if let fast { return fast }
        return hex == Self.hex(digest)
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 48 + v : 87 + v }
}
