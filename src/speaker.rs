//! Speakers: a talk names them by slug; a speaker file (`../speakers/<slug>.md` beside the
//! talk's folder) says who they are.
//!
//! Speaker files are as messy as talk files: `twitter` holds a handle, an `@handle`, a URL or
//! junk (`N/A`, `TBD`, `TWITTERHANDLE`); `image` is a file name beside the speaker file, `""`
//! or missing; names differ from slugs. The Hugo theme pastes values into links raw (an
//! `@handle` gives a broken link) and silently skips speakers it cannot find. talkcard normalises
//! every link into a URL it checked, drops junk with a located warning, and always has a name.

use crate::diagnostic::{self, Diagnostic};
use crate::front_matter::{self, Fields, NotText};
use crate::language::words::notes;
use crate::link::{self, UrlParts};
use crate::markdown::{self, Block};

/// The speaker file a speaker starts from in the editor: every field, each with a comment.
pub const TEMPLATE: &str = include_str!("../assets/speaker-template.md");

/// A readable name from a slug, for when no speaker file says better:
/// `james-thomas` → "James Thomas", `michael-coté` → "Michael Coté".
///
/// The card must never drop a speaker it cannot look up (the Hugo theme does), so this is the
/// name of last resort.
pub fn name_from_slug(slug: &str) -> String {
    slug.split(['-', '_', ' '])
        .filter(|word| !word.is_empty())
        .map(crate::case::capitalise)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The URL of speaker `slug`'s file for the talk file at `talk_url`: `../speakers/<slug>.md`,
/// as Hugo sites lay them out. `None` when the talk has no absolute URL or the slug could climb
/// out of the speakers folder.
pub fn file_url(talk_url: &str, slug: &str) -> Option<String> {
    let safe = !slug.is_empty()
        && slug != "."
        && slug != ".."
        && !slug.contains(['/', '\\', '?', '#', '%']);
    safe.then(|| link::resolve(talk_url, &format!("../speakers/{slug}.md")))
        .flatten()
}

/// Initials for an avatar: "Michael Coté" → "MC", "Charity Majors (she/her)" → "CM".
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let pick = match words.as_slice() {
        [] => Vec::new(),
        [one] => vec![*one],
        [first, .., last] => vec![*first, *last],
    };
    let firsts: String = pick.iter().filter_map(|w| w.chars().next()).collect();
    crate::case::upper(&firsts)
}

/// Where a speaker can be found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkKind {
    /// Their own website.
    Website,
    /// X (formerly Twitter).
    Twitter,
    /// LinkedIn.
    LinkedIn,
    /// GitHub.
    GitHub,
    /// GitLab.
    GitLab,
    /// A Mastodon (fediverse) account.
    Mastodon,
    /// Bluesky.
    Bluesky,
    /// Twitch.
    Twitch,
    /// Facebook.
    Facebook,
}

