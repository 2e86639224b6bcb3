//! Compiles talkcard's message files into plain Rust (issue 31), so that neither the card nor the
//! export carries a Fluent runtime: each language's messages become one string (text, with
//! control characters marking an argument and a choice among variants; see
//! `src/language/words.rs`, which renders them and includes what this writes) and each message
//! a typed function. One string per language, not a table of pieces: pointers compress badly,
//! and the card carries every language.
//!
//! The files are `i18n/<tag>/<group>.ftl`, in [Fluent](https://projectfluent.org) syntax, one
//! folder per language talkcard ships; `i18n/en` is the reference. Each group becomes a module
//! of `words` (`card.ftl` → `words::card`), each message a function named after it
//! (`by-speakers` → `words::card::by_speakers`) that takes the language and the message's
//! variables in alphabetical order: a variable that chooses among plural forms or numbers
//! (`{ $count -> [one] … *[other] … }`) is a `u64`, any other a `&str`.
//!
//! Fluent's subset understood here: text, `{ $variable }`, string and number literals, and
//! select expressions on a variable. Anything else (terms, message references, functions,
//! attributes) stops the build with the file, line and what to write instead. A message a
//! language lacks is taken from the language it falls back to (`pt-PT` → `pt-BR` → English),
//! so a translation in progress builds; `words`' tests fail until every language is complete.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// The languages, in `Language::ALL`'s order (the tables are indexed by it), and the language
/// each falls back to for a message it does not have.
const LANGUAGES: [(&str, Option<&str>); 7] = [
    ("en", None),
    ("pt-BR", Some("en")),
    ("pt-PT", Some("pt-BR")),
    ("es", Some("en")),
    ("fr", Some("en")),
    ("de", Some("en")),
    ("ru", Some("en")),
];

/// The group whose messages are notes on files (diagnostics): made where a file is read, written
/// in the language of whatever shows them, so each message is a constructor of `words::Note`.
const NOTES: &str = "notes";

/// The group of the exported pages' own words (their bar, head and descriptions), which only
/// the export writes: the catalogue files a browser loads leave it empty.
const NATIVE_ONLY: &str = "pages";

/// CLDR's plural category names: a select whose keys include one of these (or a number;
/// `other` alone is any select's default) chooses by a number.
const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One message of one language, read.
struct Message {
    /// The comment above it, for the generated function's documentation.
    comment: Vec<String>,
    pattern: Vec<Piece>,
    /// Where it is, for errors.
    at: String,
}

