//! What every end-to-end test needs: the built dist served on 127.0.0.1 under a sub-path, and a
//! real browser driven through WebDriver: Chromium, Firefox or WebKit ([`Engine`]).
//!
//! The server is a few lines of std (a thread per connection, `Connection: close`): it serves
//! `dist/` under `/talkcard/` — as a static host would serve the app from a sub-path — the test
//! fixtures under `/fixtures/`, and the real corpus laid out like a conference site under
//! `/site/events/<event>/program/<talk>.md` and `/site/events/<event>/speakers/<slug>.md` (with
//! photos from `tests/fixtures/photos/<event>/`), so speaker files resolve as they do on
//! devopsdays.org; and as the site's repository lays it out, talks under
//! `/site/content/events/…` (the corpus, then `tests/fixtures/site/`) beside the events' real
//! data files under `/site/data/events/…`, where a talk finds its event's schedule. The benchmark (`benches/browser.rs`) uses the same server: it adds the
//! JavaScript peer's build under `/peer/` and the pages of `/bench/`.

use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

#[path = "../support/hugo_site.rs"]
mod hugo_site;

/// The export of the corpus laid out as a Hugo site (with the speakers' photos of
/// `tests/fixtures/photos/`, and the project's own 2032 Harbourview, shaped like a held-out
/// event whose ignites and one talk no slot names), made once per test run with `talkcard export` and the served
/// dist, served under `/published/`. Beside one talk page it writes `mutant.html`: the same
/// page whose carried talk file says another title (the mutation check of the adoption test).
pub fn published() -> &'static Path {
    static PUBLISHED: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PUBLISHED.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dist =
            std::env::var_os("TALKCARD_DIST").map_or_else(|| root.join("dist"), PathBuf::from);
        let dir = std::env::temp_dir().join(format!("talkcard-published-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let site = hugo_site::corpus_site(&dir);
        hugo_site::add_own_event(&site, "2032-harbourview");
        for event in std::fs::read_dir(root.join("tests/fixtures/photos")).unwrap() {
            let event = event.unwrap();
            let speakers = site
                .join("content/events")
                .join(event.file_name())
                .join("speakers");
            for photo in std::fs::read_dir(event.path()).unwrap() {
                let photo = photo.unwrap();
                std::fs::copy(photo.path(), speakers.join(photo.file_name())).unwrap();
            }
        }
        let out = dir.join("public");
        let status = Command::new(env!("CARGO_BIN_EXE_talkcard"))
            .arg("export")
            .arg(&site)
            .arg("--out")
            .arg(&out)
            .arg("--app")
            .arg(&dist)
            .args(["--base-url", PUBLISHED_BASE])
            // Languages no corpus event is written in (the Brazilian, Russian and Montréal events
            // are found in theirs), so that every shipped language has exported pages that the
            // live card takes over unchanged (`export::every_exported_talk_page…`).
            .args(["--lang", "2019-berlin=de", "--lang", "2017-galway=es"])
            .args(["--lang", "2018-cape-town=pt-PT"])
            .stdout(Stdio::null())
            .status()
            .expect("talkcard export runs");
        // The corpus has two files with errors: their pages are written, and the run says so.
        assert_eq!(status.code(), Some(1));
        let page = out.join("events/2018-amsterdam/program/matt-stratton");
        let html = std::fs::read_to_string(page.join("index.html")).unwrap();
        let (head, carried) = html.split_once("id=\"talkcard-carried\">").unwrap();
        let mutant = format!(
            "{head}id=\"talkcard-carried\">{}",
            carried.replacen("Humane Ops", "Humane Operations", 1)
        );
        std::fs::write(page.join("mutant.html"), mutant).unwrap();
        out
    })
}

/// The address the export is told it is published at: `/published-host.html` serves an
/// exported `embed.html` with it replaced by the test server's `/published/`.
const PUBLISHED_BASE: &str = "https://talkcard.example/published/";

/// The sub-path the app is served under.
pub const APP_PATH: &str = "/talkcard/";

/// A static file server for one test, on two origins (two ports) so that cross-origin
/// requests can be tested.
pub struct Server {
    /// `http://127.0.0.1:PORT`
    pub origin: String,
    /// The same files on another port: another origin. Only `/cors-ok/…` answers with
    /// `Access-Control-Allow-Origin`.
    pub other_origin: String,
    /// While set, every connection is closed unanswered: the venue's network is down.
    down: Arc<AtomicBool>,
    /// How long the wasm bundles take to arrive, in milliseconds (0: at once).
    bundle_delay: Arc<std::sync::atomic::AtomicU64>,
}

/// The edition of `/live/edited.md` the server publishes.
static EDITION: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);

/// How files from disk are served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hosting {
    /// As they are, never cached: what the tests want.
    Plain,
    /// As a static host or CDN serves them (the benchmark): brotli-compressed (`brotli -q 11`)
    /// when the browser accepts it, and cacheable for ten minutes, so that a second visit is
    /// served from the HTTP cache.
    StaticHost,
}

impl Server {
    /// Starts serving `dist/` (or `$TALKCARD_DIST`) and `tests/fixtures/`.
    pub fn start() -> Server {
        Server::start_with(Hosting::Plain)
    }

    /// [`Server::start`] serving files as a static host would ([`Hosting::StaticHost`]).
    #[allow(dead_code, reason = "the benchmark's (benches/browser.rs)")]
    pub fn start_static_host() -> Server {
        Server::start_with(Hosting::StaticHost)
    }

    fn start_with(hosting: Hosting) -> Server {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dist =
            std::env::var_os("TALKCARD_DIST").map_or_else(|| root.join("dist"), PathBuf::from);
        assert!(
            dist.join("index.html").is_file(),
            "no built app in {}: run `trunk build --release` first (scripts/test does)",
            dist.display()
        );
        let fixtures = root.join("tests/fixtures");
        let down = Arc::new(AtomicBool::new(false));
        let bundle_delay = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let listen = |dist: PathBuf, fixtures: PathBuf| {
            let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
            let origin = format!("http://{}", listener.local_addr().unwrap());
            let (down, bundle_delay) = (down.clone(), bundle_delay.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming().flatten() {
                    if down.load(Ordering::SeqCst) {
                        drop(stream);
                        continue;
                    }
                    let (dist, fixtures) = (dist.clone(), fixtures.clone());
                    let delay = Duration::from_millis(bundle_delay.load(Ordering::SeqCst));
                    std::thread::spawn(move || serve(stream, &dist, &fixtures, hosting, delay));
                }
            });
            origin
        };
        Server {
            origin: listen(dist.clone(), fixtures.clone()),
            other_origin: listen(dist, fixtures),
            down,
            bundle_delay,
        }
    }

    /// Publishes edition `n` of `/live/edited.md` (a talk titled "Edition n"). One file for
    /// the whole run: only one test edits it.
    pub fn publish_edition(&self, n: usize) {
        EDITION.store(n, Ordering::SeqCst);
    }

    /// Makes the wasm bundles take `ms` milliseconds to arrive, as on a slow phone network (the
    /// page and everything else still at once).
    pub fn set_bundle_delay(&self, ms: u64) {
        self.bundle_delay.store(ms, Ordering::SeqCst);
    }

    /// Takes the network down (`true`: every connection closed unanswered) or brings it back.
    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }

    /// The URL of a corpus talk (`2019-chicago/x.md`) laid out like the real site.
    pub fn site_talk(&self, talk: &str) -> String {
        let (event, file) = talk.split_once('/').unwrap();
        format!("{}/site/events/{event}/program/{file}", self.origin)
    }

    /// The URL of a talk (`2019-chicago/x.md`) as the site's repository lays it out
    /// (`content/events/<event>/program/<file>`), beside its event's data files.
    pub fn site_content_talk(&self, talk: &str) -> String {
        let (event, file) = talk.split_once('/').unwrap();
        format!("{}/site/content/events/{event}/program/{file}", self.origin)
    }

    /// The app's URL with `query` (e.g. `?talk=…`, or empty).
    pub fn app(&self, query: &str) -> String {
        format!("{}{APP_PATH}{query}", self.origin)
    }

    /// The app with `tests/fixtures/pages/<name>.js` loaded before it, with `query`.
    pub fn app_page(&self, name: &str, query: &str) -> String {
        format!("{}{APP_PATH}page-{name}.html{query}", self.origin)
    }
}

