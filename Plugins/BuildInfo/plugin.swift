import Foundation
import PackagePlugin

/// Writes `BuildInfo.swift` with the commit the binary is built from, for
/// `ladder --version` ("0.2.0 (abc1234)"). It runs before every build and rewrites the
/// file only when the commit changed, so an unchanged tree recompiles nothing.
/// Outside a git checkout (a source tarball) the commit reads "unknown".
@main
struct BuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BuildInfo")
        let root = context.package.directoryURL.path
        let script = """
            set -e
            mkdir -p "$1"
            commit=$(git -C "$2" rev-parse --short=7 HEAD 2>/dev/null || echo unknown)
            if [ "$commit" != unknown ] && [ -n "$(git -C "$2" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
              commit="$commit+"
            fi
            printf '// Made by the BuildInfo plugin.\\nlet buildCommit = "%s"\\n' "$commit" > "$1/BuildInfo.swift.new"
            if cmp -s "$1/BuildInfo.swift.new" "$1/BuildInfo.swift"; then rm "$1/BuildInfo.swift.new"; else mv "$1/BuildInfo.swift.new" "$1/BuildInfo.swift"; fi
            """
        return [.prebuildCommand(
            displayName: "Noting the commit ladder is built from",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", script, "buildinfo", output.path, root],
            outputFilesDirectory: output
        )]
    }
}