impl LinkKind {
    /// Every kind, with the front matter key it is read from, in display order.
    pub const ALL: [(LinkKind, &'static str); 9] = [
        (LinkKind::Website, "website"),
        (LinkKind::Twitter, "twitter"),
        (LinkKind::Mastodon, "mastodon"),
        (LinkKind::Bluesky, "bluesky"),
        (LinkKind::LinkedIn, "linkedin"),
        (LinkKind::GitHub, "github"),
        (LinkKind::GitLab, "gitlab"),
        (LinkKind::Twitch, "twitch"),
        (LinkKind::Facebook, "facebook"),
    ];

    /// A stable name, for `data-kind` and icons.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Website => "website",
            LinkKind::Twitter => "twitter",
            LinkKind::LinkedIn => "linkedin",
            LinkKind::GitHub => "github",
            LinkKind::GitLab => "gitlab",
            LinkKind::Mastodon => "mastodon",
            LinkKind::Bluesky => "bluesky",
            LinkKind::Twitch => "twitch",
            LinkKind::Facebook => "facebook",
        }
    }

    /// The service's name, as a visitor reads it.
    pub fn label(self) -> &'static str {
        match self {
            LinkKind::Website => "Website",
            LinkKind::Twitter => "X (Twitter)",
            LinkKind::LinkedIn => "LinkedIn",
            LinkKind::GitHub => "GitHub",
            LinkKind::GitLab => "GitLab",
            LinkKind::Mastodon => "Mastodon",
            LinkKind::Bluesky => "Bluesky",
            LinkKind::Twitch => "Twitch",
            LinkKind::Facebook => "Facebook",
        }
    }

    /// The host whose URLs this kind accepts as they are, and the profile URL for a handle.
    fn profile(self) -> Option<(&'static str, &'static str)> {
        match self {
            LinkKind::Twitter => Some(("x.com", "https://x.com/")),
            LinkKind::LinkedIn => Some(("linkedin.com", "https://www.linkedin.com/in/")),
            LinkKind::GitHub => Some(("github.com", "https://github.com/")),
            LinkKind::GitLab => Some(("gitlab.com", "https://gitlab.com/")),
            LinkKind::Bluesky => Some(("bsky.app", "https://bsky.app/profile/")),
            LinkKind::Twitch => Some(("twitch.tv", "https://www.twitch.tv/")),
            LinkKind::Facebook => Some(("facebook.com", "https://www.facebook.com/")),
            LinkKind::Website | LinkKind::Mastodon => None,
        }
    }
}

/// A checked link to a speaker's profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerLink {
    /// Which service.
    pub kind: LinkKind,
    /// An `https:`/`http:` URL.
    pub url: String,
    /// What to show: `@handle`, or the URL's host and path for websites.
    pub text: String,
}

/// A parsed speaker file.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The display name (`Title`), trimmed; empty when the file has none.
    pub name: String,
    /// The photo's URL, resolved against the speaker file's URL when one was given.
    pub image: Option<String>,
    /// Pronouns, as written.
    pub pronouns: Option<String>,
    /// Profile links, checked and normalised, in display order.
    pub links: Vec<SpeakerLink>,
    /// The bio, rendered for the sanitiser.
    pub bio: Vec<Block>,
    /// Every front matter field.
    pub fields: Fields,
    /// What the speaker would want to fix.
    pub diagnostics: Vec<Diagnostic>,
}

impl Speaker {
    /// Reads raw bytes of a speaker file.
    pub fn from_bytes(bytes: &[u8], base_url: Option<&str>) -> Result<Speaker, NotText> {
        front_matter::decode(bytes).map(|text| Speaker::parse(text, base_url))
    }

    /// Parses a speaker file; `base_url` is its own URL (the photo is a file beside it).
    pub fn parse(text: &str, base_url: Option<&str>) -> Speaker {
        let fm = front_matter::parse(text);
        let mut diagnostics: Vec<Diagnostic> = Vec::new();
        diagnostics.extend(fm.error.as_ref().map(|e| e.to_diagnostic()));
        diagnostics.extend(fm.warnings.iter().cloned());
        let fields = fm.fields;

        let name = fields.text("title").unwrap_or_default();
        if name.is_empty() || is_placeholder(&name) {
            diagnostics.push(Diagnostic::warning(
                fields.line("title").or(Some(1)),
                notes::speaker_without_name(),
            ));
        }

        let image = fields.text("image").and_then(|image| {
            let resolved = match base_url {
                Some(base) => link::resolve(base, &image),
                None => Some(image.replace(' ', "%20")),
            };
            let safe = resolved.filter(|url| link::is_allowed(url, link::UrlUse::Resource));
            if safe.is_none() {
                diagnostics.push(Diagnostic::warning(
                    fields.line("image"),
                    notes::speaker_image(&format!("{image:?}")),
                ));
            }
            safe
        });

        let mut links = Vec::new();
        for (kind, key) in LinkKind::ALL {
            let Some(value) = fields.text(key) else {
                continue;
            };
            match normalise(kind, &value) {
                Some(link) => links.push(link),
                None => diagnostics.push(Diagnostic::warning(
                    fields.line(key),
                    notes::speaker_link(
                        fields.get(key).map_or(key, |f| f.key.as_str()),
                        kind.label(),
                        &format!("{value:?}"),
                    ),
                )),
            }
        }

        let rendered = markdown::render(fm.body, fm.body_line, base_url, markdown::BIO_TOP_HEADING);
        diagnostics.extend(rendered.diagnostics);
        let bio_text = fm.body.trim();
        if !bio_text.is_empty() && is_placeholder(bio_text.trim_end_matches('.')) {
            let leading = &fm.body[..fm.body.len() - fm.body.trim_start().len()];
            diagnostics.push(Diagnostic::warning(
                Some(fm.body_line + leading.matches('\n').count()),
                notes::placeholder_bio(bio_text),
            ));
        }

        diagnostic::sort_for_fixing(&mut diagnostics);
        Speaker {
            name,
            image,
            pronouns: fields.text("pronouns"),
            links,
            bio: rendered.blocks,
            fields,
            diagnostics,
        }
    }

