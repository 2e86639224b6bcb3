//! Where a Hugo site keeps the data of a talk's event, found from the talk file's URL.
//!
//! A devopsdays talk lives at `<site>/content/events/<year>-<city>/program/<slug>.md`; the
//! event's data lives at `<site>/data/events/…` in two layouts (see [`super::data`]). On GitHub
//! the site is a repository: a `blob` (or `raw`) address becomes the raw file host's, which
//! serves the files themselves rather than pages showing them.

use super::percent_decode;

/// The data files that may describe a talk's event, and the talk's slug in its schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFiles {
    /// The event's folder name (`2019-chicago`).
    pub event: String,
    /// The talk's file name without `.md`: its title in the schedule.
    pub slug: String,
    /// URLs to try, in order of preference: `program.yml`, `main.yml`, the flat file.
    pub urls: Vec<String>,
}

impl DataFiles {
    /// The data files for the talk file at `talk_url`, or `None` when the URL is not inside a
    /// Hugo site's `content/events/<year>-<city>/program/` folder.
    pub fn of_talk(talk_url: &str) -> Option<DataFiles> {
        let path = talk_url.split(['?', '#']).next().unwrap_or(talk_url);
        let (root, rest) = path.rsplit_once("/content/events/")?;
        let (event, rest) = rest.split_once('/')?;
        let file = rest.strip_prefix("program/")?;
        if file.contains('/') {
            return None;
        }
        let slug = percent_decode(file.strip_suffix(".md").unwrap_or(file));
        let event = percent_decode(event);
        let (year, city) = event.split_once('-')?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) || city.is_empty() {
            return None;
        }
        let root = raw_root(root);
        let data = format!("{root}/data/events");
        Some(DataFiles {
            urls: vec![
                format!("{data}/{year}/{city}/program.yml"),
                format!("{data}/{year}/{city}/main.yml"),
                format!("{data}/{event}.yml"),
            ],
            event,
            slug,
        })
    }
}

/// A GitHub repository page's address (`https://github.com/o/r/blob/<ref>`) as the raw file
/// host's (`https://raw.githubusercontent.com/o/r/<ref>`); any other root as it is.
fn raw_root(root: &str) -> String {
    for prefix in ["https://github.com/", "https://www.github.com/"] {
        if let Some(rest) = root.strip_prefix(prefix) {
            let parts: Vec<&str> = rest.splitn(4, '/').collect();
            if let [owner, repo, "blob" | "raw", reference] = parts[..] {
                return format!("https://raw.githubusercontent.com/{owner}/{repo}/{reference}");
            }
        }
    }
    root.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_talk_names_both_layouts_newest_first() {
        let files = DataFiles::of_talk(
            "https://example.org/content/events/2019-chicago/program/jeff-smith.md",
        )
        .unwrap();
        assert_eq!(files.event, "2019-chicago");
        assert_eq!(files.slug, "jeff-smith");
        assert_eq!(
            files.urls,
            [
                "https://example.org/data/events/2019/chicago/program.yml",
                "https://example.org/data/events/2019/chicago/main.yml",
                "https://example.org/data/events/2019-chicago.yml",
            ]
        );
    }

    #[test]
    fn github_pages_become_raw_files_and_slugs_are_decoded() {
        let files = DataFiles::of_talk(
            "https://github.com/devopsdays/devopsdays-web/blob/main/content/events/2025-kansas-city/program/nicolas-fr%C3%A4nkel.md?plain=1",
        )
        .unwrap();
        assert_eq!(files.slug, "nicolas-fränkel");
        assert_eq!(
            files.urls[1],
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/data/events/2025/kansas-city/main.yml"
        );
        let raw = DataFiles::of_talk(
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/content/events/2017-kansascity/program/x.md",
        )
        .unwrap();
        assert_eq!(
            raw.urls[2],
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/data/events/2017-kansascity.yml"
        );
        assert_eq!(
            DataFiles::of_talk("/site/content/events/2018-london/program/a.md")
                .unwrap()
                .urls[0],
            "/site/data/events/2018/london/program.yml"
        );
    }

    #[test]
    fn anything_else_has_no_data_files() {
        for url in [
            "https://example.org/talk.md",
            "https://example.org/events/2019-chicago/program/x.md",
            "https://example.org/content/events/2019-chicago/speakers/x.md",
            "https://example.org/content/events/chicago/program/x.md",
            "talks/2019-chicago/x.md",
            "data:text/markdown,+++",
        ] {
            assert_eq!(DataFiles::of_talk(url), None, "{url}");
        }
    }
}