enum Piece {
    Text(String),
    Variable(String),
    /// The variable, then the variants: key, pattern; the default last.
    Select(String, Vec<(String, Vec<Piece>)>),
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap()).join("i18n");
    println!("cargo::rerun-if-changed={}", root.display());
    // language → group → id → message
    let mut catalogues: BTreeMap<&str, BTreeMap<String, BTreeMap<String, Message>>> =
        BTreeMap::new();
    for (tag, _) in LANGUAGES {
        let folder = root.join(tag);
        println!("cargo::rerun-if-changed={}", folder.display());
        let mut groups = BTreeMap::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", folder.display())))
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo::rerun-if-changed={}", file.display());
            let group = file.file_stem().unwrap().to_string_lossy().into_owned();
            groups.insert(group, read(&file));
        }
        catalogues.insert(tag, groups);
    }
    let reference = &catalogues["en"];
    let mut out = String::from("// Written by build.rs from i18n/*/*.ftl: edit those, not this.\n");
    // What the completeness test checks: for each message, each language's own variables and the
    // keys of each of its selects on a number (none when the language lacks the message).
    let mut inventory = String::from(
        "/// Every message as each language wrote it (`None`: not written, taken from another).\n\
         #[cfg(test)]\n\
         pub(crate) const INVENTORY: &[(&str, &str, [Option<Written>; 7])] = &[\n",
    );
    // Each language's catalogue file: its groups' messages, in the modules' order.
    let mut files: Vec<Vec<String>> = vec![Vec::new(); LANGUAGES.len()];
    for (number, (group, messages)) in reference.iter().enumerate() {
        let _ = writeln!(out, "pub mod {} {{", ident(group));
        // (`Arg` is unused in a group whose messages have no variables.)
        out.push_str("    #![allow(clippy::all)]\n    #[allow(unused_imports)]\n    use super::{Arg, Note, render};\n    #[allow(unused_imports)]\n    use crate::language::Language;\n");
        let _ = writeln!(
            out,
            "    /// This group's place in a language's catalogue file.\n    pub(crate) const GROUP: usize = {number};"
        );
        // The group's messages in each language: a group of its own, so that a build which uses
        // none of its messages (the card leaves out the exported pages' words) carries none.
        let mut blobs: Vec<Vec<String>> = vec![Vec::new(); LANGUAGES.len()];
        for (id, english) in messages {
            let mut numbers = BTreeSet::new();
            numbers_of(&english.pattern, &mut numbers);
            let mut variables = BTreeSet::new();
            variables_of(&english.pattern, &mut variables);
            let variables: Vec<String> = variables.into_iter().collect();
            let index = blobs[0].len();
            let mut written = Vec::new();
            for (tag, _) in LANGUAGES {
                let own = catalogues[tag].get(group).and_then(|g| g.get(id));
                written.push(own.map(|message| {
                    let mut vars = BTreeSet::new();
                    variables_of(&message.pattern, &mut vars);
                    if let Some(unknown) = vars.iter().find(|v| !variables.contains(v)) {
                        fail(&format!(
                            "{}: ${unknown} is not a variable of the English message {id} (it has {})",
                            message.at,
                            list(&variables)
                        ));
                    }
                    let mut selects = Vec::new();
                    number_selects(&message.pattern, &numbers, &mut selects);
                    format!(
                        "Some(Written {{ variables: &[{}], number_selects: &[{}] }})",
                        vars.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(", "),
                        selects
                            .iter()
                            .map(|keys| format!("&[{}]", keys.iter().map(|k| format!("{k:?}")).collect::<Vec<_>>().join(", ")))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }).unwrap_or_else(|| "None".to_owned()));
                let message = resolve(&catalogues, tag, group, id);
                let at = LANGUAGES.iter().position(|(t, _)| *t == tag).unwrap();
                blobs[at].push(encode(&message.pattern, &variables));
            }
            let _ = writeln!(
                inventory,
                "    ({group:?}, {id:?}, [{}]),",
                written.join(", ")
            );
            for line in &english.comment {
                let _ = writeln!(out, "    /// {line}");
            }
            if !english.comment.is_empty() {
                out.push_str("    ///\n");
            }
            let _ = writeln!(
                out,
                "    /// English: \"{}\"",
                plain(&english.pattern).replace('\n', " ")
            );
            // Each variable as a parameter, `name: u64` or `name: &str`.
            let typed: Vec<String> = variables
                .iter()
                .map(|v| {
                    let kind = if numbers.contains(v) { "u64" } else { "&str" };
                    format!("{}: {kind}", ident(v))
                })
                .collect();
            let args: Vec<String> = variables
                .iter()
                .map(|v| {
                    if numbers.contains(v) {
                        format!("Arg::Number({})", ident(v))
                    } else {
                        format!("Arg::Text({})", ident(v))
                    }
                })
                .collect();
            if group == NOTES {
                // A note is kept with its arguments and written later, in the language of
                // whatever shows it (`words::Note`).
                let params = typed.join(", ");
                let _ = writeln!(
                    out,
                    "    pub fn {}({params}) -> Note {{\n        Note::new({index}, &[{}])\n    }}",
                    ident(id),
                    args.join(", ")
                );
            } else {
                let params: String = typed.iter().map(|p| format!(", {p}")).collect();
                let _ = writeln!(
                    out,
                    "    pub fn {}(language: Language{params}) -> String {{\n        render(GROUP, &CATALOGUES, language, {index}, &[{}])\n    }}",
                    ident(id),
                    args.join(", ")
                );
            }
        }
        // Each language's messages, in the functions' order, separated by NUL: natively all
        // (the export writes every language), in the browser English alone (the others are
        // loaded, one per page, from their catalogue files: `words::load`).
        let catalogues: Vec<String> = blobs.iter().map(|messages| messages.join("\0")).collect();
        let _ = writeln!(
            out,
            "    /// Each language's messages, `Language::ALL`'s order, separated by NUL.\n    #[cfg(not(target_arch = \"wasm32\"))]\n    pub(crate) const CATALOGUES: [&str; 7] = [{}];\n    /// English's messages, separated by NUL: the others are loaded.\n    #[cfg(target_arch = \"wasm32\")]\n    pub(crate) const CATALOGUES: [&str; 1] = [{:?}];",
            catalogues
                .iter()
                .map(|messages| format!("{messages:?}"))
                .collect::<Vec<_>>()
                .join(", "),
            catalogues[0]
        );
        // The exported pages' own words are written natively only: no page fetches them.
        let shipped = group != NATIVE_ONLY;
        for (file, catalogue) in files.iter_mut().zip(catalogues) {
            file.push(if shipped { catalogue } else { String::new() });
        }
        out.push_str("}\n");
    }
    inventory.push_str("];\n");
    out.push_str(&inventory);
    // The catalogue files (`i18n/<tag>.txt` in the dist, copied there by scripts/bundle-js): a
    // header naming the language and a hash of the messages, so that a bundle never reads the
    // file of another build (its message numbers would be another's), then the groups' texts
    // apart by U+0006.
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    let folder = out_dir.join("i18n");
    std::fs::create_dir_all(&folder).unwrap();
    let mut headers = Vec::new();
    for ((tag, _), groups) in LANGUAGES.iter().zip(&files) {
        let body = groups.join("\u{6}");
        let header = format!("talkcard-words {tag} {:016x}\n", fnv(body.as_bytes()));
        std::fs::write(folder.join(format!("{tag}.txt")), format!("{header}{body}")).unwrap();
        headers.push(header);
    }
    let _ = writeln!(
        out,
        "/// Each language's catalogue file's first line: what `load` accepts.\nconst HEADERS: [&str; 7] = {headers:?};"
    );
    std::fs::write(out_dir.join("words.rs"), out).unwrap();
}