    /// One line for the corpus golden file: name, photo, links, pronouns, diagnostics.
    pub fn summary(&self) -> String {
        let mut line = format!(
            "speaker {:?} | image {} | pronouns {}",
            self.name,
            self.image.as_deref().unwrap_or("-"),
            self.pronouns.as_deref().unwrap_or("-"),
        );
        for link in &self.links {
            line.push_str(&format!(" | {} {}", link.kind.as_str(), link.url));
        }
        for diagnostic in &self.diagnostics {
            line.push_str(&format!(
                " | {}: {diagnostic}",
                diagnostic.severity.as_str()
            ));
        }
        line
    }
}

/// Values people put where they had nothing to say.
fn is_placeholder(value: &str) -> bool {
    const JUNK: [&str; 14] = [
        "n/a",
        "na",
        "none",
        "null",
        "-",
        "tbd",
        "tba",
        "todo",
        "twitterhandle",
        "speaker",
        "name",
        "nameofspeaker",
        "bio",
        "bio tbd",
    ];
    JUNK.contains(&crate::case::lower(value.trim()).as_str())
}

/// A handle as people write it: `@name`, `name`, possibly with spaces around.
fn handle(value: &str) -> Option<&str> {
    let handle = value.trim().trim_start_matches('@').trim_end_matches('/');
    let ok = !handle.is_empty()
        && handle.len() <= 100
        && handle
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    ok.then_some(handle)
}

/// Turns what a speaker wrote for `kind` into a checked link, or `None` for junk.
pub fn normalise(kind: LinkKind, value: &str) -> Option<SpeakerLink> {
    let value = value.trim();
    if is_placeholder(value) {
        return None;
    }
    let parts = UrlParts::parse(value);
    let is_url = parts
        .as_ref()
        .is_some_and(|p| !p.scheme.is_empty() || p.host.contains('.'));
    let url = match (kind, is_url) {
        (LinkKind::Website, true) => value.to_owned(),
        (LinkKind::Mastodon, _) => {
            // `@user@instance` or `user@instance`, else a profile URL.
            let bare = value.trim_start_matches('@');
            match bare.split_once('@') {
                Some((user, instance)) if handle(user).is_some() && instance.contains('.') => {
                    format!("{instance}/@{user}")
                }
                _ if is_url => value.to_owned(),
                _ => return None,
            }
        }
        (LinkKind::Twitter, true) => {
            let parts = parts?;
            if !(parts.host_is("twitter.com") || parts.host_is("x.com")) {
                return None;
            }
            format!("https://x.com/{}", handle(parts.segments().next()?)?)
        }
        (LinkKind::Bluesky, false) | (LinkKind::Bluesky, true)
            if handle(value).is_some() && !value.contains('/') =>
        {
            format!("https://bsky.app/profile/{}", handle(value)?)
        }
        (_, true) => {
            let (host, _) = kind.profile()?;
            if !parts?.host_is(host) {
                return None;
            }
            value.to_owned()
        }
        (LinkKind::Website, false) => return None,
        (_, false) => {
            let (_, prefix) = kind.profile()?;
            format!("{prefix}{}", handle(value)?)
        }
    };
    // Whatever was built, it must parse as a real http(s) URL; this also normalises it.
    let url = link::http_url(&url)?;
    let text = match kind {
        LinkKind::Website => url
            .split_once("://")
            .map_or(url.as_str(), |(_, rest)| rest)
            .trim_end_matches('/')
            .to_owned(),
        LinkKind::Twitter | LinkKind::GitHub | LinkKind::GitLab | LinkKind::Twitch => {
            format!(
                "@{}",
                url.trim_end_matches('/').rsplit('/').next().unwrap_or("")
            )
        }
        _ => kind.label().to_owned(),
    };
    Some(SpeakerLink { kind, url, text })
}