fn serve(
    mut stream: TcpStream,
    dist: &Path,
    fixtures: &Path,
    hosting: Hosting,
    bundle_delay: Duration,
) {
    let mut request_line = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    if request_line.contains("_bg.wasm") {
        std::thread::sleep(bundle_delay);
    }
    // Of the headers, only whether brotli is accepted matters (to a static host).
    let mut accepts_brotli = false;
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        let lower = line.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("accept-encoding:") {
            accepts_brotli = value.split(',').any(|e| e.trim().starts_with("br"));
        }
        line.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    let query = target
        .split_once('?')
        .map(|(_, q)| q.split('#').next().unwrap_or(q));
    if let Some(response) = special(&path, query, dist, fixtures) {
        let _ = stream.write_all(&response);
        if path == "/faults/hang" {
            // Headers and a little of the body, then nothing: a response that never finishes.
            std::thread::sleep(Duration::from_secs(60));
        }
        return;
    }
    let file = if let Some(rest) = path.strip_prefix(APP_PATH) {
        let rest = if rest.is_empty() { "index.html" } else { rest };
        safe_join(dist, rest)
    } else if let Some(rest) = path.strip_prefix("/talkcard-without-words/") {
        // The dist without its languages' catalogue files (a host that lost them).
        safe_join(dist, rest).filter(|_| !rest.starts_with("i18n/"))
    } else if let Some(rest) = path.strip_prefix("/fixtures/") {
        safe_join(fixtures, rest)
    } else if let Some(rest) = path.strip_prefix("/site/events/") {
        site_file(fixtures, rest)
    } else if let Some(rest) = path.strip_prefix("/site/content/events/") {
        site_file(fixtures, rest)
            .filter(|f| f.is_file())
            .or_else(|| safe_join(&fixtures.join("site/content/events"), rest))
    } else if let Some(rest) = path.strip_prefix("/site/content/new-events/") {
        // The experimental tree: `<year>/<city>/program/<talk>.md` from the corpus's
        // `new-events_<year>-<city>/`, `_index.md` and `program.md` as the site has them.
        match rest.splitn(4, '/').collect::<Vec<_>>()[..] {
            [year, city, "program", file] => safe_join(
                &fixtures.join("devopsdays/talks"),
                &format!("new-events_{year}-{city}/{file}"),
            ),
            _ => safe_join(&fixtures.join("devopsdays/content/new-events"), rest),
        }
    } else if let Some(rest) = path.strip_prefix("/site/data/") {
        // The corpus's data files, then the project's own events (`tests/fixtures/site/data`).
        safe_join(&fixtures.join("devopsdays/data"), rest)
            .filter(|f| f.is_file())
            .or_else(|| safe_join(&fixtures.join("site/data"), rest))
    } else if let Some(rest) = path.strip_prefix("/published/") {
        // The export of the corpus (see [`published`]), folders served by their index.html.
        let rest = if rest.is_empty() || rest.ends_with('/') {
            format!("{rest}index.html")
        } else {
            rest.to_owned()
        };
        safe_join(published(), &rest)
    } else if let Some(rest) = path.strip_prefix("/xss/events/") {
        safe_join(&xss_root(fixtures).join("events"), rest)
    } else if let Some(rest) = path.strip_prefix("/peer/") {
        safe_join(&fixtures.join("../../bench/dist"), rest)
    } else if let Some(rest) = path.strip_prefix("/bench/") {
        safe_join(&fixtures.join("../../bench/page"), rest)
    } else {
        None
    };
    let response = match file.and_then(|f| std::fs::read(&f).ok().map(|body| (f, body))) {
        Some((file, body)) if hosting == Hosting::StaticHost => {
            let (body, encoding) = if accepts_brotli {
                (brotli(&file, &body), "Content-Encoding: br\r\n")
            } else {
                (body, "")
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n{encoding}Cache-Control: public, max-age=600\r\nVary: Accept-Encoding\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            );
            [head.into_bytes(), body].concat()
        }
        Some((file, body)) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            );
            [head.into_bytes(), body].concat()
        }
        None => b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found"
            .to_vec(),
    };
    let _ = stream.write_all(&response);
}

/// `body` (the file at `file`) as `brotli -q 11` compresses it, once per file and process.
fn brotli(file: &Path, body: &[u8]) -> Vec<u8> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, Vec<u8>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(compressed) = cache.lock().unwrap().get(file) {
        return compressed.clone();
    }
    let mut child = Command::new("brotli")
        .args(["-q", "11", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("brotli (Debian's `brotli`, installed by scripts/lib.sh)");
    let mut stdin = child.stdin.take().unwrap();
    let input = body.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        output.status.success(),
        "brotli failed on {}",
        file.display()
    );
    cache
        .lock()
        .unwrap()
        .insert(file.to_owned(), output.stdout.clone());
    output.stdout
}

/// A full HTTP/1.1 response.
fn response(status: &str, content_type: &str, extra_headers: &str, body: &[u8]) -> Vec<u8> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{extra_headers}Connection: close\r\n\r\n",
        body.len()
    );
    [head.into_bytes(), body.to_vec()].concat()
}

