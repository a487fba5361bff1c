import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LadderCore

struct MailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail",
        abstract: L("Log an e-mail on its case: a contact, the reply it awaits or settles, a bounce."),
        discussion: L("Reads one message (FILE, or standard input with - or nothing), or every message of a Maildir not read before (--maildir; the files are left as they are). The case: a mail of its thread already logged, else a case reference (--ref) in it, else an address of a configured contact point; ladder says which rule matched. See Docs/Mail.md.\nExample: ladder mail message.eml    ladder mail --maildir ~/Maildir/.companies --no-clear"))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The message file; - or nothing: standard input."), valueName: "file")) var file: String?
    @Option(help: ArgumentHelp(L("Read every message in DIR/new and DIR/cur not read before (remembered per machine in the store folder)."),
                               valueName: "dir")) var maildir: String?
    @Flag(help: ArgumentHelp(L("Show what would be recorded; write nothing."))) var dryRun = false
    @Option(name: .customLong("case"), help: ArgumentHelp(L("Log it on this case, whatever the rules say."))) var caseNumber: CaseNumber?
    @Flag(name: .customLong("clear"), help: ArgumentHelp(L("An answer clears the reply it answers, without asking."))) var clear = false
    @Flag(name: .customLong("no-clear"), help: ArgumentHelp(L("An answer clears nothing."))) var noClear = false
    @Option(help: ArgumentHelp(L("With --clear: the reply it answers, by its number, when several may be."))) var reply: Int?
    @Flag(help: ArgumentHelp(L("A mail you send awaits no reply, even to a contact point with a reply window."))) var noAwait = false

    func validate() throws {
        if clear && noClear { throw ValidationError(L("give --clear or --no-clear, not both")) }
        if maildir != nil && file != nil { throw ValidationError(L("give a message file or --maildir, not both")) }
    }

    func run() throws {
        try runReporting(flags: [.item: "--reply", .caseNumber: "--case"]) {
            let context = try Context(storeOptions)
            let config = try context.config()
            let reader = MailReader(context: context, config: config, command: self)
            if let maildir {
                try reader.readMaildir(maildir)
            } else {
                let data: Data
                if file == nil || file == "-" {
                    if isatty(STDIN_FILENO) == 1 { printError(L("ladder mail: reading a message from standard input; end it with Ctrl-D")) }
                    data = FileHandle.standardInput.readDataToEndOfFile()
                } else {
                    guard let d = FileManager.default.contents(atPath: file!) else {
                        throw CLIError(kind: .usage, flag: "<file>", message: L("cannot read \(file!)"),
                                       hint: L("give a message file (.eml), or - to read standard input"))
                    }
                    data = d
                }
                let message: MailMessage
                do { message = try MailMessage.parse(data: data) } catch let error as MailError {
                    throw CLIError(kind: .data, flag: nil, message: L("\(file ?? "-"): \(error.description)"),
                                   hint: L("ladder mail reads one RFC 5322 message, as a mail client saves it (.eml); nothing was recorded"))
                }
                try reader.handle(message, interactive: true)
            }
        }
    }
}

/// Reads messages for `ladder mail` and records them.
struct MailReader {
    let context: Context
    let config: Config
    let command: MailCommand

    var flag: MailClearFlag { command.clear ? .clear : (command.noClear ? .noClear : .ask) }

    /// Whether an answer may be asked about: output to a terminal and a terminal to read
    /// from (standard input, or /dev/tty when the message came through a pipe).
    var canAsk: Bool {
        isatty(STDOUT_FILENO) == 1 && (isatty(STDIN_FILENO) == 1 || FileManager.default.isReadableFile(atPath: "/dev/tty"))
    }

    func handle(_ message: MailMessage, interactive: Bool) throws {
        let kind = MailKind.of(message, myAddresses: config.myAddresses)
        if case let .delay(b) = kind {
            print(L("A delay report (\(b.status ?? "?")) for \(b.finalRecipient ?? "?"): not a bounce yet; nothing recorded."))
            return
        }
        let (files, problems) = try context.store.loadAll()
        warn(problems)
        let states = files.map(CaseState.init)
        if let n = command.caseNumber?.value, !states.contains(where: { $0.number == n }) { throw StoreError.caseNotFound(n) }
        let found = MailMatching.match(message, kind: kind, cases: states, config: config, given: command.caseNumber?.value)
        let match: MailMatch
        switch found {
        case let .duplicate(n):
            print(L("Already logged on case \(n) (Message-ID <\(TerminalText.line(message.messageId ?? ""))>); nothing recorded."))
            return
        case let .unmatched(candidates, why):
            let list = states.filter { candidates.contains($0.number) }.prefix(10)
                .map { L("#\($0.number) \(TerminalText.line($0.details.title)) (\(TerminalText.line($0.details.organisation)))") }
            let cases = list.isEmpty ? L("there is no open case") : L("candidates: \(list.joined(separator: L(", ")))")
            throw LadderError(.data, L("no case for this mail: \(why); nothing recorded"),
                              hint: L("\(cases); give the case with --case N, or add its reference to the case (ladder edit N --add-ref ...)"))
        case let .matched(m):
            match = m
        }
        let state = states.first { $0.number == match.caseNumber }!
        let plan = MailPlan.make(message, kind: kind, match: match, state: state, config: config, now: context.now, noAwait: command.noAwait)
        var decision = try MailClearDecision.decide(candidates: plan.clearCandidates, flag: flag, reply: command.reply,
                                                    terminal: interactive && canAsk && !command.dryRun, caseNumber: state.number,
                                                    at: plan.at, zone: context.zone)
        print(L("Case \(state.number) (\(TerminalText.line(state.details.title))): \(match.explanation)"))
        for note in plan.notes { print("  " + L("note: \(note)")) }
        if case let .ask(items) = decision { decision = ask(items, in: state, at: plan.at) }
        let item: Int? = if case let .clear(n) = decision { n } else { nil }

        let clocks = config.clocks(for: state.details.organisation)
        var file = files.first { $0.number == state.number }!
        var added: [Event]
        if command.dryRun {
            added = try file.recordMail(plan, clearing: item, now: context.now, clocks: clocks)
        } else {
            added = []
            file = try context.store.update(state.number) { f in
                added = try f.recordMail(plan, clearing: item, now: context.now, clocks: clocks)
            }
        }
        guard !added.isEmpty else {
            print(L("Already logged on case \(state.number); nothing recorded."))
            return
        }
        let after = CaseState(file)
        for event in added {
            let line = TimelineText.describe(event, in: after, zone: context.zone).line
            let stamp = TimeText.short(event.at, zone: context.zone)
            print("  " + (command.dryRun ? L("would record: \(stamp) \(line)") : "\(stamp) \(line)"))
        }
        print("  " + plan.placement)
        if let why = plan.noRaise { print("  " + why) }
        if case let .keep(why?) = decision { print("  " + why) }
        if command.dryRun { print(L("Dry run: nothing was written.")) }
    }

