#if canImport(Glibc)
import Glibc
#endif

/// What an operating-system error means, in the reader's language: the errors an office meets
/// (no such file, no permission, disk full, a folder where a file belongs) from the catalogue, any
/// other as the C library words it (glibc's own texts are English without an installed locale).
package func systemErrorText(_ code: Int32) -> String {
    let known: [Int32: MessageID] = [ENOENT: .fileNoSuchFile, EACCES: .osNoPermission, EPERM: .osNoPermission,
                                     ENOSPC: .osDiskFull, EISDIR: .osIsFolder, ENOTDIR: .osNotFolder, EROFS: .osReadOnly]
    if let id = known[code] { return MessageCatalogue.format(id, []) }
    guard let p = strerror(code) else { return "error \(code)" }
    return String(cString: p)
}