/// The test server's own pages: trap pages, faults, generated pathological files, CORS.
fn special(path: &str, query: Option<&str>, dist: &Path, fixtures: &Path) -> Option<Vec<u8>> {
    const TALK: &str = "+++\ntitle = \"Across origins\"\n+++\nFetched from another origin.\n";
    let html = "text/html; charset=utf-8";
    let markdown = "text/markdown; charset=utf-8";
    // The app with a script of `tests/fixtures/pages/` loaded first (a fake clock, the
    // browser's language settings…): `/talkcard/page-<name>.html` loads `./page-<name>.js`.
    if let Some(name) = path.strip_prefix("/talkcard/page-") {
        if let Some(name) = name.strip_suffix(".html") {
            let index = std::fs::read_to_string(dist.join("index.html")).ok()?;
            let script = format!("<head>\n<script src=\"./page-{name}.js\"></script>");
            let page = index.replacen("<head>", &script, 1);
            return Some(response("200 OK", html, "", page.as_bytes()));
        }
        let name = name.strip_suffix(".js")?;
        let script =
            std::fs::read(safe_join(&fixtures.join("pages"), &format!("{name}.js"))?).ok()?;
        return Some(response(
            "200 OK",
            "text/javascript; charset=utf-8",
            "",
            &script,
        ));
    }
    // An exported page, across origins: `/cors-ok/published/…` answers with
    // `Access-Control-Allow-Origin`, as GitHub Pages does.
    if let Some(rest) = path.strip_prefix("/cors-ok/published/") {
        let file = if rest.is_empty() || rest.ends_with('/') {
            format!("{rest}index.html")
        } else {
            rest.to_owned()
        };
        let body = std::fs::read(safe_join(published(), &file)?).ok()?;
        let kind = if file.ends_with(".html") {
            html
        } else {
            "application/octet-stream"
        };
        return Some(response(
            "200 OK",
            kind,
            "Access-Control-Allow-Origin: *\r\n",
            &body,
        ));
    }
    // A host page that names its cards by their pages: `/page-cards.html?src=A&src=B…` (each
    // src a mount point's `data-talkcard-src`; `theme=dark` makes the second one dark).
    if path == "/page-cards.html" {
        let mut mounts = String::new();
        for (n, (_, value)) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes())
            .filter(|(k, _)| k == "src")
            .enumerate()
        {
            let theme = if n == 1 { " data-theme=\"dark\"" } else { "" };
            mounts.push_str(&format!(
                "<div class=\"slot\" data-talkcard-src=\"{}\"{theme}></div>\n",
                value.replace('"', "&quot;")
            ));
        }
        let page = format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cards by their pages</title>\n\
             <script type=\"module\" src=\"/talkcard/embed.js\"></script></head><body>\n\
             <h1>Program highlights</h1>\n{mounts}</body></html>\n"
        );
        return Some(response("200 OK", html, "", page.as_bytes()));
    }
    // A page shaped like an exported talk page whose card holds a handler: named as a card's
    // page, it must be refused, and nothing of it run.
    if path == "/fake-talk-page/" {
        let page = "<!DOCTYPE html>\n<html><head><script type=\"module\" src=\"../talkcard/embed.js\"></script></head><body>\
             <main id=\"talkcard-page\" data-talkcard-prerendered=\"content/events/2018-amsterdam/program/x.md\">\
             <article class=\"talkcard\" data-state=\"ready\"><h2 class=\"talkcard-title\">Harmless</h2>\
             <img src=\"/nowhere.png\" onerror=\"window.__pwned = true\"></article></main>\
             <script type=\"application/json\" id=\"talkcard-carried\">{\"talk\":\"+++\\ntitle = \\\"x\\\"\\n+++\\n\"}</script></body></html>";
        return Some(response("200 OK", html, "", page.as_bytes()));
    }
    // An exported page with a script of `tests/fixtures/pages/` loaded first
    // (`/published/…?page=clock`: the visitor's clock during the 2019 Chicago event).
    if let (Some(rest), Some(name)) = (
        path.strip_prefix("/published/"),
        query.and_then(|q| q.strip_prefix("page=")),
    ) {
        let file = if rest.is_empty() || rest.ends_with('/') {
            format!("{rest}index.html")
        } else {
            rest.to_owned()
        };
        let page = std::fs::read_to_string(safe_join(published(), &file)?).ok()?;
        let script = format!("<head>\n<script src=\"/talkcard/page-{name}.js\"></script>");
        let page = page.replacen("<head>", &script, 1);
        return Some(response("200 OK", html, "", page.as_bytes()));
    }
    // A host page that pasted an exported `embed.html` (matt-stratton's), and loads talkcard
    // (`/published-host.html`) or no script at all (`/published-host-static.html`).
    if let Some(variant) = path
        .strip_prefix("/published-host")
        .and_then(|v| v.strip_suffix(".html"))
    {
        let embed = std::fs::read_to_string(
            published().join("events/2018-amsterdam/program/matt-stratton/embed.html"),
        )
        .ok()?
        .replace(PUBLISHED_BASE, "/published/");
        let script = match variant {
            "" => "<script type=\"module\" src=\"/published/embed.js\"></script>",
            "-static" => "",
            _ => return None,
        };
        let page = format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A host page</title>{script}</head>\
             <body><h1>Our conference</h1><p>A talk from last year:</p>\n{embed}<p>The host's own text after it.</p></body></html>"
        );
        return Some(response("200 OK", html, "", page.as_bytes()));
    }
    // The three cards of `/site-host.html` on a host page that loads `page-<name>.js` first.
    if let Some(name) = path
        .strip_prefix("/site-host-")
        .and_then(|n| n.strip_suffix(".html"))
    {
        let script = format!("<script src=\"/talkcard/page-{name}.js\"></script>");
        return host_page_with(
            &SITE_HOST_TALKS.map(str::to_owned),
            "/site/content/events",
            &script,
        );
    }
    // An English talk file embedded on a page in another language (`/lang-host/<lang>.html`:
    // `<html lang="<lang>">`, `/lang-host/.html` an empty one), or whose mount point names its
    // own (`/lang-host/<lang>-data-<own>.html`): which language the card speaks (issue 31).
    if let Some(name) = path
        .strip_prefix("/lang-host/")
        .and_then(|n| n.strip_suffix(".html"))
    {
        let (lang, own) = match name.split_once("-data-") {
            Some((lang, own)) => (lang, format!(" data-lang=\"{own}\"")),
            None => (name, String::new()),
        };
        // `?words=none`: talkcard from a dist whose catalogue files are missing; `?talk=missing`:
        // a talk file that is not there.
        let asked = |pair: &str| query.is_some_and(|q| q.split('&').any(|p| p == pair));
        let dist = if asked("words=none") {
            "/talkcard-without-words/"
        } else {
            APP_PATH
        };
        let talk = if asked("talk=missing") {
            "no-such-talk"
        } else {
            "garima-sharma"
        };
        let page = format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>Host</title>\
             <script type=\"module\" src=\"{dist}embed.js\"></script></head><body>\
             <div data-talkcard-src=\"/site/content/events/2019-chicago/program/{talk}.md\"{own}></div>\
             </body></html>"
        );
        return Some(response("200 OK", html, "", page.as_bytes()));
    }
    // A page in a frame `width` CSS pixels wide: a phone's viewport, where an engine's windows
    // cannot be made that narrow (`Browser::goto`).
    if path == "/phone-frame.html" {
        let query = query.unwrap_or_default();
        let param = |name: &str| {
            url::form_urlencoded::parse(query.as_bytes())
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.into_owned())
        };
        let width: u32 = param("width")?.parse().ok()?;
        let src = param("src")?.replace('&', "&amp;").replace('"', "&quot;");
        let page = format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A phone</title>\
             <style>body {{ margin: 0 }} iframe {{ display: block; border: 0; width: {width}px; height: 800px }}</style>\
             </head><body><iframe title=\"The page on a phone\" src=\"{src}\"></iframe></body></html>"
        );
        return Some(response("200 OK", html, "", page.as_bytes()));
    }
    // A talk of the site's repository layout, four seconds late: a card still loading.
    if let Some(talk) = path.strip_prefix("/faults/slow/") {
        std::thread::sleep(Duration::from_secs(4));
        let file = safe_join(
            &fixtures.join("devopsdays/talks"),
            &talk.replace("/program/", "/"),
        )?;
        return Some(response("200 OK", markdown, "", &std::fs::read(file).ok()?));
    }
    Some(match path {
        // The app with the trap loaded first.
        "/talkcard/trap.html" => {
            let index = std::fs::read_to_string(dist.join("index.html")).ok()?;
            let page = index.replacen("<head>", "<head>\n<script src=\"./trap.js\"></script>", 1);
            response("200 OK", html, "", page.as_bytes())
        }
        "/talkcard/trap.js" => response(
            "200 OK",
            "text/javascript; charset=utf-8",
            "",
            &std::fs::read(fixtures.join("trap.js")).ok()?,
        ),
        // A host page without any CSP, trap first: only the sanitiser protects it.
        "/host-trap.html" => {
            let mut names: Vec<String> =
                std::fs::read_dir(fixtures.join("hostile/events/2099-hostile/program"))
                    .ok()?
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect();
            names.sort();
            host_page(&names, "/fixtures/hostile/events/2099-hostile/program")?
        }
        // talkcard's render() on a page without any CSP, trap first: for payloads one by one.
        "/render-trap.html" => response(
            "200 OK",
            html,
            "",
            b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"/talkcard/trap.js\"></script>\
              <script type=\"module\">import init, { render } from \"/talkcard/talkcard.js\";\
              await init({ module_or_path: \"/talkcard/talkcard_bg.wasm\" }); window.talkcardRender = render;</script>\
              </head><body></body></html>",
        ),
        // Every file of the XSS corpus's program folders as an embedded card, on a page without
        // CSP, trap first.
        "/xss-host.html" => host_page(&xss_program_files(fixtures), "/xss/events")?,
        // Every talk of the real corpus as an embedded card, laid out like the site, trap first.
        "/corpus-host.html" => {
            let talks = fixtures.join("devopsdays/talks");
            let mut files = Vec::new();
            for event in std::fs::read_dir(&talks).ok()?.flatten() {
                for file in std::fs::read_dir(event.path()).ok()?.flatten() {
                    let name = file.file_name().to_string_lossy().into_owned();
                    let event = event.file_name().to_string_lossy().into_owned();
                    files.push(format!("{event}/program/{name}"));
                }
            }
            files.sort();
            host_page(&files, "/site/events")?
        }
        // Talks of one event (`/site-host.html?2019-chicago/a.md,2019-chicago/b.md` is not
        // needed: the query is dropped) embedded from the site's repository layout.
        "/site-host.html" => host_page(&SITE_HOST_TALKS.map(str::to_owned), "/site/content/events")?,
        // A host page of its own (a heading, a paragraph) with three cards, one of them still
        // loading for four seconds: for what a failure of talkcard does to it.
        "/failing-host.html" => response(
            "200 OK",
            html,
            "",
            b"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A conference site</title>\
              <script type=\"module\" src=\"/talkcard/embed.js\"></script></head><body>\
              <h1 id=\"host-title\">DevOpsDays Chicago 2019</h1>\
              <div data-talkcard-src=\"/site/content/events/2019-chicago/program/jeff-smith.md\"></div>\
              <div data-talkcard-src=\"/site/content/events/2019-chicago/program/veronica-hanus.md\"></div>\
              <div data-talkcard-src=\"/faults/slow/2019-chicago/program/garima-sharma.md\"></div>\
              <p id=\"host-footer\">The organisers' own text.</p>\
              <button id=\"break\" type=\"button\">Break talkcard</button>\
              <script type=\"module\">\
                const talkcard = await import(\"/talkcard/talkcard.js\");\
                document.getElementById(\"break\").addEventListener(\"click\", () => {\
                  try { talkcard.failForTesting(\"one card broke\"); window.__thrown = \"no error\"; }\
                  catch (e) { window.__thrown = String(e); }\
                });\
              </script></body></html>",
        ),
        "/faults/500" => response("500 Internal Server Error", "text/plain", "", b"boom"),
        // A talk file that its site edits (see [`Server::publish_edition`]).
        "/live/edited.md" => response(
            "200 OK",
            markdown,
            "",
            format!(
                "+++\nTitle = \"Edition {}\"\nType = \"talk\"\n+++\nA file its site edits.\n",
                EDITION.load(Ordering::SeqCst)
            )
            .as_bytes(),
        ),
        "/faults/hang" => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/markdown\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n+++\ntitle = ";
            head.as_bytes().to_vec()
        }
        "/faults/html" => response(
            "200 OK",
            html,
            "",
            b"<!DOCTYPE html>\n<html><head><title>GitHub</title></head><body>A page, not a file</body></html>",
        ),
        "/faults/redirect" => response(
            "302 Found",
            "text/plain",
            "Location: /fixtures/devopsdays/talks/2018-amsterdam/matt-stratton.md\r\n",
            b"",
        ),
        "/cors-ok/talk.md" => response(
            "200 OK",
            markdown,
            "Access-Control-Allow-Origin: *\r\n",
            TALK.as_bytes(),
        ),
        "/cors-refused/talk.md" => response("200 OK", markdown, "", TALK.as_bytes()),
        "/generated/big.md" => {
            let mut text = String::from("+++\ntitle = \"Big\"\n+++\n");
            while text.len() < 5_000_000 {
                text.push_str("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n");
            }
            response("200 OK", markdown, "", text.as_bytes())
        }
        "/generated/nested.md" => {
            let text = format!("+++\ntitle = \"Nested\"\n+++\n{} Deep inside.\n", ">".repeat(10_000));
            response("200 OK", markdown, "", text.as_bytes())
        }
        "/generated/stars.md" => {
            let text = format!("+++\ntitle = \"Stars\"\n+++\n{}\n\nAfter the stars.\n", "*".repeat(20_000));
            response("200 OK", markdown, "", text.as_bytes())
        }
        "/generated/latin1.md" => response(
            "200 OK",
            markdown,
            "",
            b"+++\ntitle = \"Caf\xe9\"\n+++\nLatin-1, not UTF-8.\n",
        ),
        // The benchmark's inputs: the demo talk as a file, and every corpus talk as one JSON
        // array of texts.
        "/bench/demo.md" => response(
            "200 OK",
            markdown,
            "",
            &std::fs::read(fixtures.join("../../assets/demo/backstage-roll-out.md")).ok()?,
        ),
        "/bench/corpus.json" => {
            let mut texts = Vec::new();
            for event in std::fs::read_dir(fixtures.join("devopsdays/talks")).ok()?.flatten() {
                for file in std::fs::read_dir(event.path()).ok()?.flatten() {
                    texts.push((file.path(), std::fs::read_to_string(file.path()).ok()?));
                }
            }
            texts.sort();
            let texts: Vec<String> = texts.into_iter().map(|(_, text)| text).collect();
            let json = serde_json::to_vec(&texts).ok()?;
            response("200 OK", "application/json", "", &json)
        }
        "/generated/image.png" => {
            let png = std::fs::read(fixtures.join("photos/2018-amsterdam/matt-stratton.jpg")).ok()?;
            response("200 OK", "image/png", "", &png)
        }
        _ => return None,
    })
}

