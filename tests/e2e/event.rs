//! The event around the talk (issue 16): a corpus talk served as the site's repository lays it
//! out finds its event's real data files, and its card says when and where, in the event's clock
//! and the visitor's.

use serde_json::{Value, json};

use crate::harness::{Browser, Server, Setup};
use fantoccini::Locator;

/// Opens `?talk=` on a talk in the site's repository layout and waits until the event's
/// schedule has reached the card (give the browser its zone with [`Browser::start_in_zone`]).
async fn open_scheduled(browser: &Browser, server: &Server, talk: &str, source: &str) {
    let url = server.site_content_talk(talk);
    browser.goto(&server.app(&format!("?talk={url}"))).await;
    browser
        .wait_for(&format!(".talkcard-when[data-source='{source}']"))
        .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_talk_without_a_date_shows_its_slot_in_the_event_clock_and_the_visitor_clock() {
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Chicago").await;
    // talks/2019-chicago/jeff-smith.md has an empty Talk_date; data/events/2019/chicago/main.yml
    // has it on 2019-08-27, 09:15-09:45, and the event at UTC-05:00.
    open_scheduled(&browser, &server, "2019-chicago/jeff-smith.md", "schedule").await;
    // The loader fetched the event's data files beside the talk (the card waits for them): the
    // very files the card reads, and in Chromium and Firefox the card took those answers, each
    // fetched once. (WebKit does not hand a preload to fetch() when the answer may not be
    // stored, and this test server lets nothing be stored: there each is fetched twice.)
    let fetched: Vec<String> = serde_json::from_value(
        browser
            .client
            .execute(
                "return performance.getEntriesByType('resource').map((e) => e.name)
                   .filter((name) => name.includes('/data/events/')).sort()",
                vec![],
            )
            .await
            .unwrap(),
    )
    .unwrap();
    let data = format!("{}/site/data/events", server.origin);
    let expected = [
        format!("{data}/2019-chicago.yml"),
        format!("{data}/2019/chicago/main.yml"),
        format!("{data}/2019/chicago/program.yml"),
    ];
    let mut distinct = fetched.clone();
    distinct.dedup();
    assert_eq!(distinct, expected);
    if browser.engine != crate::harness::Engine::WebKit {
        assert_eq!(fetched, expected, "each fetched once");
    }
    // The talk file the loader fetched itself (to ask for its speakers' files at once) is the
    // one the card read, in every engine; the speaker file it named (`Speakers =
    // ["jeff-smith"]`, which the corpus does not have) was asked for at the address the card
    // asks for, and taken by the card where the engine hands preloads over.
    let fetched = |part: &'static str| {
        let client = browser.client.clone();
        async move {
            let names = client
                .execute(
                    "return performance.getEntriesByType('resource').map((e) => e.name)
                       .filter((name) => name.includes(arguments[0])).sort()",
                    vec![json!(part)],
                )
                .await
                .unwrap();
            serde_json::from_value::<Vec<String>>(names).unwrap()
        }
    };
    let events = format!("{}/site/content/events/2019-chicago", server.origin);
    assert_eq!(
        fetched("/program/jeff-smith.md").await,
        [format!("{events}/program/jeff-smith.md")]
    );
    let speaker = fetched("/speakers/").await;
    let mut distinct = speaker.clone();
    distinct.dedup();
    assert_eq!(distinct, [format!("{events}/speakers/jeff-smith.md")]);
    if browser.engine != crate::harness::Engine::WebKit {
        assert_eq!(speaker.len(), 1, "the speaker file fetched once");
    }
    let when = browser.text(".talkcard-when").await;
    assert_eq!(
        when,
        "Took place on Tuesday, August 27, 2019 · 9:15 AM–9:45 AM (UTC-05:00)"
    );
    assert_eq!(
        browser.attr(".talkcard-when", "datetime").await.as_deref(),
        Some("2019-08-27T09:15-05:00")
    );
    let local = browser
        .client
        .execute(
            "return document.querySelectorAll('.talkcard-when-local').length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        local,
        json!(0),
        "Chicago's clock is the event's: no second time"
    );
    assert_eq!(browser.text(".talkcard-event").await, "2019 Chicago");
    assert_eq!(
        browser.text(".talkcard-where").await,
        "UIC Forum, 725 West Roosevelt Road, Chicago, Illinois 60608"
    );
    browser.close().await;
    // In Berlin (UTC+02:00 in August) the same talk is 16:15-16:45.
    let browser = Browser::start_in_zone("Europe/Berlin").await;
    open_scheduled(&browser, &server, "2019-chicago/jeff-smith.md", "schedule").await;
    assert_eq!(
        browser.text(".talkcard-when-local").await,
        "your time: Tue 4:15 PM–4:45 PM GMT+2"
    );
    browser.screenshot("event-slot-berlin").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn cards_of_one_event_share_its_data_and_a_broken_data_file_is_a_located_note() {
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Chicago").await;
    browser
        .goto(&format!("{}/site-host.html", server.origin))
        .await;
    let cards = browser
        .wait_until(
            "three cards with their event's schedule",
            "const cards = [...document.querySelectorAll('[data-talkcard-src]')].map(m => {
               const root = m.shadowRoot;
               const when = root && root.querySelector('.talkcard-when[data-source]');
               const data = root && root.querySelector('.talkcard-data-notes');
               return when && data && {
                 source: when.dataset.source,
                 when: when.textContent,
                 data: data.textContent,
               };
             });
             return cards.every(Boolean) && cards;",
            vec![],
        )
        .await;
    let cards = cards.as_array().unwrap();
    assert_eq!(cards.len(), 3);
    // jeff-smith: a talk slot; veronica-hanus: an ignite, at the day's ignite session.
    assert_eq!(cards[0]["source"], "schedule");
    assert_eq!(cards[1]["source"], "ignites");
    assert!(
        cards[1]["when"]
            .as_str()
            .unwrap()
            .contains("August 27, 2019 · 1:00 PM–1:30 PM"),
        "{}",
        cards[1]
    );
    // 2019-chicago.yml (the older layout) has merge-conflict markers: every card says where,
    // and still shows its slot from main.yml.
    for card in cards {
        let data = card["data"].as_str().unwrap();
        assert!(
            data.contains(
                "data/events/2019-chicago.yml, line 521, column 1: a merge-conflict marker"
            ),
            "{data}"
        );
    }
    // One request per layout for the three cards.
    let data_requests: Vec<String> = browser
        .requested_urls()
        .await
        .into_iter()
        .filter(|u| u.contains("/site/data/"))
        .collect();
    assert_eq!(data_requests.len(), 3, "{data_requests:#?}");
    browser.screenshot("event-host-page").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_talk_whose_event_has_no_data_file_shows_its_own_time_calmly() {
    let server = Server::start();
    let browser = Browser::start().await;
    let url = server.site_content_talk("2030-nowhere/no-data.md");
    browser.goto(&server.app(&format!("?talk={url}"))).await;
    browser.wait_for(".talkcard[data-state='ready']").await;
    // Wait for the three lookups to have answered (404s), then look. (Each once, or twice in
    // WebKit, which fetches again what the loader preloaded when the answer may not be stored.)
    browser
        .wait_until(
            "the data lookups",
            "return new Set(performance.getEntriesByType('resource')
               .filter(e => e.name.includes('/site/data/')).map(e => e.name)).size === 3",
            vec![],
        )
        .await;
    let state: Value = browser
        .client
        .execute(
            "return {
               when: document.querySelector('.talkcard-when').textContent,
               source: document.querySelector('.talkcard-when').dataset.source,
               local: document.querySelectorAll('.talkcard-when-local').length,
               notes: document.querySelectorAll('.talkcard-data-notes, .talkcard-error').length,
             }",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(state["source"], "talk-file", "{state}");
    assert_eq!(
        state["when"], "Saturday, May 4, 2030 · 10:30 AM–11:00 AM",
        "{state}"
    );
    assert_eq!(state["local"], 0, "no offset: the time stays as written");
    assert_eq!(state["notes"], 0, "{state}");
    browser.close().await;
}

