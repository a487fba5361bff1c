import Foundation

/// `ladder import --taskwarrior`: the tasks of `task export` (a JSON array of tasks; one
/// task a line from older versions) as cases. How each field maps is in Docs/Import.md:
///
/// - `uuid` is the case's id, and each event's id is made from it, so importing a later
///   export of the same tasks adds only what is new (annotations, a completion);
/// - `description` the title; `project` the organisation (else the one given);
/// - `tags` the case's tags, but a tag naming a rung (`executive`) is the rung it opens on;
/// - `entry` when it was opened; `due` a reply I owe (the task itself), due then; a due at
///   midnight, as `due:2026-07-20` is kept, means by the end of that day;
/// - `annotations` notes, at their own times;
/// - `status`: pending or waiting, an open case; completed, closed as resolved at `end`
///   (its reply cleared then); deleted, closed as abandoned; a recurring task's template
///   is left out (its instances are tasks of their own).
public struct TaskwarriorImport: Sendable {
    /// The organisation of tasks with no project; nil: such a task is refused.
    public var organisation: String?
    /// When the import is written (each event's `recorded`).
    public var now: Date
    /// The user's zone: the one a due at midnight is read in.
    public var zone: TimeZone

    public init(organisation: String?, now: Date, zone: TimeZone) {
        self.organisation = organisation
        self.now = now
        self.zone = zone
    }

    /// The cases, numbered from 1 in the export's order (`adopt` renumbers them), and how
    /// many recurring templates were left out. Nothing when a task cannot be read: the
    /// error names it.
    public func cases(from data: Data, source: String) throws(LadderError) -> (cases: [CaseFile], skipped: Int) {
        let tasks = try Self.tasks(data, source: source)
        var cases: [CaseFile] = []
        var skipped = 0
        var seen = Set<UUID>()
        for (i, task) in tasks.enumerated() {
            if (task["status"] as? String) == "recurring" { skipped += 1; continue }
            let file = try caseFile(task, number: cases.count + 1, place: L("\(source): task \(i + 1)"))
            guard seen.insert(file.id).inserted else {
                throw Self.fail(L("\(source): task \(i + 1): its uuid is there twice"))
            }
            cases.append(file)
        }
        return (cases, skipped)
    }

