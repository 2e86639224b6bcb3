//! The talkcard binary: in the browser (wasm32) it starts the Yew app; natively it is a small
//! CLI that parses talk files with the same core and prints what the card would show.

#[cfg(target_arch = "wasm32")]
fn main() {
    talkcard::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!(
            "usage: talkcard TALK_FILE...\nParses each talk file and prints its card summary."
        );
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in &paths {
        let text = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(err) => {
                eprintln!("{path}: cannot read: {err}");
                failed = true;
                continue;
            }
        };
        match talkcard::Talk::parse(&text) {
            Ok(talk) => {
                let primary = talk
                    .media
                    .primary
                    .as_ref()
                    .map_or("none".to_owned(), |m| m.page_url());
                println!(
                    "{path}: {:?} [{}] speakers={:?} player={primary}",
                    talk.title,
                    talk.kind.as_str(),
                    talk.speakers
                );
                for rejected in &talk.media.rejected {
                    println!("{path}: warning: {rejected}");
                }
            }
            Err(err) => {
                println!("{path}: error: {err}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
