import Foundation

/// Where a JSON text first goes wrong, by line and column, and what was expected there:
/// Foundation's parser on Linux says neither, and a person fixing a file by hand needs
/// both. A strict reader of RFC 8259 syntax that builds nothing.
public enum JSONPlace {
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// 1-based; the column counts characters, not bytes.
        public var line: Int
        public var column: Int
        public var reason: String

        public var description: String { L("line \(line), column \(column): \(reason)") }
    }

    /// The first syntax error in `data`, or nil when it is valid JSON.
    public static func problem(in data: Data) -> Problem? {
        var reader = Reader(bytes: Array(data))
        do throws(Problem) {
            reader.space()
            try reader.value(depth: 0)
            reader.space()
            if reader.at < reader.bytes.count { throw reader.fail(L("more text after the end of the JSON value")) }
            return nil
        } catch {
            return error
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var at = 0

        func fail(_ reason: String) -> Problem {
            var line = 1
            var start = 0
            for i in 0..<min(at, bytes.count) where bytes[i] == 0x0A {
                line += 1
                start = i + 1
            }
            let column = String(decoding: bytes[start..<min(at, bytes.count)], as: UTF8.self).count + 1
            return Problem(line: line, column: column, reason: reason)
        }

        var current: UInt8? { at < bytes.count ? bytes[at] : nil }

        mutating func space() {
            while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { at += 1 }
        }

        /// What stands at the reader, for a message: `'x'` (in single quotes, since the
        /// character is often a double one), or the end.
        var found: String {
            guard current != nil else { return L("the end of the text") }
            let rest = bytes[at...].prefix(4)
            let character = String(decoding: rest, as: UTF8.self).first.map(String.init) ?? "?"
            return "'\(character)'"
        }

        mutating func value(depth: Int) throws(Problem) {
            guard depth < 512 else { throw fail(L("nested too deeply")) }
            switch current {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try word("true")
            case UInt8(ascii: "f"): try word("false")
            case UInt8(ascii: "n"): try word("null")
            case let c? where c == UInt8(ascii: "-") || (0x30...0x39).contains(c): try number()
            default: throw fail(L("a value was expected (text in \"quotes\", a number, true, false, null, { or [), found \(found)"))
            }
        }

        mutating func object(depth: Int) throws(Problem) {
            at += 1
            space()
            if current == UInt8(ascii: "}") { at += 1; return }
            while true {
                guard current == UInt8(ascii: "\"") else {
                    throw fail(L("a key in \"quotes\" was expected, found \(found) (a comma before } is not allowed)"))
                }
                try string()
                space()
                guard current == UInt8(ascii: ":") else { throw fail(L("\":\" was expected after the key, found \(found)")) }
                at += 1
                space()
                try value(depth: depth + 1)
                space()
                if current == UInt8(ascii: ",") { at += 1; space(); continue }
                if current == UInt8(ascii: "}") { at += 1; return }
                throw fail(L("\",\" or \"}\" was expected, found \(found)"))
            }
        }

        mutating func array(depth: Int) throws(Problem) {
            at += 1
            space()
            if current == UInt8(ascii: "]") { at += 1; return }
            while true {
                if current == UInt8(ascii: "]") { throw fail(L("a value was expected, found \(found) (a comma before ] is not allowed)")) }
                try value(depth: depth + 1)
                space()
                if current == UInt8(ascii: ",") { at += 1; space(); continue }
                if current == UInt8(ascii: "]") { at += 1; return }
                throw fail(L("\",\" or \"]\" was expected, found \(found)"))
            }
        }

        mutating func string() throws(Problem) {
            let start = at
            at += 1
            while let c = current {
                switch c {
                case UInt8(ascii: "\""):
                    at += 1
                    return
                case UInt8(ascii: "\\"):
                    at += 1
                    guard let e = current else { break }
                    if e == UInt8(ascii: "u") {
                        at += 1
                        for _ in 0..<4 {
                            guard let h = current, (0x30...0x39).contains(h) || (0x41...0x46).contains(h) || (0x61...0x66).contains(h) else {
                                throw fail(L("a backslash and u must be followed by four hexadecimal digits"))
                            }
                            at += 1
                        }
                        continue
                    }
                    guard Array("\"\\/bfnrt".utf8).contains(e) else { throw fail(L("a backslash before \(found) is not an escape JSON knows; write two backslashes for one")) }
                    at += 1
                case 0x00..<0x20:
                    throw fail(L("a line break or control character inside text in quotes; write a line break as a backslash and n"))
                default:
                    at += 1
                }
            }
            at = start
            throw fail(L("this text in quotes is never closed"))
        }

        mutating func word(_ w: String) throws(Problem) {
            for b in w.utf8 {
                guard current == b else { throw fail(L("a value was expected (text in \"quotes\", a number, true, false, null, { or [), found \(found)")) }
                at += 1
            }
        }

        mutating func number() throws(Problem) {
            func digits() -> Int {
                var n = 0
                while let c = current, (0x30...0x39).contains(c) { at += 1; n += 1 }
                return n
            }
            if current == UInt8(ascii: "-") { at += 1 }
            if current == UInt8(ascii: "0") { at += 1 } else if digits() == 0 { throw fail(L("a digit was expected, found \(found)")) }
            if current == UInt8(ascii: ".") {
                at += 1
                if digits() == 0 { throw fail(L("a digit was expected, found \(found)")) }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                at += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { at += 1 }
                if digits() == 0 { throw fail(L("a digit was expected, found \(found)")) }
            }
        }
    }
}