/// Three talks of 2019 Chicago, as `/site-host.html` embeds them.
const SITE_HOST_TALKS: [&str; 3] = [
    "2019-chicago/program/jeff-smith.md",
    "2019-chicago/program/veronica-hanus.md",
    "2019-chicago/program/garima-sharma.md",
];

/// A page without any CSP that embeds `files` (under `prefix`) as cards, the trap loaded first:
/// only the sanitiser protects it.
fn host_page(files: &[String], prefix: &str) -> Option<Vec<u8>> {
    host_page_with(files, prefix, "")
}

/// [`host_page`] with more of the head (`extra`) before talkcard's script.
fn host_page_with(files: &[String], prefix: &str, extra: &str) -> Option<Vec<u8>> {
    let mounts: String = files
        .iter()
        .map(|file| format!("<div data-talkcard-src=\"{prefix}/{file}\"></div>\n"))
        .collect();
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"/talkcard/trap.js\"></script>\
         {extra}<script type=\"module\" src=\"/talkcard/embed.js\"></script></head><body>{mounts}</body></html>"
    );
    Some(response(
        "200 OK",
        "text/html; charset=utf-8",
        "",
        page.as_bytes(),
    ))
}

/// The XSS corpus the tests run: `$TALKCARD_XSS` (the whole of `../shared/xss` with
/// `scripts/xss`), or the fixed sample in `tests/fixtures/xss`.
pub fn xss_root(fixtures: &Path) -> PathBuf {
    std::env::var_os("TALKCARD_XSS").map_or_else(|| fixtures.join("xss"), PathBuf::from)
}

