//! Where a Hugo site keeps the data of a talk's event, found from the talk file's URL.
//!
//! A devopsdays talk lives at `<site>/content/events/<year>-<city>/program/<slug>.md`; the
//! event's data lives at `<site>/data/events/…` in two layouts (see [`super::data`]). The site's
//! experimental "new-events" tree keeps an event in `<site>/content/new-events/<year>/<city>/`
//! instead: talks in `program/`, the event's facts in `_index.md` and its schedule in
//! `program.md`, both as TOML front matter. On GitHub
//! the site is a repository: a `blob` address becomes the raw file host's ([`link::raw_url`]),
//! which serves the files themselves rather than pages showing them.

use super::percent_decode;
use crate::link;

/// One event of a Hugo site: the site's root and the event's folder name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventSite {
    /// The site's root (`https://example.org`, `https://raw.githubusercontent.com/o/r/main`).
    pub root: String,
    /// The event's folder name (`2019-chicago`).
    pub event: String,
    year: String,
    city: String,
    /// In the "new-events" tree rather than `content/events` and `data/events`.
    new_events: bool,
}

impl EventSite {
    fn new(root: &str, event: &str) -> Option<EventSite> {
        let event = percent_decode(event);
        let (year, city) = event.split_once('-')?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) || city.is_empty() {
            return None;
        }
        Some(EventSite {
            root: root.to_owned(),
            year: year.to_owned(),
            city: city.to_owned(),
            event,
            new_events: false,
        })
    }

    /// An event of the "new-events" tree: `…/content/new-events/<year>/<city>`.
    fn new_events(root: &str, year: &str, city: &str) -> Option<EventSite> {
        let site = EventSite::new(root, &format!("{year}-{}", percent_decode(city)))?;
        Some(EventSite {
            new_events: true,
            ..site
        })
    }

    fn new_events_folder(&self) -> String {
        format!(
            "{}/content/new-events/{}/{}",
            self.root, self.year, self.city
        )
    }

    /// The event a timetable address names: one of its data files
    /// (`<site>/data/events/2019/chicago/main.yml`, `…/program.yml`, the flat
    /// `<site>/data/events/2019-chicago.yml`) or its folder (`<site>/content/events/2019-chicago/`,
    /// with or without `program/`).
    pub fn of_address(url: &str) -> Option<EventSite> {
        let url = link::raw_url(url);
        let path = url
            .split(['?', '#'])
            .next()
            .unwrap_or(&url)
            .trim_end_matches('/');
        if let Some((root, rest)) = path.rsplit_once("/data/events/") {
            let parts: Vec<&str> = rest.split('/').collect();
            return match parts[..] {
                [flat] => EventSite::new(root, flat.strip_suffix(".yml")?),
                [year, city, "main.yml" | "program.yml"] => {
                    EventSite::new(root, &format!("{year}-{city}"))
                }
                _ => None,
            };
        }
        if let Some((root, rest)) = path.rsplit_once("/content/new-events/") {
            return match rest.split('/').collect::<Vec<_>>()[..] {
                [year, city] | [year, city, "program" | "program.md" | "_index.md"] => {
                    EventSite::new_events(root, year, city)
                }
                _ => None,
            };
        }
        let (root, rest) = path.rsplit_once("/content/events/")?;
        let event = match rest.split('/').collect::<Vec<_>>()[..] {
            [event] | [event, "program"] => event,
            _ => return None,
        };
        EventSite::new(root, event)
    }

    /// The data files to try, in order of preference: `program.yml`, `main.yml`, the flat file.
    /// In the "new-events" tree: `program.md`, then `_index.md`.
    pub fn data_urls(&self) -> Vec<String> {
        if self.new_events {
            let folder = self.new_events_folder();
            return vec![
                format!("{folder}/program.md"),
                format!("{folder}/_index.md"),
            ];
        }
        let data = format!("{}/data/events", self.root);
        vec![
            format!("{data}/{}/{}/program.yml", self.year, self.city),
            format!("{data}/{}/{}/main.yml", self.year, self.city),
            format!("{data}/{}.yml", self.event),
        ]
    }

    /// The talk file a schedule's slug names.
    pub fn talk_url(&self, slug: &str) -> String {
        if self.new_events {
            return format!("{}/program/{}.md", self.new_events_folder(), slug.trim());
        }
        format!(
            "{}/content/events/{}/program/{}.md",
            self.root,
            self.event,
            slug.trim()
        )
    }
}