/// The `VEVENT` properties of an `.ics` file as a real iCalendar parser reads them (the `ical`
/// crate: unfolded lines, parameters apart), by name.
fn calendar_event(text: &str) -> std::collections::BTreeMap<String, String> {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars
        .next()
        .expect("one calendar")
        .expect("a valid calendar");
    assert_eq!(calendar.events.len(), 1);
    calendar.events[0]
        .properties
        .iter()
        .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
        .collect()
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn add_to_calendar_saves_the_talk_in_utc() {
    let server = Server::start();
    let downloads = std::env::temp_dir()
        .canonicalize()
        .unwrap()
        .join(format!("talkcard-calendar-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&downloads);
    std::fs::create_dir_all(&downloads).unwrap();
    let browser = Browser::with(Setup {
        zone: Some("Asia/Tokyo"),
        downloads: Some(downloads.clone()),
        ..Setup::default()
    })
    .await;
    open_scheduled(&browser, &server, "2019-chicago/jeff-smith.md", "schedule").await;
    browser.wait_for(".talkcard-calendar").await;
    browser
        .click(fantoccini::Locator::Css(".talkcard-calendar"))
        .await;
    let file = downloads.join("jeff-smith.ics");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while !file.is_file() {
        assert!(
            std::time::Instant::now() < deadline,
            "no download in {}",
            downloads.display()
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.lines().all(|l| l.len() <= 76),
        "unfolded lines:\n{text}"
    );
    let event = calendar_event(&text);
    // 09:15-09:45 at UTC-05:00, whatever the visitor's zone (Tokyo here).
    assert_eq!(event["DTSTART"], "20190827T141500Z", "{text}");
    assert_eq!(event["DTEND"], "20190827T144500Z");
    assert_eq!(
        event["SUMMARY"],
        "Ethics in Computing: When Right and Wrong Stop Being Obvious"
    );
    assert_eq!(
        event["LOCATION"],
        "UIC Forum\\, 725 West Roosevelt Road\\, Chicago\\, Illinois 60608"
    );
    assert!(event["UID"].ends_with("@talkcard"), "{}", event["UID"]);
    assert!(event["URL"].contains("?talk="), "{}", event["URL"]);
    assert!(
        event["DESCRIPTION"].starts_with("by Jeff Smith\\n\\nEthics in computing sounds like"),
        "{}",
        event["DESCRIPTION"]
    );
    let _ = std::fs::remove_dir_all(&downloads);
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn the_talk_page_describes_its_event_to_search_engines() {
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Chicago").await;
    open_scheduled(
        &browser,
        &server,
        "2019-chicago/garima-sharma.md",
        "schedule",
    )
    .await;
    let json_ld = browser
        .wait_until(
            "the JSON-LD with the schedule's start",
            "const block = document.querySelector('head script[type=\"application/ld+json\"]');
             const data = block && JSON.parse(block.textContent);
             return data && data.startDate && data.location && data;",
            vec![],
        )
        .await;
    assert_eq!(json_ld["@context"], "https://schema.org");
    assert_eq!(json_ld["@type"], "Event");
    assert_eq!(
        json_ld["name"],
        "Let's play a real life Dungeon and Dragons"
    );
    assert_eq!(json_ld["startDate"], "2019-08-27T15:15-05:00", "{json_ld}");
    assert_eq!(json_ld["endDate"], "2019-08-27T16:00-05:00");
    assert_eq!(json_ld["location"]["@type"], "Place");
    assert_eq!(json_ld["location"]["name"], "UIC Forum");
    assert_eq!(
        json_ld["location"]["address"],
        "725 West Roosevelt Road, Chicago, Illinois 60608"
    );
    assert_eq!(json_ld["performer"][0]["name"], "Garima Sharma");
    assert_eq!(json_ld["recordedIn"]["@type"], "VideoObject");
    assert!(
        json_ld["recordedIn"]["embedUrl"]
            .as_str()
            .unwrap()
            .starts_with("https://www.youtube-nocookie.com/embed/"),
        "{json_ld}"
    );
    // Nothing was requested for it, nor for anything else before play.
    browser.assert_no_third_party_requests(&server.origin).await;
    browser.close().await;
}

/// What the timetable shows: per day, its rows' start times and what each row holds.
const TIMETABLE: &str = r#"
return [...document.querySelectorAll('.talkcard-day')].map(day => ({
  date: day.dataset.date,
  rows: [...day.querySelectorAll('.talkcard-row')].map(row => ({
    start: row.dataset.start || null,
    label: row.classList.contains('talkcard-row--label'),
    slugs: [...row.querySelectorAll('.talkcard-slot--talk')].map(s => s.dataset.slug),
    text: row.querySelector('.talkcard-row-slots').textContent,
  })),
  now: !!day.querySelector('.talkcard-now'),
}));
"#;

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn an_event_timetable_has_its_days_slots_stars_and_a_now_line() {
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Chicago").await;
    // The visitor's clock during the event: 2019-08-27, 10:00 in Chicago (15:00 UTC), set by a
    // script the page loads before talkcard (tests/fixtures/pages/clock.js).
    let program = format!("{}/site/data/events/2019/chicago/main.yml", server.origin);
    browser
        .open_timetable(&server.app_page("clock", &format!("?program={program}")))
        .await;
    let days = browser.client.execute(TIMETABLE, vec![]).await.unwrap();
    let days = days.as_array().unwrap();
    let dates: Vec<&str> = days.iter().map(|d| d["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2019-08-27", "2019-08-28"]);
    for day in days {
        let starts: Vec<&str> = day["rows"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r["start"].as_str())
            .collect();
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted, "rows in time order on {}", day["date"]);
    }
    let first = days[0]["rows"].as_array().unwrap();
    assert_eq!(first[0]["start"], "08:00");
    assert_eq!(first[0]["label"], true);
    assert!(
        first[0]["text"]
            .as_str()
            .unwrap()
            .contains("Registration, Breakfast, Sponsors")
    );
    let talk_row = first.iter().find(|r| r["start"] == "09:15").unwrap();
    assert_eq!(talk_row["slugs"], json!(["jeff-smith"]));
    let ignite_row = first.iter().find(|r| r["start"] == "13:00").unwrap();
    assert!(
        ignite_row["slugs"]
            .as_array()
            .unwrap()
            .contains(&json!("veronica-hanus")),
        "{ignite_row}"
    );
    assert_eq!(
        days[0]["now"], true,
        "the now line, on the event's first day"
    );
    assert_eq!(days[1]["now"], false);
    // A slot whose talk file the corpus lacks: a calm card saying where it is named.
    let missing = browser
        .wait_until(
            "a missing talk file's card",
            "const slot = document.querySelector('.talkcard-slot--missing');
             return slot && slot.textContent;",
            vec![],
        )
        .await;
    assert!(
        missing
            .as_str()
            .unwrap()
            .contains("data/events/2019/chicago/main.yml, line "),
        "{missing}"
    );
    // Starring survives a reload, and "My talks" shows only the starred.
    browser
        .click(fantoccini::Locator::Css(
            ".talkcard-slot--talk[data-slug='jeff-smith'] .talkcard-star",
        ))
        .await;
    browser.client.refresh().await.unwrap();
    browser
        .wait_for(
            ".talkcard-slot--talk[data-slug='jeff-smith'] .talkcard-star[aria-pressed='true']",
        )
        .await;
    browser
        .click(fantoccini::Locator::Css(".talkcard-mine"))
        .await;
    browser
        .wait_for(".talkcard-mine[aria-pressed='true']")
        .await;
    let shown = browser
        .client
        .execute(
            "return [...document.querySelectorAll('.talkcard-slot--talk')].map(s => s.dataset.slug)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(shown, json!(["jeff-smith"]));
    browser
        .click(fantoccini::Locator::Css(".talkcard-mine"))
        .await;
    browser
        .wait_for(".talkcard-mine[aria-pressed='false']")
        .await;
    // What a visitor sees first, and the whole page.
    let top = browser.client.screenshot().await.unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("timetable-top.png"), top).unwrap();
    browser.screenshot("timetable").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn the_editor_says_when_a_draft_disagrees_with_the_schedule() {
    let server = Server::start();
    let browser = Browser::start().await;
    let talk = server.site_content_talk("2019-chicago/jeff-smith.md");
    browser
        .goto(&server.app(&format!("?edit&talk={talk}")))
        .await;
    browser.wait_for("#talkcard-editor").await;
    browser
        .wait_for(".talkcard-editor-preview .talkcard-when[data-source='schedule']")
        .await;
    // The speaker sets a day the schedule does not have.
    crate::editor::replace_text(
        &browser,
        "+++\nTitle = \"Ethics in Computing\"\nType = \"talk\"\nSpeakers = [\"jeff-smith\"]\nTalk_date = \"2019-08-28\"\nTalk_start_time = \"10:00\"\n+++\nDraft.\n",
    )
    .await;
    let note = browser
        .wait_until(
            "the disagreement note",
            "const notes = document.querySelector('.talkcard-editor-preview .talkcard-notes:not(.talkcard-data-notes)');
             return notes && notes.textContent.includes('schedule') && notes.textContent;",
            vec![],
        )
        .await;
    assert!(
        note.as_str().unwrap().contains(
            "the event's schedule (data/events/2019/chicago/main.yml, line 292) has this talk on 2019-08-27 at 09:15, the talk file on 2019-08-28 at 10:00"
        ),
        "{note}"
    );
    assert_eq!(
        browser
            .attr(".talkcard-editor-preview .talkcard-when", "data-source")
            .await
            .as_deref(),
        Some("talk-file")
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn the_timetable_fits_a_phone_and_gives_the_visitors_own_time() {
    let server = Server::start();
    let browser = Browser::with(Setup {
        zone: Some("Europe/Berlin"),
        phone_width: Some(320),
        ..Setup::default()
    })
    .await;
    let program = format!("{}/site/data/events/2019/chicago/main.yml", server.origin);
    browser
        .open_timetable(&server.app(&format!("?program={program}")))
        .await;
    browser
        .wait_for(".talkcard-slot--talk[data-slug='jeff-smith'] .talkcard[data-state='ready']")
        .await;
    let row = browser
        .text(".talkcard-row[data-start='09:15'] .talkcard-when-local")
        .await;
    assert_eq!(row, "your time: Tue 4:15 PM–4:45 PM GMT+2");
    let widths = browser
        .client
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        widths[0].as_u64() <= widths[1].as_u64(),
        "sideways scrolling at 320 px: {widths}"
    );
    browser.screenshot("timetable-320px").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn an_event_of_the_new_events_tree_reads_its_toml_files() {
    let server = Server::start();
    let browser = Browser::start_in_zone("Europe/Berlin").await;
    let talk = format!(
        "{}/site/content/new-events/2019/berlin/program/murali-suriar.md",
        server.origin
    );
    browser.goto(&server.app(&format!("?talk={talk}"))).await;
    browser
        .wait_for(".talkcard-when[data-source='schedule']")
        .await;
    assert_eq!(browser.text(".talkcard-event").await, "2019 Berlin");
    // The event's offset from _index.md (+01:00), not program.md's -06:00.
    assert_eq!(
        browser.text(".talkcard-when").await,
        "Took place on Wednesday, November 27, 2019 · 9:10 AM–9:40 AM (UTC+01:00)"
    );
    let program = format!("{}/site/content/new-events/2019/berlin/", server.origin);
    browser
        .open_timetable(&server.app(&format!("?program={program}")))
        .await;
    let dates = browser
        .client
        .execute(
            "return [...document.querySelectorAll('.talkcard-day')].map(d => d.dataset.date)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(dates, json!(["2019-11-27", "2019-11-28"]));
    browser
        .wait_for(".talkcard-slot--talk[data-slug='murali-suriar']")
        .await;
    browser.close().await;
}

/// Per slot of the first day's 09:00 row: its talk's slug and the room the timetable gives it.
const ROOMS_AT_NINE: &str = r#"
const day = document.querySelector('.talkcard-day');
return [...day.querySelectorAll('.talkcard-row[data-start="09:00"] .talkcard-slot')].map(slot => [
  slot.dataset.slug ?? null,
  slot.querySelector(':scope > .talkcard-slot-room')?.textContent ?? null,
]);
"#;

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn the_timetable_and_the_card_say_in_which_room() {
    let server = Server::start();
    let browser = Browser::start_in_zone("Europe/Amsterdam").await;
    // 2018 Amsterdam's first morning: five workshops at once, each room in its slot's
    // comments ("Location: Grote Zaal"); their talk files are not in the corpus.
    let program = format!("{}/site/data/events/2018/amsterdam/main.yml", server.origin);
    browser
        .open_timetable(&server.app(&format!("?program={program}")))
        .await;
    browser
        .wait_for(".talkcard-slot[data-slug='blackrock-partners'] .talkcard[data-state='ready']")
        .await;
    let rooms = browser.client.execute(ROOMS_AT_NINE, vec![]).await.unwrap();
    assert_eq!(
        rooms,
        json!([
            ["michael-hausenblas", "Grote Zaal"],
            ["blackrock-partners", "IJ Zaal"],
            ["jeffry-molanus-murat-karslioglu", "Studio"],
            ["mandi-walls", "Expo"],
            ["erik-zeedijk-joost-van-wollingen", "Workspace"],
        ])
    );
    // A track beside the room: "HumanOps Track | Location: Grote Zaal".
    assert_eq!(
        browser
            .text(".talkcard-slot[data-slug='matt-stratton'] > .talkcard-slot-room")
            .await,
        "Grote Zaal · HumanOps Track"
    );
    browser.screenshot("timetable-rooms").await;

    // The talk's card gives its room after its time.
    open_scheduled(
        &browser,
        &server,
        "2018-amsterdam/matt-stratton.md",
        "schedule",
    )
    .await;
    assert_eq!(
        browser.text(".talkcard-when").await,
        "Took place on Friday, June 29, 2018 · 3:00 PM–3:30 PM (UTC+02:00)"
    );
    assert_eq!(
        browser.text(".talkcard-when-place").await,
        "· Grote Zaal · HumanOps Track"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_schedule_that_names_talks_by_title_is_shown_and_times_their_cards() {
    let server = Server::start();
    let browser = Browser::start_in_zone("America/New_York").await;
    // The project's own event (tests/fixtures/site): every slot of its program.yml is
    // `type: custom` with a title, talks included, written out of time order.
    let program = format!("{}/site/data/events/2031/tidewater/main.yml", server.origin);
    browser
        .open_timetable(&server.app(&format!("?program={program}")))
        .await;
    let days = browser
        .client
        .execute(
            "return [...document.querySelectorAll('.talkcard-day')].map((day) => [
               day.dataset.date,
               [...day.querySelectorAll('.talkcard-row')].map((row) =>
                 [row.dataset.start, row.querySelector('.talkcard-slot-label').textContent])])",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        days,
        json!([
            [
                "2031-05-14",
                [
                    ["08:00", "Registration & Breakfast"],
                    ["09:00", "Observability Without Tears."],
                    ["09:30", "Don’t Page the Humans"],
                    ["10:00", "Coffee"],
                    ["10:30", "Platform teams that scale"],
                    ["11:00", "Open Spaces"],
                    ["12:00", "Lunch"]
                ]
            ],
            [
                "2031-05-15",
                [
                    ["09:00", "Platform Teams That Scale, Part Two"],
                    ["12:00", "Lunch"]
                ]
            ]
        ])
    );
    browser.screenshot("timetable-titled").await;

    // Each talk file finds its slot by its title, however the schedule typed it.
    for (talk, when) in [
        (
            "kofi-mensah.md",
            "Wednesday, May 14, 2031 · 9:30 AM–10:00 AM (UTC-04:00)",
        ),
        (
            "ana-lima.md",
            "Wednesday, May 14, 2031 · 9:00 AM–9:30 AM (UTC-04:00)",
        ),
        (
            "mei-chen.md",
            "Wednesday, May 14, 2031 · 10:30 AM–11:00 AM (UTC-04:00)",
        ),
        (
            "mei-chen-part-two.md",
            "Thursday, May 15, 2031 · 9:00 AM–9:30 AM (UTC-04:00)",
        ),
    ] {
        open_scheduled(
            &browser,
            &server,
            &format!("2031-tidewater/{talk}"),
            "title",
        )
        .await;
        assert_eq!(browser.text(".talkcard-when").await, when, "{talk}");
        assert_eq!(browser.text(".talkcard-when-place").await, "· Main Hall");
        // The organisers' notes say how: open them as a person would.
        browser
            .click(Locator::Css(".talkcard-data-notes summary"))
            .await;
        let notes = browser.text(".talkcard-data-notes").await;
        assert!(
            notes.contains("program.yml, line ") && notes.contains("matched by title"),
            "{talk}: {notes}"
        );
    }
    browser.screenshot("card-matched-by-title").await;
    browser.close().await;
}

/// Where an element is on the screen: its top edge in CSS pixels from the viewport's top.
async fn top_of(browser: &Browser, css: &str) -> f64 {
    browser
        .client
        .execute(
            "return document.querySelector(arguments[0]).getBoundingClientRect().top",
            vec![json!(css)],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap()
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_timetable_jumps_to_now_and_to_each_day() {
    let server = Server::start();
    let program = format!("{}/site/data/events/2019/chicago/main.yml", server.origin);
    // During the event (the visitor's clock: 2019-08-27, 10:00 in Chicago): "Jump to now".
    let browser = Browser::start_in_zone("America/Chicago").await;
    browser
        .open_timetable(&server.app_page("clock", &format!("?program={program}")))
        .await;
    browser.click(Locator::Css(".talkcard-jump-now")).await;
    browser
        .wait_until(
            "the now line at the top of the screen",
            "const top = document.getElementById('now').getBoundingClientRect().top;
             return top >= 0 && top < innerHeight / 3;",
            vec![],
        )
        .await;
    browser.close().await;

    // Outside the event: no "Jump to now". A link to a day opens at that day.
    let browser = Browser::start().await;
    browser
        .open_timetable(&server.app(&format!("?program={program}#2019-08-28")))
        .await;
    assert!(
        browser
            .client
            .find(Locator::Css(".talkcard-jump-now"))
            .await
            .is_err()
    );
    browser
        .wait_until(
            "the second day at the top of the screen",
            "const top = document.getElementById('2019-08-28').getBoundingClientRect().top;
             return top >= 0 && top < 120;",
            vec![],
        )
        .await;
    let links = browser
        .client
        .execute(
            "return [...document.querySelectorAll('.talkcard-days a')].map((a) => [a.textContent, a.getAttribute('href')])",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        links,
        json!([["Tue 27", "#2019-08-27"], ["Wed 28", "#2019-08-28"]])
    );
    browser.close().await;

    // On a phone the day links stay at the top while the visitor scrolls, and take them there.
    let browser = Browser::start_phone(390).await;
    browser
        .open_timetable(&server.app(&format!("?program={program}")))
        .await;
    // (Every card in: WebKit keeps no scroll anchor while cards above change height.)
    browser.every_card_in().await;
    browser
        .client
        .execute("window.scrollTo(0, 2500)", vec![])
        .await
        .unwrap();
    browser
        .wait_until(
            "the day links held at the top",
            "return Math.abs(document.querySelector('.talkcard-days').getBoundingClientRect().top) < 1",
            vec![],
        )
        .await;
    browser
        .click(Locator::Css(".talkcard-days a[href='#2019-08-28']"))
        .await;
    browser
        .wait_until(
            "the second day under the day links",
            "const top = document.getElementById('2019-08-28').getBoundingClientRect().top;
             const bar = document.querySelector('.talkcard-days').getBoundingClientRect().bottom;
             return top >= bar - 1 && top < bar + 60;",
            vec![],
        )
        .await;
    assert!(top_of(&browser, ".talkcard-days").await.abs() < 1.0);
    browser.screenshot("timetable-days-phone").await;
    browser.close().await;
}