/// `<event>/program/<file>` for every talk file of the XSS corpus, sorted.
pub fn xss_program_files(fixtures: &Path) -> Vec<String> {
    let events = xss_root(fixtures).join("events");
    let mut files = Vec::new();
    for event in std::fs::read_dir(&events).into_iter().flatten().flatten() {
        let program = event.path().join("program");
        for file in std::fs::read_dir(program).into_iter().flatten().flatten() {
            files.push(format!(
                "{}/program/{}",
                event.file_name().to_string_lossy(),
                file.file_name().to_string_lossy()
            ));
        }
    }
    files.sort();
    files
}

/// `<event>/program/<talk>` and `<event>/speakers/<file>` of the site layout, from the corpus.
fn site_file(fixtures: &Path, rest: &str) -> Option<PathBuf> {
    let mut parts = rest.splitn(3, '/');
    let (event, folder, file) = (parts.next()?, parts.next()?, parts.next()?);
    let corpus = fixtures.join("devopsdays");
    match folder {
        "program" => safe_join(&corpus.join("talks"), &format!("{event}/{file}")),
        "speakers" if file.ends_with(".md") => {
            safe_join(&corpus.join("speakers"), &format!("{event}/{file}"))
        }
        "speakers" => safe_join(&fixtures.join("photos"), &format!("{event}/{file}")),
        _ => None,
    }
}

/// `base/rest`, refusing anything that would climb out of `base`.
fn safe_join(base: &Path, rest: &str) -> Option<PathBuf> {
    let rest = Path::new(rest);
    rest.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| base.join(rest))
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("md") => "text/markdown; charset=utf-8",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("webmanifest") => "application/manifest+json",
        Some("ics") => "text/calendar; charset=utf-8",
        Some("xml") => "application/xml",
        Some("jpg" | "jpeg") => "image/jpeg",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A DevTools protocol command, as chromedriver takes it.
#[derive(Debug)]
#[allow(dead_code, reason = "the benchmark's (benches/browser.rs)")]
struct Cdp {
    cmd: String,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// The browser engines the suite runs in, one per run: `TALKCARD_BROWSER` = `chromium` (the
/// default), `firefox` or `webkit`. `scripts/test` runs the suite once in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Debian's Chromium through chromedriver, headless.
    Chromium,
    /// Firefox ESR through geckodriver (from crates.io), headless.
    Firefox,
    /// WebKit (Safari's engine): WebKitGTK's MiniBrowser through WebKitWebDriver, in an X
    /// display (`xvfb-run`), with the locale a Debian system has by default (`C.UTF-8`), which
    /// WebKit reports as the language `"C"`.
    WebKit,
}

impl Engine {
    /// The engine this run tests, from `TALKCARD_BROWSER`.
    pub fn current() -> Engine {
        match std::env::var("TALKCARD_BROWSER").as_deref() {
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::WebKit,
            Ok("chromium") | Err(_) => Engine::Chromium,
            Ok(other) => panic!("TALKCARD_BROWSER={other}: use chromium, firefox or webkit"),
        }
    }

    /// Its WebDriver server: `$CHROMEDRIVER`, `$GECKODRIVER` or `$WEBKITWEBDRIVER`, else the
    /// command of that name on PATH.
    fn driver(self) -> String {
        let (variable, command) = match self {
            Engine::Chromium => ("CHROMEDRIVER", "chromedriver"),
            Engine::Firefox => ("GECKODRIVER", "geckodriver"),
            Engine::WebKit => ("WEBKITWEBDRIVER", "WebKitWebDriver"),
        };
        std::env::var(variable).unwrap_or_else(|_| command.into())
    }
}

/// How a test wants its browser: all engines honour every field, each in its own way.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// The browser's time zone (an IANA name), as a visitor elsewhere has it.
    pub zone: Option<&'static str>,
    /// A phone-sized viewport this many CSS pixels wide.
    pub phone_width: Option<u32>,
    /// Save downloads into this folder without asking.
    pub downloads: Option<PathBuf>,
    /// The system's colour scheme is dark.
    pub dark: bool,
}

/// A WebDriver server and a fresh browser session in the engine of this run ([`Engine`]); both
/// end when this is dropped (call [`Browser::close`] first for a clean WebDriver shutdown).
pub struct Browser {
    /// The WebDriver session.
    pub client: Client,
    /// The engine it drives.
    pub engine: Engine,
    /// Pages open in a frame this many CSS pixels wide (a phone, where the engine's windows
    /// cannot be made that narrow).
    phone_frame: Option<u32>,
    driver: Child,
    profile: PathBuf,
    /// Ends the session's processes if it outlives [`SESSION_LIMIT`]; dropped with it.
    _watchdog: std::sync::mpsc::Sender<()>,
}

/// The longest a browser session may stay open (`TALKCARD_SESSION_LIMIT`, in seconds, to change
/// it): ten minutes, twice the longest test's session in WebKit here (the corpus test's). A
/// driver that stops answering a command (WebKit's does, now and then, on a loaded machine)
/// would otherwise hold the whole run until CI's own limit. Past it the driver and its browser
/// are ended, so the command waiting on them fails and names its test (which `scripts/test`
/// then runs once more, alone).
fn session_limit() -> Duration {
    std::env::var("TALKCARD_SESSION_LIMIT")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(Duration::from_secs(10 * 60), Duration::from_secs)
}

/// Kills the process group `group` (a driver and the browser it started) unless the returned
/// sender is dropped within `limit`.
fn watchdog(group: u32, limit: Duration) -> std::sync::mpsc::Sender<()> {
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(limit) {
            eprintln!(
                "a browser session was still open after {limit:?}: ending its driver and browser"
            );
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{group}")])
                .stderr(Stdio::null())
                .status();
        }
    });
    tx
}

