import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The name of a folder entry that `readdir` returned, read where it lies.
///
/// `entry.pointee.d_name` would copy the whole 256-byte array, but the kernel's record
/// is only as long as the name: at the end of `readdir`'s buffer the copy reads past it
/// and can crash (Foundation's `Process.run` on Linux does exactly this, see
/// swiftlang/swift-corelibs-foundation#5472).
func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
    let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    return String(cString: UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self))
}
