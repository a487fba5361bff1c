import Foundation
import LadderTUI

/// `--edit` on the command line: the external editor, its failures as usage errors.
enum Editor {
    static func edit(_ initial: String, about: String, flag: String = "--edit") throws -> String {
        do {
            return try ExternalEditor.edit(initial, about: about)
        } catch {
            throw CLIError(kind: .usage, flag: flag, message: error.description, hint: error.hint)
        }
    }
}