impl Browser {
    /// A fresh browser of this run's engine with a desktop-sized window.
    pub async fn start() -> Browser {
        Browser::with(Setup::default()).await
    }

    /// A phone-sized screen, `width` CSS pixels wide.
    pub async fn start_phone(width: u32) -> Browser {
        Browser::with(Setup {
            phone_width: Some(width),
            ..Setup::default()
        })
        .await
    }

    /// A browser that saves downloads into `dir` without asking.
    pub async fn start_downloading(dir: &Path) -> Browser {
        Browser::with(Setup {
            downloads: Some(dir.to_owned()),
            ..Setup::default()
        })
        .await
    }

    /// A browser whose clock runs in `zone`.
    pub async fn start_in_zone(zone: &'static str) -> Browser {
        Browser::with(Setup {
            zone: Some(zone),
            ..Setup::default()
        })
        .await
    }

    /// A browser set up as `setup` says.
    pub async fn with(setup: Setup) -> Browser {
        let engine = Engine::current();
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        // A canonical, fresh profile directory: chromedriver fails on paths with `..`.
        let profile = std::env::temp_dir()
            .canonicalize()
            .unwrap()
            .join(format!("talkcard-e2e-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&profile).unwrap();
        let driver_bin = engine.driver();
        let mut command = Command::new(&driver_bin);
        command
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Its own process group, which the browser it starts joins: a test that fails ends
        // them all (see `Drop`), so no browser outlives its test and slows the ones after.
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let capabilities = match engine {
            Engine::Chromium => chromium_capabilities(&setup, &profile),
            Engine::Firefox => {
                // Firefox takes its zone from the environment it is started in.
                if let Some(zone) = setup.zone {
                    command.env("TZ", zone);
                }
                firefox_capabilities(&setup)
            }
            Engine::WebKit => {
                assert!(
                    std::env::var_os("DISPLAY").is_some(),
                    "WebKit needs an X display: run the suite under `xvfb-run -a` (scripts/test does)"
                );
                // Debian's and most containers' default locale, which WebKit reports to pages
                // as the language "C": every test in WebKit runs with it.
                command.env("LANG", "C.UTF-8").env_remove("LC_ALL");
                // Downloads go to the user's XDG download folder, named in user-dirs.dirs.
                if let Some(dir) = &setup.downloads {
                    let config = profile.join("config");
                    std::fs::create_dir_all(&config).unwrap();
                    std::fs::write(
                        config.join("user-dirs.dirs"),
                        format!("XDG_DOWNLOAD_DIR=\"{}\"\n", dir.display()),
                    )
                    .unwrap();
                    command
                        .env("HOME", &profile)
                        .env("XDG_CONFIG_HOME", &config);
                }
                webkit_capabilities(&setup)
            }
        };
        let mut driver = command.spawn().unwrap_or_else(|e| {
            panic!("cannot start {driver_bin}: {e} (scripts/test installs it)")
        });
        let _watchdog = watchdog(driver.id(), session_limit());
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
            if Instant::now() >= deadline {
                let _ = driver.kill();
                panic!("{driver_bin} did not listen on {port}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // A driver may accept the connection before it can serve it (seen under load as
        // "connection reset"): retry the session a few times before failing.
        let mut attempts = 0;
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break client,
                Err(err) if attempts < 5 => {
                    attempts += 1;
                    eprintln!("{driver_bin} session attempt {attempts} failed: {err}; retrying");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(err) => {
                    let _ = driver.kill();
                    panic!("cannot open a {engine:?} session through {driver_bin}: {err}")
                }
            }
        };
        // Firefox and WebKit keep a window at least 500 CSS pixels wide: a phone's viewport is
        // a frame of its width, whose media queries and scrolling are the page's own.
        let phone_frame = setup.phone_width.filter(|_| engine != Engine::Chromium);
        let browser = Browser {
            client,
            engine,
            phone_frame,
            driver,
            profile,
            _watchdog,
        };
        match (engine, setup.phone_width) {
            // Chromium: device emulation (capabilities) and its zone through DevTools.
            (Engine::Chromium, _) => {
                if let Some(zone) = setup.zone {
                    browser
                        .cdp(
                            "Emulation.setTimezoneOverride",
                            serde_json::json!({ "timezoneId": zone }),
                        )
                        .await;
                }
            }
            _ => browser.set_viewport_width(1200).await,
        }
        browser
    }

    /// Resizes the window so that the page's viewport is `width` CSS pixels wide (the window's
    /// frame differs per engine: measured, then corrected once).
    async fn set_viewport_width(&self, width: u32) {
        let height = 1000;
        self.client
            .set_window_size(width, height)
            .await
            .unwrap_or_else(|e| panic!("{:?} cannot resize its window: {e}", self.engine));
        let inner = self
            .client
            .execute("return window.innerWidth", vec![])
            .await
            .unwrap()
            .as_u64()
            .unwrap_or(u64::from(width)) as u32;
        if inner != width {
            let outer = (width + width.saturating_sub(inner)).max(width);
            let _ = self.client.set_window_size(outer, height).await;
        }
    }

    /// Opens the app on a corpus talk (`2019-chicago/x.md`) served like the real site, and waits
    /// until its card is ready and every speaker box has settled.
    pub async fn open_site_talk(&self, server: &Server, talk: &str) {
        let url = server.site_talk(talk);
        self.goto(&server.app(&format!("?talk={url}"))).await;
        self.wait_for(".talkcard[data-state='ready']").await;
        self.wait_for(".talkcard:not(:has([data-speaker-state='loading']))")
            .await;
    }

    /// Sends a DevTools protocol command through chromedriver (`goog/cdp/execute`): network and
    /// CPU throttling, the cache, the browser's time zone. Chromium only.
    pub async fn cdp(&self, cmd: &str, params: serde_json::Value) -> serde_json::Value {
        assert_eq!(
            self.engine,
            Engine::Chromium,
            "DevTools commands are Chromium's"
        );
        self.client
            .issue_cmd(Cdp {
                cmd: cmd.to_owned(),
                params: params.clone(),
            })
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd} {params}: {e}"))
    }

    /// Navigates to `url` (and waits for the page's load event, as WebDriver does). On a phone
    /// in an engine without device emulation, the page opens in a frame of the phone's width
    /// (`/phone-frame.html` of the test server), and the session works inside that frame.
    pub async fn goto(&self, url: &str) {
        let Some(width) = self.phone_frame else {
            self.client
                .goto(url)
                .await
                .unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
            return;
        };
        let origin: String = url.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
        let encoded: String = url::form_urlencoded::byte_serialize(url.as_bytes()).collect();
        let frame = format!("{origin}/phone-frame.html?width={width}&src={encoded}");
        self.client
            .goto(&frame)
            .await
            .unwrap_or_else(|e| panic!("cannot open {frame}: {e}"));
        self.client
            .enter_frame(0)
            .await
            .unwrap_or_else(|e| panic!("cannot enter the phone's frame: {e}"));
    }

    /// Waits (at most 20 s) for an element, failing with the page's text when it never comes.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self
                .client
                .wait()
                .at_most(left)
                .for_element(Locator::Css(css))
                .await
            {
                Ok(element) => return element,
                // WebKit's driver fails a search that a navigation interrupts ("Callback was
                // not called before the unload event"): the next page is still to be searched.
                Err(err) if err.to_string().contains("unload") && Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(err) => {
                    let body = self.client.source().await.unwrap_or_default();
                    panic!("{css} never appeared ({err}); page source:\n{body}");
                }
            }
        }
    }

