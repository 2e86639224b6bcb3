//! Parse + render speed of the core, natively: every talk file of the corpus.
//!
//! `cargo bench --bench parse` prints the time to parse and render all 208 talks (and the
//! files/s throughput), and single representative files. One iteration = the whole corpus, so
//! µs per file = the median time / 208. `pathological` times the hostile shapes of issue 8
//! (each ~1 MB, the largest file talkcard reads): they must stay linear.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
    native::per_file();
}

/// The benchmark is native only (divan does not build for wasm32).
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::Path;

    use divan::counter::{BytesCount, ItemsCount};
    use talkcard::Talk;

    /// Every talk file of the corpus, as (relative path, bytes).
    fn talks() -> Vec<(String, Vec<u8>)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/devopsdays/talks");
        let mut files = Vec::new();
        for event in std::fs::read_dir(&root).unwrap() {
            for file in std::fs::read_dir(event.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                let name = path
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((name, std::fs::read(&path).unwrap()));
            }
        }
        files.sort();
        files
    }

    /// The headline number: median over 31 passes of parse + render per file.
    pub fn per_file() {
        let files = talks();
        let mut passes: Vec<f64> = (0..31)
            .map(|_| {
                let start = std::time::Instant::now();
                for (name, bytes) in &files {
                    let url = format!("https://example.org/events/{name}");
                    divan::black_box(Talk::from_bytes(divan::black_box(bytes), Some(&url)).ok());
                }
                start.elapsed().as_secs_f64() * 1e6 / files.len() as f64
            })
            .collect();
        passes.sort_by(f64::total_cmp);
        let median = passes[passes.len() / 2];
        println!(
            "\nparse + render: {median:.1} µs per file (median of 31 passes over {} talk files; {:.0} files/s)",
            files.len(),
            1e6 / median
        );
    }

    #[divan::bench]
    fn corpus_208_talks(bencher: divan::Bencher) {
        let files = talks();
        let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
        bencher
            .counter(ItemsCount::new(files.len()))
            .counter(BytesCount::new(bytes))
            .bench(|| {
                for (name, bytes) in &files {
                    let url = format!("https://example.org/events/{name}");
                    divan::black_box(Talk::from_bytes(divan::black_box(bytes), Some(&url)).ok());
                }
            });
    }

    #[divan::bench(args = ["demo", "2016-chicago/adam-jacob.md", "2024-sao-paulo/bernardo-lankheet.md"])]
    fn one_talk(bencher: divan::Bencher, which: &str) {
        let bytes = if which == "demo" {
            include_bytes!("../assets/demo/backstage-roll-out.md").to_vec()
        } else {
            talks()
                .into_iter()
                .find(|(name, _)| name == which)
                .unwrap()
                .1
        };
        bencher.bench(|| divan::black_box(Talk::from_bytes(divan::black_box(&bytes), None).ok()));
    }

    /// Hostile bodies of about 1 MB each; the markdown module's limits keep them linear.
    #[divan::bench(sample_count = 10, args = ["nested quotes", "nested divs", "paragraphs", "stars", "emphasis", "brackets"])]
    fn pathological(bencher: divan::Bencher, shape: &str) {
        let mb = 1_000_000;
        let body = match shape {
            "nested quotes" => "> ".repeat(mb / 2),
            "nested divs" => "<div>".repeat(mb / 5),
            "paragraphs" => "para\n\n".repeat(mb / 6),
            "stars" => "*".repeat(mb),
            "emphasis" => "*a ".repeat(mb / 3),
            _ => "[".repeat(mb),
        };
        let text = format!("+++\ntitle = \"x\"\n+++\n{body}");
        bencher.bench(|| {
            divan::black_box(Talk::from_bytes(divan::black_box(text.as_bytes()), None).ok())
        });
    }
}