/// A talk's event, whose data files may describe it, and the talk's slug in its schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFiles {
    /// The talk's event.
    pub site: EventSite,
    /// The talk's file name without `.md`: its title in the schedule.
    pub slug: String,
}

impl DataFiles {
    /// The data files for the talk file at `talk_url`, or `None` when the URL is not inside a
    /// Hugo site's `content/events/<year>-<city>/program/` folder.
    pub fn of_talk(talk_url: &str) -> Option<DataFiles> {
        let talk_url = link::raw_url(talk_url);
        let path = talk_url.split(['?', '#']).next().unwrap_or(&talk_url);
        let (site, file) = if let Some((root, rest)) = path.rsplit_once("/content/new-events/") {
            let [year, city, "program", file] = rest.split('/').collect::<Vec<_>>()[..] else {
                return None;
            };
            (EventSite::new_events(root, year, city)?, file)
        } else {
            let (root, rest) = path.rsplit_once("/content/events/")?;
            let (event, rest) = rest.split_once('/')?;
            let file = rest.strip_prefix("program/")?;
            if file.contains('/') {
                return None;
            }
            (EventSite::new(root, event)?, file)
        };
        Some(DataFiles {
            site,
            slug: percent_decode(file.strip_suffix(".md").unwrap_or(file)),
        })
    }

    /// URLs to try, in order of preference: `program.yml`, `main.yml`, the flat file (see
    /// [`EventSite::data_urls`]).
    pub fn urls(&self) -> Vec<String> {
        self.site.data_urls()
    }
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
        assert_eq!(files.site.event, "2019-chicago");
        assert_eq!(files.slug, "jeff-smith");
        assert_eq!(
            files.urls(),
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
            files.urls()[1],
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/data/events/2025/kansas-city/main.yml"
        );
        let raw = DataFiles::of_talk(
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/content/events/2017-kansascity/program/x.md",
        )
        .unwrap();
        assert_eq!(
            raw.urls()[2],
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/data/events/2017-kansascity.yml"
        );
        assert_eq!(
            DataFiles::of_talk("/site/content/events/2018-london/program/a.md")
                .unwrap()
                .urls()[0],
            "/site/data/events/2018/london/program.yml"
        );
    }

    #[test]
    fn a_timetable_address_names_its_event_by_data_file_or_folder() {
        for url in [
            "https://example.org/data/events/2019/chicago/main.yml",
            "https://example.org/data/events/2019/chicago/program.yml",
            "https://example.org/data/events/2019-chicago.yml",
            "https://example.org/content/events/2019-chicago/",
            "https://example.org/content/events/2019-chicago/program",
        ] {
            let site = EventSite::of_address(url).unwrap_or_else(|| panic!("{url}"));
            assert_eq!(
                (site.root.as_str(), site.event.as_str()),
                ("https://example.org", "2019-chicago"),
                "{url}"
            );
        }
        let site = EventSite::of_address(
            "https://github.com/devopsdays/devopsdays-web/blob/main/data/events/2023/chicago/program.yml",
        )
        .unwrap();
        assert_eq!(
            site.talk_url("michael-cote "),
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/content/events/2023-chicago/program/michael-cote.md"
        );
        assert_eq!(
            site.data_urls()[0],
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/data/events/2023/chicago/program.yml"
        );
        for url in [
            "https://example.org/program.txt",
            "https://example.org/data/events/2019/chicago/sponsors.yml",
            "https://example.org/content/events/2019-chicago/program/x.md",
        ] {
            assert_eq!(EventSite::of_address(url), None, "{url}");
        }
    }

    #[test]
    fn the_new_events_tree_has_its_data_in_front_matter_files() {
        let files = DataFiles::of_talk(
            "https://example.org/content/new-events/2019/berlin/program/murali-suriar.md",
        )
        .unwrap();
        assert_eq!(
            (files.site.event.as_str(), files.slug.as_str()),
            ("2019-berlin", "murali-suriar")
        );
        assert_eq!(
            files.urls(),
            [
                "https://example.org/content/new-events/2019/berlin/program.md",
                "https://example.org/content/new-events/2019/berlin/_index.md",
            ]
        );
        let site =
            EventSite::of_address("https://example.org/content/new-events/2019/berlin/").unwrap();
        assert_eq!(
            site.talk_url("beth-north"),
            "https://example.org/content/new-events/2019/berlin/program/beth-north.md"
        );
        assert_eq!(site.data_urls(), files.urls());
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