    /// Types `text` into `element` as a person would, a line break as the Enter key (WebKit's
    /// driver drops a typed "\n").
    pub async fn type_into(&self, element: &fantoccini::elements::Element, text: &str) {
        let enter = char::from(fantoccini::key::Key::Enter).to_string();
        element
            .send_keys(&text.replace('\n', &enter))
            .await
            .unwrap_or_else(|e| panic!("cannot type into {element:?}: {e}"));
    }

    /// Opens a timetable page (`?program=…`, from [`Server::app`] or [`Server::app_page`]) and
    /// waits until its schedule is drawn.
    pub async fn open_timetable(&self, page: &str) {
        self.goto(page).await;
        self.wait_for(".talkcard-timetable[data-state='ready']")
            .await;
    }

    /// Waits until the timetable has every talk file it fetches (each loaded or failed).
    pub async fn every_card_in(&self) {
        self.wait_until(
            "every card in",
            "const t = document.querySelector('.talkcard-timetable[data-state=ready]');
             return !!t && t.dataset.loaded === t.dataset.total;",
            vec![],
        )
        .await;
    }

    /// Moves the pointer over the element `css` finds, as a visitor reaching for it does (from
    /// the viewport's corner: a pointer that does not move makes no event in Firefox).
    pub async fn reach_for(&self, css: &str) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        // WebKit's driver now and then refuses a pointer action with no message (a page still
        // settling after load): the visitor's hand tries again.
        let mut failed = Vec::new();
        for _ in 0..5 {
            let element = self.wait_for(css).await;
            // Its centre in view: a pointer cannot go outside the viewport (WebKit's driver
            // says so for a long card whose centre is below the fold).
            self.client
                .execute(
                    "arguments[0].scrollIntoView({ block: 'center' })",
                    vec![serde_json::to_value(&element).unwrap()],
                )
                .await
                .unwrap();
            let reach = MouseActions::new("visitor".to_owned())
                .then(PointerAction::MoveTo {
                    duration: None,
                    x: 0.0,
                    y: 0.0,
                })
                .then(PointerAction::MoveToElement {
                    element,
                    duration: None,
                    x: 0.0,
                    y: 0.0,
                });
            match self.client.perform_actions(reach).await {
                Ok(()) => return,
                Err(err) => failed.push(err.to_string()),
            }
            let _ = self.client.release_actions().await;
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        let here = self.client.current_url().await.map(|u| u.to_string());
        panic!("cannot move the pointer over {css} on {here:?}: {failed:?}");
    }

    /// Moves the pointer over the element `css` finds and presses the primary button there,
    /// leaving it down until [`Browser::release`].
    pub async fn press_and_hold(&self, css: &str) {
        use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
        let element = self.wait_for(css).await;
        let press = MouseActions::new("visitor".to_owned())
            .then(PointerAction::MoveToElement {
                element,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            });
        self.client
            .perform_actions(press)
            .await
            .unwrap_or_else(|e| panic!("cannot press on {css}: {e}"));
    }

    /// Lets the primary button up where the pointer is, or first moves the pointer to the
    /// viewport's corner when `away` (a press the visitor slides off).
    pub async fn release(&self, away: bool) {
        use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
        let mut up = MouseActions::new("visitor".to_owned());
        if away {
            up = up.then(PointerAction::MoveTo {
                duration: None,
                x: 0.0,
                y: 0.0,
            });
        }
        let up = up.then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
        self.client
            .perform_actions(up)
            .await
            .unwrap_or_else(|e| panic!("cannot release the button: {e}"));
    }

    /// Moves the pointer to the viewport's top left corner, away from what a test reaches for.
    pub async fn pointer_away(&self) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        let away = MouseActions::new("visitor".to_owned()).then(PointerAction::MoveTo {
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        self.client
            .perform_actions(away)
            .await
            .unwrap_or_else(|e| panic!("cannot move the pointer away: {e}"));
    }

    /// Presses and releases `key` on the keyboard, wherever the focus is.
    pub async fn press_key(&self, key: fantoccini::key::Key) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let value = char::from(key);
        let press = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        self.client
            .perform_actions(press)
            .await
            .unwrap_or_else(|e| panic!("cannot press {key:?}: {e}"));
    }

    /// Focuses a timetable's search box, as the keyboard reaches it, and types `text` in it
    /// key by key.
    pub async fn search(&self, text: &str) {
        self.client
            .execute(
                "document.querySelector('.talkcard-search input').focus()",
                vec![],
            )
            .await
            .unwrap();
        self.type_keys(text).await;
    }

