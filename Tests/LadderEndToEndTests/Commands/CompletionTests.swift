import Foundation
import LadderTestSupport
import Testing

/// Tab completes what people type most, in the real shells: case numbers (with their
/// titles where the shell shows descriptions) and organisation names, read back from
/// the store by the completion scripts ladder generates. .ci/run installs zsh and fish.
@Suite struct CompletionTests {
    static func sandbox() -> Sandbox {
        let s = Sandbox()
        s.run(["add", "Mail", "bounces", "--org", "Example Mobile"])
        s.run(["add", "光回線が切れる", "--org", "ドコモ"])
        for i in 3...12 { s.run(["add", "case \(i)", "--org", "Other"]) }
        return s
    }

    /// The sandbox's environment with ladder on PATH, as an installed ladder would be.
    static func environment(_ s: Sandbox) -> [String: String] {
        var env = s.environment
        env["PATH"] = (ladderBinary as NSString).deletingLastPathComponent + ":/usr/bin:/bin"
        return env
    }

    static func has(_ shell: String) -> Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/" + shell) }

    @Test func bashCompletesCaseNumbersAndOrganisations() {
        let s = Self.sandbox()
        let script = #"""
            source <(ladder --generate-completion-script bash)
            comp() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                     COMPREPLY=(); _ladder ladder "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; printf '%s|' "${COMPREPLY[@]}"; echo; }
            comp ladder show 1
            comp ladder log ""
            comp ladder list --org ""
            comp ladder add x --org Ex
            """#
        let r = runProcess("/bin/bash", ["-c", script], environment: Self.environment(s))
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(r.status == 0, "\(r.err)")
        #expect(lines.count == 4, "\(r.out) \(r.err)")
        guard lines.count == 4 else { return }
        #expect(lines[0] == "1|10|11|12|")
        #expect(lines[1].hasPrefix("1|2|3|") && lines[1].hasSuffix("12|"))
        #expect(lines[2] == "Example Mobile|ドコモ|Other|")
        #expect(lines[3] == "Example Mobile|")
    }

    /// fish 3.6 cannot run `complete -C` through argument-parser's script without a
    /// terminal, so this loads the script in real fish and asks ladder what the script
    /// asks it for as the user presses Tab.
    @Test(.enabled(if: has("fish"))) func fishLoadsTheScriptAndGetsTitlesBesideNumbers() {
        let s = Self.sandbox()
        let load = "ladder --generate-completion-script fish | source; and complete -c ladder | string match -q '*---completion show*'"
        let loaded = runProcess("/usr/bin/fish", ["--no-config", "-c", load], environment: Self.environment(s))
        #expect(loaded.status == 0, "\(loaded.out) \(loaded.err)")
        var env = Self.environment(s)
        env["SAP_SHELL"] = "fish"
        let asked = runProcess(ladderBinary, ["---completion", "show", "--", "positional@0", "2", "1", "ladder", "show", "1"], environment: env)
        #expect(asked.out.split(separator: "\n").map(String.init) == ["1\tMail bounces", "10\tcase 10", "11\tcase 11", "12\tcase 12"], "\(asked.out)")
    }

    @Test(.enabled(if: has("zsh"))) func zshLoadsTheScriptAndGetsTitlesBesideNumbers() {
        let s = Self.sandbox()
        let load = "autoload -U compinit && compinit -u -D && source <(ladder --generate-completion-script zsh) && (( $+functions[_ladder] ))"
        let loaded = runProcess("/usr/bin/zsh", ["-f", "-c", load], environment: Self.environment(s))
        #expect(loaded.status == 0, "\(loaded.err)")
        // What the zsh script asks ladder for as the user presses Tab after `ladder show 1`.
        var env = Self.environment(s)
        env["SAP_SHELL"] = "zsh"
        let asked = runProcess(ladderBinary, ["---completion", "show", "--", "positional@0", "2", "1", "ladder", "show", "1"], environment: env)
        #expect(asked.out.split(separator: "\n").first == "1:Mail bounces", "\(asked.out) \(asked.err)")
    }
}
