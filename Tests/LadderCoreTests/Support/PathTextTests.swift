import Testing
@testable import LadderCore

/// Paths taken apart by their last `/`, as Foundation would, without its crash on a
/// one-character relative path (`ladder --store a`).
@Suite struct PathTextTests {
    @Test(arguments: [("a", "", "a"), ("a/b", "a", "b"), ("/a", "/", "a"), ("a/b/", "a", "b"), ("/", "/", "/"),
                      ("./s/cases", "./s", "cases"), ("店/案件", "店", "案件"), ("x//y", "x", "y")])
    func folderAndName(path: String, folder: String, name: String) {
        #expect(PathText.folder(path) == folder)
        #expect(PathText.name(path) == name)
    }
}