    /// Types `text` on the keyboard, key by key, wherever the focus is (`\n` is Enter): real key
    /// events, as a contenteditable editor needs them.
    pub async fn type_keys(&self, text: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut keys = KeyActions::new("keyboard".to_owned());
        for c in text.chars() {
            let value = if c == '\n' {
                char::from(fantoccini::key::Key::Enter)
            } else {
                c
            };
            keys = keys
                .then(KeyAction::Down { value })
                .then(KeyAction::Up { value });
        }
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("cannot type {text:?}: {e}"));
    }

    /// The element a script returns (one inside a shadow root, which CSS locators cannot reach).
    pub async fn element_from(&self, script: &str) -> fantoccini::elements::Element {
        let value = self.client.execute(script, vec![]).await.unwrap();
        let id = value
            .as_object()
            .and_then(|o| o.get("element-6066-11e4-a52e-4f735466cecf"))
            .and_then(|id| id.as_str())
            .unwrap_or_else(|| panic!("{script} gave {value}, not an element"));
        fantoccini::elements::Element::from_element_id(
            self.client.clone(),
            fantoccini::elements::ElementRef::from(id.to_owned()),
        )
    }

    /// Moves the pointer over `element`'s centre.
    pub async fn hover(&self, element: fantoccini::elements::Element) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        let over = MouseActions::new("visitor".to_owned()).then(PointerAction::MoveToElement {
            element,
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        self.client
            .perform_actions(over)
            .await
            .unwrap_or_else(|e| panic!("cannot move the pointer over the element: {e}"));
    }

    /// Presses `key` with `modifier` held (Control+A, Control+Home…), wherever the focus is.
    pub async fn chord(&self, modifier: fantoccini::key::Key, key: char) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let held = char::from(modifier);
        let keys = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: held })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: held });
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("cannot press {modifier:?}+{key:?}: {e}"));
    }

    /// Clicks the element `locator` finds, as a visitor would.
    pub async fn click(&self, locator: Locator<'_>) {
        self.client
            .find(locator)
            .await
            .unwrap_or_else(|e| panic!("nothing to click at {locator:?}: {e}"))
            .click()
            .await
            .unwrap();
    }

    /// Polls `script` (a function body returning a value) until it returns something other
    /// than `null`, `false` or `undefined`, at most 20 s, and returns that value; fails naming
    /// `what` and the last value otherwise.
    pub async fn wait_until(
        &self,
        what: &str,
        script: &str,
        args: Vec<serde_json::Value>,
    ) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let value = self.client.execute(script, args.clone()).await.unwrap();
            if !matches!(
                value,
                serde_json::Value::Null | serde_json::Value::Bool(false)
            ) {
                return value;
            }
            assert!(
                Instant::now() < deadline,
                "{what}: still {value} after 20 s"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .text()
            .await
            .unwrap()
    }

    /// An attribute of the first element matching `css`.
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .attr(name)
            .await
            .unwrap()
    }

    /// Saves a screenshot of the whole page as `target/screenshots/<engine>/<name>.png` (look
    /// at them).
    pub async fn screenshot(&self, name: &str) {
        let (width, height) = self.client.get_window_size().await.unwrap();
        let page_height = self
            .client
            .execute("return document.documentElement.scrollHeight", vec![])
            .await
            .unwrap()
            .as_u64()
            .unwrap_or(height);
        // A phone's frame grows to its page's height for the picture, which is the frame's.
        if self.phone_frame.is_some() {
            self.client.enter_parent_frame().await.unwrap();
            self.client
                .execute(
                    "document.querySelector('iframe').style.height = arguments[0] + 'px'",
                    vec![page_height.into()],
                )
                .await
                .unwrap();
        }
        // Chrome adds its own frame to the window size: give the page its full height.
        self.client
            .set_window_size(width as u32, (page_height + 140).max(height) as u32)
            .await
            .unwrap();
        let png = match self.phone_frame {
            Some(_) => {
                let frame = self.client.find(Locator::Css("iframe")).await.unwrap();
                let png = frame.screenshot().await.unwrap();
                self.client.enter_frame(0).await.unwrap();
                png
            }
            None => self.client.screenshot().await.unwrap(),
        };
        self.client
            .set_window_size(width as u32, height as u32)
            .await
            .unwrap();
        let engine = format!("{:?}", self.engine).to_lowercase();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target/screenshots")
            .join(engine);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// Every URL the page has requested so far (Resource Timing), for privacy checks.
    pub async fn requested_urls(&self) -> Vec<String> {
        let value = self
            .client
            .execute(
                "return performance.getEntriesByType('resource').map(e => e.name)",
                vec![],
            )
            .await
            .unwrap();
        serde_json::from_value(value).unwrap()
    }

    /// Fails if the page requested anything from a host other than `origin` (fonts, players,
    /// thumbnails, analytics…): privacy by default.
    pub async fn assert_no_third_party_requests(&self, origin: &str) {
        let requested = self.requested_urls().await;
        assert!(!requested.is_empty(), "resource timing saw nothing");
        for url in &requested {
            assert!(url.starts_with(origin), "third-party request: {url}");
        }
    }

    /// Runs axe-core (from npm, `node_modules/axe-core`) on the page and returns its serious
    /// and critical violations, one line each.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        let axe = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe)
            .unwrap_or_else(|e| panic!("{}: {e} (scripts/test runs npm ci)", axe.display()));
        self.client
            .execute(&format!("{source}\nreturn true;"), vec![])
            .await
            .expect("injecting axe-core");
        let result = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ["violations"] })
                  .then(r => done(r.violations
                    .filter(v => v.impact === "serious" || v.impact === "critical")
                    .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(" ")).join(", ")}`)))
                  .catch(e => done([`axe failed: ${e}`]));"#,
                vec![],
            )
            .await
            .expect("running axe-core");
        serde_json::from_value(result).unwrap()
    }

    /// Ends the session and the driver.
    pub async fn close(mut self) {
        // Bounded: a driver that does not answer is ended below all the same.
        let _ = tokio::time::timeout(Duration::from_secs(30), self.client.clone().close()).await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// chromedriver's capabilities: headless, the flags a closed network needs, a fresh profile.
fn chromium_capabilities(
    setup: &Setup,
    profile: &Path,
) -> serde_json::Map<String, serde_json::Value> {
    let mut args = vec![
        "--headless=new".to_owned(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-dev-shm-usage".into(),
        "--window-size=1200,1000".into(),
        format!("--user-data-dir={}", profile.display()),
    ];
    if setup.dark {
        args.push("--blink-settings=preferredColorScheme=0".into());
    }
    let mut options = serde_json::json!({ "args": args });
    if let Some(width) = setup.phone_width {
        // A desktop window cannot be made that narrow: Chromium's device emulation.
        options["mobileEmulation"] = serde_json::json!({
            "deviceMetrics": { "width": width, "height": 800, "pixelRatio": 1.0, "mobile": true, "touch": true }
        });
    }
    if let Some(dir) = &setup.downloads {
        options["prefs"] = serde_json::json!({
            "download.default_directory": dir.display().to_string(),
            "download.prompt_for_download": false,
        });
    }
    if let Ok(binary) = std::env::var("CHROMIUM_BIN") {
        options["binary"] = binary.into();
    }
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".into(), options);
    caps
}

/// geckodriver's capabilities: Debian's Firefox ESR, headless, its colour scheme and downloads
/// by preference. geckodriver makes a fresh profile itself.
fn firefox_capabilities(setup: &Setup) -> serde_json::Map<String, serde_json::Value> {
    let binary = std::env::var("FIREFOX_BIN").unwrap_or_else(|_| "/usr/bin/firefox-esr".into());
    let mut prefs = serde_json::json!({
        // 0 dark, 1 light, 2 the system's.
        "layout.css.prefers-color-scheme.content-override": if setup.dark { 0 } else { 1 },
    });
    if let Some(dir) = &setup.downloads {
        prefs["browser.download.folderList"] = 2.into();
        prefs["browser.download.dir"] = dir.display().to_string().into();
        prefs["browser.download.useDownloadDir"] = true.into();
        prefs["browser.download.always_ask_before_handling_new_types"] = false.into();
        prefs["browser.helperApps.neverAsk.saveToDisk"] =
            "text/calendar,text/markdown,text/plain,application/octet-stream".into();
        prefs["browser.download.manager.showWhenStarting"] = false.into();
    }
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), "firefox".into());
    caps.insert(
        "moz:firefoxOptions".into(),
        serde_json::json!({ "binary": binary, "args": ["-headless"], "prefs": prefs }),
    );
    caps
}

/// WebKitWebDriver's capabilities: MiniBrowser in automation mode, its zone and colour scheme
/// by its own options.
fn webkit_capabilities(setup: &Setup) -> serde_json::Map<String, serde_json::Value> {
    let binary = std::env::var("MINIBROWSER_BIN")
        .unwrap_or_else(|_| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into());
    let mut args = vec!["--automation".to_owned()];
    if let Some(zone) = setup.zone {
        args.push(format!("--time-zone={zone}"));
    }
    if setup.dark {
        args.push("--dark-mode".into());
    }
    let mut caps = serde_json::Map::new();
    caps.insert(
        "webkitgtk:browserOptions".into(),
        serde_json::json!({ "binary": binary, "args": args }),
    );
    caps
}

impl Drop for Browser {
    /// Ends the driver and every process it started (the browser, its helpers): killing the
    /// driver alone would leave the browser running, and a page it held (a worker retrying
    /// every ten seconds, say) would go on using the machine.
    fn drop(&mut self) {
        // (Ended already by `close`: its process group may be another's by now.)
        if !matches!(self.driver.try_wait(), Ok(None)) {
            return;
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.driver.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
