import Foundation
import Testing

/// Tab completes what depends on the case typed before it (its open replies for
/// `clear 4 <Tab>`, its organisation's contact points and the people it spoke to for
/// `--desk` and `--with`), directories for `--store`, and aliases for `org show`: in real
/// bash, and as zsh and fish ask for them.
@Suite struct CaseCompletionTests {
    static func sandbox() -> Sandbox {
        let s = CompletionTests.sandbox()
        s.ok("org", "add", "Example Mobile", "--alias", "ExMo")
        s.ok("org", "add", "Example Mobile", "--point", "Fault desk", "--rung", "call-centre", "--phone", "0120-000-000")
        s.ok("org", "add", "Example Mobile", "--point", "Customer relations", "--rung", "executive")
        s.ok("org", "add", "Other", "--point", "Other desk", "--rung", "shop")
        s.ok("await", "1", "call back", "--due", "2h")
        s.ok("owe", "1", "send the logs", "--due", "1d")
        s.ok("await", "1", "root cause", "--due", "3d")
        s.ok("clear", "1", "1")
        s.ok("log", "1", "--via", "phone", "--with", "Sato", "--desk", "network team")
        return s
    }

    static let bash = #"""
        source <(ladder --generate-completion-script bash)
        comp() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                 COMPREPLY=(); _ladder ladder "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; printf '%s|' "${COMPREPLY[@]}"; echo; }
        """#

    @Test func bashCompletesRepliesPointsPeopleStoresAndAliases() throws {
        let s = Self.sandbox()
        let dirs = s.directory + "/places"
        for d in ["alpha", "beta"] { try FileManager.default.createDirectory(atPath: dirs + "/" + d, withIntermediateDirectories: true) }
        FileManager.default.createFile(atPath: dirs + "/gamma.txt", contents: Data())
        let script = Self.bash + "\n" + """
            comp ladder clear 1 ""
            comp ladder clear 2 ""
            comp ladder log 1 --via phone --desk ""
            comp ladder log 1 --with ""
            comp ladder log 3 --desk ""
            comp ladder list --store \(dirs)/
            comp ladder org show Ex
            """
        let r = runProcess("/bin/bash", ["-c", script], environment: CompletionTests.environment(s))
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(r.status == 0, "\(r.err)")
        #expect(lines.count >= 7, "\(r.out) \(r.err)")
        guard lines.count >= 7 else { return }
        // Reply 1 was cleared: only the open ones, 2 and 3.
        #expect(lines[0] == "2|3|")
        // Case 2 has none (printf prints its format once for no words).
        #expect(lines[1] == "|")
        // The case's organisation's points, then the desks it has used.
        #expect(lines[2] == "Fault desk|Customer relations|network team|")
        // The people it spoke to first.
        #expect(lines[3] == "Sato|Fault desk|Customer relations|network team|")
        // Case 3 is Other's.
        #expect(lines[4] == "Other desk|")
        // Folders only.
        #expect(lines[5].split(separator: "|").sorted() == ["\(dirs)/alpha", "\(dirs)/beta"], "\(lines[5])")
        #expect(lines[6] == "Example Mobile|ExMo|")
    }

    /// What zsh and fish are given: the reply numbers with what each is.
    @Test func zshAndFishSeeWhatEachReplyIs() {
        let s = Self.sandbox()
        var env = CompletionTests.environment(s)
        // zsh's descriptions have their colons escaped.
        for (shell, separator, colon) in [("zsh", ":", "\\:"), ("fish", "\t", ":")] {
            env["SAP_SHELL"] = shell
            let asked = runProcess(ladderBinary, ["---completion", "clear", "--", "positional@1", "3", "0", "ladder", "clear", "1", ""], environment: env)
            let lines = asked.out.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            #expect(lines == ["2\(separator)me\(colon) send the logs", "3\(separator)them\(colon) root cause"], "\(shell): \(asked.out) \(asked.err)")
        }
    }
}
