import Foundation

/// A tiny lock wrapper so shared caches can be `Sendable` without pulling locking into call sites.
package final class NSLockish: @unchecked Sendable {
    private let lock = NSLock()
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body()
    }
}