// Natively: they read the HTML as the native sanitiser leaves it.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_editor_template_reads_without_errors_and_shows_nothing_yet() {
        let speaker = Speaker::parse(TEMPLATE, None);
        assert!(
            speaker.diagnostics.iter().all(|d| !d.is_error()),
            "{:?}",
            speaker.diagnostics
        );
        assert!(speaker.name.is_empty() && speaker.links.is_empty() && speaker.image.is_none());
    }

    #[test]
    fn names_from_slugs() {
        assert_eq!(name_from_slug("james-thomas"), "James Thomas");
        assert_eq!(name_from_slug("michael-coté"), "Michael Coté");
        assert_eq!(name_from_slug("tom-mcLaughlin"), "Tom McLaughlin");
        assert_eq!(
            name_from_slug("reliability_at_scale"),
            "Reliability At Scale"
        );
        assert_eq!(name_from_slug("--"), "");
    }

    #[test]
    fn speaker_files_beside_the_program() {
        let talk = "https://example.org/events/2017-kansascity/program/michael-cote.md";
        assert_eq!(
            file_url(talk, "michael-coté").as_deref(),
            Some("https://example.org/events/2017-kansascity/speakers/michael-cot%C3%A9.md")
        );
        assert_eq!(file_url(talk, "../../secrets"), None);
        assert_eq!(file_url(talk, ".."), None);
        assert_eq!(file_url("talks/x.md", "jane"), None);
    }

    #[test]
    fn avatar_initials() {
        assert_eq!(initials("Michael Coté"), "MC");
        assert_eq!(initials("Sasha Czarkwoski (Rosenbaum)"), "SC");
        assert_eq!(initials("Àbéjídé Àyodélé"), "ÀÀ");
        assert_eq!(initials("Cher"), "C");
        assert_eq!(initials(""), "");
    }

    fn url(kind: LinkKind, value: &str) -> Option<String> {
        normalise(kind, value).map(|l| l.url)
    }

    #[test]
    fn twitter_handles_in_every_form() {
        // speakers/2018-cape-town/joe-nuspl.md writes "@handle".
        for value in [
            "jnuspl",
            "@jnuspl",
            " @jnuspl ",
            "https://twitter.com/jnuspl",
            "x.com/jnuspl/",
        ] {
            assert_eq!(
                url(LinkKind::Twitter, value).as_deref(),
                Some("https://x.com/jnuspl"),
                "{value}"
            );
        }
        assert_eq!(
            normalise(LinkKind::Twitter, "@jnuspl").unwrap().text,
            "@jnuspl"
        );
    }

    #[test]
    fn junk_is_left_out() {
        // speakers/2024-istanbul/nagihan-kivanc.md "N/A", speakers/2020-seattle/zhamak-dehghani.md
        // "TBD", speakers/2017-tel-aviv/ran-leibman.md "TWITTERHANDLE".
        for value in [
            "N/A",
            "TBD",
            "TWITTERHANDLE",
            "two words",
            "javascript:alert(1)",
            "https://evil.example/x",
        ] {
            assert_eq!(url(LinkKind::Twitter, value), None, "{value}");
        }
        assert_eq!(url(LinkKind::Website, "javascript:alert(1)"), None);
        assert_eq!(url(LinkKind::GitHub, "https://evil.example/octocat"), None);
    }

    #[test]
    fn other_services() {
        assert_eq!(
            url(LinkKind::Website, "www.example.org").as_deref(),
            Some("https://www.example.org/")
        );
        assert_eq!(
            url(LinkKind::Website, "http://example.org/").as_deref(),
            Some("http://example.org/")
        );
        assert_eq!(
            url(LinkKind::LinkedIn, "jane-doe").as_deref(),
            Some("https://www.linkedin.com/in/jane-doe")
        );
        assert_eq!(
            url(LinkKind::LinkedIn, "https://www.linkedin.com/in/jane-doe/").as_deref(),
            Some("https://www.linkedin.com/in/jane-doe/")
        );
        assert_eq!(
            url(LinkKind::GitHub, "@octocat").as_deref(),
            Some("https://github.com/octocat")
        );
        assert_eq!(
            url(LinkKind::Mastodon, "@jane@hachyderm.io").as_deref(),
            Some("https://hachyderm.io/@jane")
        );
        assert_eq!(
            url(LinkKind::Mastodon, "https://hachyderm.io/@jane").as_deref(),
            Some("https://hachyderm.io/@jane")
        );
        assert_eq!(
            url(LinkKind::Bluesky, "@jane.bsky.social").as_deref(),
            Some("https://bsky.app/profile/jane.bsky.social")
        );
        assert_eq!(
            url(LinkKind::Twitch, "janestreams").as_deref(),
            Some("https://www.twitch.tv/janestreams")
        );
    }

    #[test]
    fn a_speaker_file() {
        // speakers/2017-kansascity/michael-coté.md: non-ASCII name and image file name.
        let text = "+++\nTitle = \"Michael Coté\"\ntype = \"speaker\"\nimage = \"michael-coté.jpg\"\ntwitter = \"@cote\"\nwebsite = \"https://cote.io/\"\nlinktitle = \"michael-coté\"\n+++\nCoté is a *developer* advocate.\n";
        let s = Speaker::parse(
            text,
            Some("https://example.org/events/2017-kansascity/speakers/michael-cot%C3%A9.md"),
        );
        assert_eq!(s.name, "Michael Coté");
        assert_eq!(
            s.image.as_deref(),
            Some("https://example.org/events/2017-kansascity/speakers/michael-cot%C3%A9.jpg")
        );
        let links: Vec<_> = s.links.iter().map(|l| (l.kind, l.text.as_str())).collect();
        assert_eq!(
            links,
            [(LinkKind::Website, "cote.io"), (LinkKind::Twitter, "@cote")]
        );
        assert!(
            s.bio
                .iter()
                .map(Block::to_html)
                .collect::<String>()
                .contains("<em>developer</em>")
        );
        assert!(s.diagnostics.is_empty(), "{:?}", s.diagnostics);
    }

    #[test]
    fn placeholder_speaker_files_warn() {
        // The archetype's placeholder file: Title="SPEAKER", body "BIO".
        let s = Speaker::parse(
            "+++\nTitle = \"SPEAKER\"\nimage = \"\"\ntwitter = \"N/A\"\n+++\n\nBIO\n",
            None,
        );
        let messages: Vec<String> = s.diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "line 2: the speaker file has no real name: set `Title` to the speaker's name",
                "line 4: twitter: \"N/A\" is not a handle or link for X (Twitter); left out",
                "line 7: the bio \"BIO\" looks like a placeholder",
            ]
        );
        assert_eq!(s.image, None);
    }

    #[test]
    fn diagnostics_come_errors_first_then_in_file_order() {
        // The link is checked after the photo, but it is the earlier line.
        let s = Speaker::parse(
            "+++\nTitle = \"Ada Lovelace\"\ntwitter = \"TBD\"\nimage = \"javascript:alert(1)\"\n+++\nWrote the first program.\n",
            None,
        );
        let lines: Vec<Option<usize>> = s.diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(3), Some(4)], "{:?}", s.diagnostics);
    }
}