    /// Asks which open reply this answer settles; nil or a refusal clears none.
    func ask(_ items: [Int], in state: CaseState, at: Date) -> MailClearDecision {
        let replies = state.replies.filter { items.contains($0.item) }
        for r in replies {
            let how = at <= r.reply.due ? L("kept") : L("late")
            print("  " + L("#\(r.item) \(TerminalText.line(r.reply.what)), due \(TimeText.short(r.reply.due, zone: context.zone, near: context.now)): \(how) if cleared now"))
        }
        let question = replies.count == 1 ? L("Does this mail answer it? Clear #\(replies[0].item)? [y/N] ")
            : L("Which does this mail answer? Type its number, or Enter for none: ")
        Swift.print("  " + question, terminator: "")
        fflush(nil)
        let answer = readAnswer()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        if replies.count == 1, ["y", "yes", "はい"].contains(answer) { return .clear(replies[0].item) }
        if let n = Int(answer.trimmingCharacters(in: CharacterSet(charactersIn: "#"))), items.contains(n) { return .clear(n) }
        return .keep(L("left open"))
    }

    /// A line from the terminal: standard input when it is one, else /dev/tty.
    func readAnswer() -> String? {
        if isatty(STDIN_FILENO) == 1 { return readLine() }
        guard let tty = fopen("/dev/tty", "r") else { return nil }
        defer { fclose(tty) }
        var buffer = [CChar](repeating: 0, count: 256)
        guard fgets(&buffer, 256, tty) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .trimmingCharacters(in: .newlines)
    }

    /// Every message of the Maildir not read before, oldest first by Date. Each one is
    /// remembered once read, whatever came of it, so cron does not report it again.
    func readMaildir(_ dir: String) throws {
        let absolute = dir.hasPrefix("/") ? dir : FileManager.default.currentDirectoryPath + "/" + dir
        let folder = Maildir(path: (absolute as NSString).standardizingPath)
        let seenPath = MailSeen.path(in: context.store)
        var seen = try MailSeen.load(seenPath)
        var read: [(entry: Maildir.Entry, message: MailMessage)] = []
        var failures = 0
        let unseen = try folder.entries().filter { !seen.hasSeen($0, in: folder) }
        for entry in unseen {
            if !command.dryRun { seen.mark(entry, in: folder) }
            do {
                guard let data = FileManager.default.contents(atPath: entry.path) else { throw MailError.empty }
                read.append((entry, try MailMessage.parse(data: data)))
            } catch let e as MailError {
                failures += 1
                // The reason is a sentence; here it is followed by more.
                let reason = e.description.hasSuffix(".") || e.description.hasSuffix("。") ? String(e.description.dropLast()) : e.description
                printError(L("ladder: error: \(entry.path): \(reason); not recorded"))
            }
        }
        // A bounce must come after the mail that bounced, an answer after the question.
        read.sort { ($0.message.date ?? .distantFuture, $0.entry.key) < ($1.message.date ?? .distantFuture, $1.entry.key) }
        for (entry, message) in read {
            print(TerminalText.line(entry.path))
            do {
                try handle(message, interactive: false)
            } catch let e as LadderError {
                failures += 1
                printError(L("ladder: error: \(entry.path): \(e.message)") + (e.hint.map { "\n  " + $0 } ?? ""))
            } catch let e as CLIError {
                failures += 1
                printError(L("ladder: error: \(entry.path): \(e.message)") + (e.hint.map { "\n  " + $0 } ?? ""))
            }
        }
        if !command.dryRun { try seen.save(seenPath, in: context.store) }
        print(L("\(unseen.count) new messages in \(TerminalText.line(folder.path)); \(failures) not recorded."))
        if failures > 0 { throw ExitCode(65) }
    }
}