/// FNV-1a, 64 bits: a catalogue's fingerprint (not a defence: the file comes from talkcard's own
/// folder).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Reads one `.ftl` file: its messages by id.
fn read(file: &Path) -> BTreeMap<String, Message> {
    let text =
        std::fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{}: {e}", file.display())));
    let line_of = |offset: usize| text[..offset.min(text.len())].lines().count().max(1);
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let error = &errors[0];
            fail(&format!(
                "{}, line {}: {}",
                file.display(),
                line_of(error.pos.start),
                error.kind
            ))
        }
    };
    let mut messages = BTreeMap::new();
    let mut offset = 0;
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_owned();
                // The parser keeps no positions: the message's line is found by its id.
                offset = text[offset..]
                    .find(&format!("{id} ="))
                    .or_else(|| text[offset..].find(&format!("{id}=")))
                    .map_or(offset, |at| offset + at);
                let at = format!("{}, line {} ({id})", file.display(), line_of(offset + 1));
                if !message.attributes.is_empty() {
                    fail(&format!(
                        "{at}: attributes are not supported: write each as a message of its own"
                    ));
                }
                let Some(value) = message.value else {
                    fail(&format!("{at}: the message has no text"));
                };
                let comment = message
                    .comment
                    .map(|c| c.content.iter().map(|l| l.to_string()).collect())
                    .unwrap_or_default();
                let pattern = pattern(&value, &at);
                if messages
                    .insert(
                        id.clone(),
                        Message {
                            comment,
                            pattern,
                            at: at.clone(),
                        },
                    )
                    .is_some()
                {
                    fail(&format!("{at}: {id} is written twice"));
                }
            }
            ast::Entry::Term(term) => fail(&format!(
                "{}: the term -{} is not supported: write its text in the messages",
                file.display(),
                term.id.name
            )),
            _ => {}
        }
    }
    messages
}

fn pattern(pattern: &ast::Pattern<&str>, at: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text(&mut pieces, value),
            ast::PatternElement::Placeable { expression } => {
                expression_of(expression, at, &mut pieces)
            }
        }
    }
    pieces
}

fn text(pieces: &mut Vec<Piece>, value: &str) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(value);
    } else {
        pieces.push(Piece::Text(value.to_owned()));
    }
}

fn expression_of(expression: &ast::Expression<&str>, at: &str, pieces: &mut Vec<Piece>) {
    match expression {
        ast::Expression::Inline(inline) => inline_of(inline, at, pieces),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                fail(&format!(
                    "{at}: a select chooses by a variable only ({{ $name -> … }})"
                ));
            };
            let mut chosen: Vec<(String, Vec<Piece>)> = Vec::new();
            let mut default = None;
            for variant in variants {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                let value = pattern(&variant.value, at);
                if variant.default {
                    default = Some((key, value));
                } else {
                    chosen.push((key, value));
                }
            }
            chosen.push(default.expect("Fluent's parser requires a default variant"));
            pieces.push(Piece::Select(id.name.to_owned(), chosen));
        }
    }
}

fn inline_of(inline: &ast::InlineExpression<&str>, at: &str, pieces: &mut Vec<Piece>) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => text(pieces, &unescape(value, at)),
        ast::InlineExpression::NumberLiteral { value } => text(pieces, value),
        ast::InlineExpression::VariableReference { id } => {
            pieces.push(Piece::Variable(id.name.to_owned()))
        }
        ast::InlineExpression::Placeable { expression } => expression_of(expression, at, pieces),
        ast::InlineExpression::FunctionReference { id, .. } => fail(&format!(
            "{at}: functions ({}()) are not supported: numbers and dates come formatted in the variable",
            id.name
        )),
        ast::InlineExpression::MessageReference { id, .. } => fail(&format!(
            "{at}: message references ({}) are not supported: write the text",
            id.name
        )),
        ast::InlineExpression::TermReference { id, .. } => fail(&format!(
            "{at}: terms (-{}) are not supported: write the text",
            id.name
        )),
    }
}

