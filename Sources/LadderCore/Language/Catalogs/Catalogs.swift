/// The compiled-in catalogs, one file per language (Docs/Language.md). Each is PO
/// text in a raw string: a string literal compiles in moments where an embedded byte
/// array of the same size takes minutes.
enum Catalogs {}