    /// The task objects of the export.
    static func tasks(_ data: Data, source: String) throws(LadderError) -> [[String: Any]] {
        if let array = try? JSONSerialization.jsonObject(with: data) as? [Any] {
            var out: [[String: Any]] = []
            for (i, v) in array.enumerated() {
                guard let task = v as? [String: Any] else { throw fail(L("\(source): item \(i + 1) is not a task object")) }
                out.append(task)
            }
            return out
        }
        // One task a line (task export before 2.6), or not JSON at all.
        var out: [[String: Any]] = []
        let text = String(decoding: data, as: UTF8.self)
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ","))
            if trimmed.isEmpty { continue }
            guard let task = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                let problem = JSONPlace.problem(in: data).map(\.description) ?? L("line \(n + 1) is not a task object")
                throw fail(L("\(source): it is not the JSON task export writes: \(problem)"))
            }
            out.append(task)
        }
        guard !out.isEmpty else { throw fail(L("\(source): it holds no tasks")) }
        return out
    }

    static func fail(_ message: String) -> LadderError {
        LadderError(.data, field: .file, message + L("; nothing was imported"),
                    hint: L("make the file with: task export > tasks.json"))
    }

    func caseFile(_ task: [String: Any], number: Int, place: String) throws(LadderError) -> CaseFile {
        func text(_ key: String) -> String? { (task[key] as? String)?.nonBlank }
        func date(_ key: String) throws(LadderError) -> Date? {
            guard let raw = task[key] else { return nil }
            guard let s = raw as? String, let d = Self.date(s) else {
                throw Self.fail(L("\(place): \"\(key)\" is not a Taskwarrior date like 20260720T090000Z"))
            }
            return d
        }
        guard let uuidText = text("uuid"), let id = UUID(uuidString: uuidText) else {
            throw Self.fail(L("\(place): it has no \"uuid\""))
        }
        guard let title = text("description") else { throw Self.fail(L("\(place): it has no \"description\"")) }
        let place = L("\(place) (\"\(title)\")")
        guard let organisation = text("project") ?? organisation else {
            throw LadderError(.usage, field: .organisation, L("\(place) has no project, so no organisation; nothing was imported"),
                              hint: L("give the organisation of such tasks, e.g. --org \"Example Mobile\""))
        }
        guard let entry = try date("entry") else { throw Self.fail(L("\(place): it has no \"entry\"")) }
        var tags = (task["tags"] as? [Any] ?? []).compactMap { ($0 as? String)?.nonBlank }
        let rung = tags.compactMap { Rung(rawValue: $0) }.last ?? .shop
        tags.removeAll { Rung(rawValue: $0) != nil }
        let status = text("status") ?? "pending"
        guard ["pending", "waiting", "completed", "deleted"].contains(status) else {
            throw Self.fail(L("\(place): \"status\" is \"\(status)\", which Taskwarrior does not write"))
        }

        var events: [Event] = []
        var serial: UInt16 = 0
        func add(_ at: Date, _ kind: Event.Kind) {
            serial += 1
            events.append(Event(id: Self.eventID(id, serial), at: at, recorded: now, kind: kind))
        }
        add(entry, .opened(CaseDetails(title: title, organisation: organisation, tags: tags), rung: rung,
                           note: L("imported from Taskwarrior")))
        let replyID = Self.eventID(id, 0x8000)
        let due = try date("due").map(dayEnd)
        if let due { add(entry, .replyRaised(PendingReply(id: replyID, what: title, owedBy: .me, due: due), rung: rung)) }
        // Annotations: numbered from their own serial range, so one added later gets an id
        // of its own whatever else changed.
        serial = 0x1000
        let notes = (task["annotations"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        for (i, note) in notes.enumerated() {
            guard let words = (note["description"] as? String)?.nonBlank,
                  let s = note["entry"] as? String, let at = Self.date(s) else {
                throw Self.fail(L("\(place): annotation \(i + 1) has no \"description\" or \"entry\""))
            }
            add(at, .note(words))
        }
        serial = 0x4000
        if status == "completed" || status == "deleted" {
            let finished = try date("end")
            let modified = try date("modified")
            let end = finished ?? modified ?? entry
            if due != nil { add(end, .replyCleared(id: replyID, broken: status == "deleted", note: nil)) }
            add(end, .closed(status == "completed" ? .resolved : .abandoned, note: L("closed in Taskwarrior")))
        }
        return CaseFile(id: id, number: number, events: events)
    }

    /// A due at midnight in the user's zone (`due:2026-07-20`) means that day: ladder keeps
    /// a due given as a day as its last second.
    func dayEnd(_ due: Date) -> Date {
        let clock = LocalClock(zone: zone)
        let (day, second) = clock.split(due)
        return second == 0 ? clock.instant(day, second: 86_399) : due
    }

    /// `20260720T090000Z`, as Taskwarrior writes dates (ISO 8601 with dashes is taken too).
    static func date(_ text: String) -> Date? {
        let digits = Array(text.utf8)
        if digits.count == 16, digits[8] == UInt8(ascii: "T"), digits[15] == UInt8(ascii: "Z") {
            let s = String(decoding: digits, as: UTF8.self)
            func n(_ from: Int, _ length: Int) -> Int? { Int(s.dropFirst(from).prefix(length)) }
            guard let y = n(0, 4), let mo = n(4, 2), let d = n(6, 2), let h = n(9, 2), let mi = n(11, 2), let se = n(13, 2) else { return nil }
            return TimeText.makeDate(year: y, month: mo, day: d, hour: h, minute: mi, second: se, zone: TimeZone(identifier: "UTC")!)
        }
        return TimeText.parseISO(text, zone: TimeZone(identifier: "UTC")!)
    }

    /// An event's id made from the task's: the same task gives the same ids on every
    /// import. Marked as a version 8 (custom) UUID, so never the task's own id.
    static func eventID(_ task: UUID, _ serial: UInt16) -> UUID {
        var bytes = task.uuid
        withUnsafeMutableBytes(of: &bytes) { b in
            b[6] = (b[6] & 0x0F) | 0x80
            b[14] ^= UInt8(serial >> 8)
            b[15] ^= UInt8(serial & 0xFF)
        }
        return UUID(uuid: bytes)
    }
}
