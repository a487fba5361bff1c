import Foundation

/// The merge of two versions of one case file, as git's merge driver for `cases/*.jsonl`
/// (`ladder merge-driver`) and the property tests do it: the union of their lines by
/// id, in canonical order, each line's text as it was written. The common ancestor is
/// not needed: lines are only ever added.
public enum CaseMerge {
    public enum Outcome: Equatable {
        /// Both read as the same case: their union.
        case merged(Data)
        /// One side is not a case file: the union of their lines as text (each line
        /// once, ours first), which the next ladder command reads or names.
        case lines(Data, problem: String)
    }

    public static func merge(ours: Data, theirs: Data) -> Outcome {
        do {
            var file = try CaseLines.decode(ours, copies: [theirs])
            // One event written two ways (a hand edit on each machine): both lines are
            // left in, so that the sync that ran this merge tidies the file itself,
            // keeping it as it was in backup/untidy and naming the case; written tidily
            // here, the other version went unsaid.
            if file.stored.versions > 0 { return .merged(textUnion(ours, theirs)) }
            return .merged(try CaseLines.encode(&file))
        } catch {
            let problem = (error as? ProblemText)?.text ?? "\(error)"
            return .lines(textUnion(ours, theirs), problem: problem)
        }
    }

    /// Ours, then the lines of theirs that ours lacks.
    public static func textUnion(_ ours: Data, _ theirs: Data) -> Data {
        let a = String(decoding: ours, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        var seen = Set(a)
        var out = a
        for line in String(decoding: theirs, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        where seen.insert(line).inserted {
            out.append(line)
        }
        return Data((out.joined(separator: "\n") + "\n").utf8)
    }
}
