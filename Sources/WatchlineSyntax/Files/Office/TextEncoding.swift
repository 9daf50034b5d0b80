import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a county office's files come as: UTF-8 (with or without BOM), UTF-16 ("Unicode text",
/// Excel's tab-separated export), or GB18030/GBK from older systems. Everything is read as UTF-8
/// after this; what was converted is said once.
package enum TextEncoding: String, Sendable {
    case utf8, utf16le, utf16be, gb18030

    /// Detected from a byte-order mark, else from whether the bytes are valid UTF-8.
    package static func detect(_ head: [UInt8]) -> TextEncoding {
        if head.count >= 2 && head[0] == 0xFF && head[1] == 0xFE { return .utf16le }
        if head.count >= 2 && head[0] == 0xFE && head[1] == 0xFF { return .utf16be }
        if head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF { return .utf8 }
        return isUTF8(head) ? .utf8 : .gb18030
    }

    /// Valid UTF-8, allowing a sequence cut at the end of the sample.
    static func isUTF8(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            let n: Int
            if c < 0x80 { i += 1; continue }
            else if c & 0xE0 == 0xC0 && c >= 0xC2 { n = 1 }
            else if c & 0xF0 == 0xE0 { n = 2 }
            else if c & 0xF8 == 0xF0 && c <= 0xF4 { n = 3 }
            else { return false }
            for k in 1...n {
                if i + k >= b.count { return true }
                if b[i + k] & 0xC0 != 0x80 { return false }
            }
            i += n + 1
        }
        return true
    }

    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16le: return "UTF-16LE"
        case .utf16be: return "UTF-16BE"
        case .gb18030: return "GB18030"
        }
    }

    /// The bytes as UTF-8, through glibc's iconv; a byte sequence the encoding does not have is an error.
    package func toUTF8(_ input: [UInt8], path: String) throws -> [UInt8] {
        if self == .utf8 { return input }
        var body = input
        if (self == .utf16le || self == .utf16be) && body.count >= 2 { body.removeFirst(2) }   // the BOM
        guard let cd = Optional(iconv_open("UTF-8", iconvName)), cd != iconv_t(bitPattern: -1) else {
            throw ReadError(message: MessageCatalogue.format(.encodingUnsupported, [iconvName]))
        }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: body.count * 2 + 16)
        var inLeft = body.count, outLeft = out.count
        let ok: Bool = body.withUnsafeMutableBytes { inRaw in
            out.withUnsafeMutableBytes { outRaw in
                var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1
            }
        }
        guard ok else {
            let at = body.count - inLeft
            throw ReadError(message: MessageCatalogue.format(.encodingInvalid, [path, iconvName, String(at)]))
        }
        out.removeLast(outLeft)
        return out
    }
}
