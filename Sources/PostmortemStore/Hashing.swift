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
        var hex = hex
        return hex.withUTF8 { text in
            guard text.count == 64 else { return false }
            return digest.withUnsafeBytes { raw in
                for k in 0..<32 {
                    let b = raw[k]
                    if text[2 * k] != hexDigit(b >> 4) || text[2 * k + 1] != hexDigit(b & 0xF) { return false }
                }
                return true
            }
        }
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 48 + v : 87 + v }
}
