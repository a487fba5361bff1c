/// ladder's version; CHANGELOG.md says what each one brought. The commit comes from
/// the BuildInfo plugin at build time.
let ladderVersion = "0.3.0"

/// `0.3.0 (abc1234)`; a `+` after the commit means the tree had uncommitted changes.
let versionLine = "\(ladderVersion) (\(buildCommit))"
