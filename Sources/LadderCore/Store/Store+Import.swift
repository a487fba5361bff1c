import Foundation

extension Store {
    /// Adds a case brought from elsewhere (`ladder import`), under the lock. It keeps its
    /// number when that number was never given out here; otherwise it takes the next one,
    /// as a new case would (no number is given twice). Gives the case as written.
    @discardableResult
    public func adopt(_ file: CaseFile) throws -> CaseFile {
        try locked {
            var file = file
            let next = try nextNumber()
            if file.number < next || FileSystem.exists(path(of: file.number)) { file.number = next }
            try write(file)
            // As create does: not flushed, the case file (flushed) holds the number too.
            if file.number > lastNumberGiven {
                try? FileSystem.writeAtomically(Data("\(file.number)\n".utf8), to: lastNumberPath, durable: false)
            }
            return file
        }
    }
}