/// A Fluent string literal's escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(value: &str, at: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(e @ ('"' | '\\')) => out.push(e),
            Some(u @ ('u' | 'U')) => {
                let digits: String = chars.by_ref().take(if u == 'u' { 4 } else { 6 }).collect();
                let code = u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or_else(|| fail(&format!("{at}: \\{u}{digits} is not a character")));
                out.push(code);
            }
            other => fail(&format!("{at}: unknown escape \\{}", other.unwrap_or(' '))),
        }
    }
    out
}

/// The message `id` of `group` for `tag`, or of the language it falls back to.
fn resolve<'a>(
    catalogues: &'a BTreeMap<&str, BTreeMap<String, BTreeMap<String, Message>>>,
    tag: &str,
    group: &str,
    id: &str,
) -> &'a Message {
    let mut language = tag;
    loop {
        if let Some(message) = catalogues[language].get(group).and_then(|g| g.get(id)) {
            return message;
        }
        language = LANGUAGES
            .iter()
            .find(|(t, _)| *t == language)
            .and_then(|(_, fallback)| *fallback)
            .expect("English has every message");
    }
}

/// The variables that choose by a number: a select with a plural category or a number as a key.
fn numbers_of(pieces: &[Piece], numbers: &mut BTreeSet<String>) {
    for piece in pieces {
        if let Piece::Select(variable, variants) = piece {
            if variants.iter().any(|(key, _)| {
                (key != "other" && PLURAL_KEYS.contains(&key.as_str()))
                    || key.parse::<f64>().is_ok()
            }) {
                numbers.insert(variable.clone());
            }
            for (_, pattern) in variants {
                numbers_of(pattern, numbers);
            }
        }
    }
}

fn variables_of(pieces: &[Piece], variables: &mut BTreeSet<String>) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Variable(v) => {
                variables.insert(v.clone());
            }
            Piece::Select(v, variants) => {
                variables.insert(v.clone());
                for (_, pattern) in variants {
                    variables_of(pattern, variables);
                }
            }
        }
    }
}

/// The keys of each select on one of `numbers`.
fn number_selects(pieces: &[Piece], numbers: &BTreeSet<String>, out: &mut Vec<Vec<String>>) {
    for piece in pieces {
        if let Piece::Select(v, variants) = piece {
            if numbers.contains(v) {
                out.push(variants.iter().map(|(key, _)| key.clone()).collect());
            }
            for (_, pattern) in variants {
                number_selects(pattern, numbers, out);
            }
        }
    }
}

/// The pattern in the catalogue's form (`src/language/words.rs` reads it): text as it is; an
/// argument `\u{1}` and its position as a digit; a choice `\u{2}`, the argument's digit, then each
/// variant as its key, `\u{3}`, its pattern, `\u{4}`, the default last, and `\u{5}`.
fn encode(pattern: &[Piece], variables: &[String]) -> String {
    let mut out = String::new();
    for piece in pattern {
        match piece {
            Piece::Text(t) => {
                if t.chars().any(|c| ('\0'..='\u{6}').contains(&c)) {
                    fail("a message contains a control character (U+0000 to U+0006)");
                }
                out.push_str(t)
            }
            Piece::Variable(v) => {
                out.push('\u{1}');
                out.push(digit(position(variables, v)));
            }
            Piece::Select(v, variants) => {
                out.push('\u{2}');
                out.push(digit(position(variables, v)));
                for (key, pattern) in variants {
                    out.push_str(key);
                    out.push('\u{3}');
                    out.push_str(&encode(pattern, variables));
                    out.push('\u{4}');
                }
                out.push('\u{5}');
            }
        }
    }
    out
}

/// An argument's position as one character: `0`…`9`, then on through ASCII.
fn digit(position: usize) -> char {
    if position > 40 {
        fail("a message has more than 40 variables");
    }
    char::from(b'0' + position as u8)
}

fn position(variables: &[String], variable: &str) -> usize {
    variables.iter().position(|v| v == variable).unwrap()
}

/// The English text with `{ $variable }` and the default variant, for documentation.
fn plain(pattern: &[Piece]) -> String {
    pattern
        .iter()
        .map(|piece| match piece {
            Piece::Text(t) => t.replace('"', "\\\""),
            Piece::Variable(v) => format!("{{ ${v} }}"),
            Piece::Select(_, variants) => plain(&variants.last().unwrap().1),
        })
        .collect()
}

/// A Fluent identifier or tag as a Rust one: `by-speakers` → `by_speakers`, `pt-BR` → `pt_br`.
fn ident(name: &str) -> String {
    let name = name.replace('-', "_").to_lowercase();
    const KEYWORDS: [&str; 12] = [
        "as", "box", "fn", "for", "if", "in", "loop", "match", "move", "ref", "type", "where",
    ];
    if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

fn list(variables: &[String]) -> String {
    if variables.is_empty() {
        "none".to_owned()
    } else {
        variables
            .iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error in talkcard's message files: {message}");
    std::process::exit(1)
}
