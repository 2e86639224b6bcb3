//! The card's own words in the page's language (issue 31): an English talk file embedded on a
//! host page whose `lang` is Brazilian or European Portuguese, French, Russian or German speaks
//! that language, its date too, and says so in its `lang`, its English title and abstract marked
//! English; a page with no language talkcard ships (an empty `lang`, `x-invalid`, `C`) falls
//! back to the visitor's and then to English; a mount point's own `data-lang` comes first.

use serde_json::Value;

use crate::harness::{Browser, Server};

/// What the card on `/lang-host/<page>.html` says around the talk (garima-sharma.md of 2019
/// Chicago: a YouTube recording, a speaker file, a slot in the event's schedule), once its
/// schedule has reached it.
async fn card(browser: &Browser, server: &Server, page: &str) -> Value {
    card_at(browser, server, &format!("/lang-host/{page}.html")).await
}

/// What the card on the page at `address` says, as [`card`] reads it.
async fn card_at(browser: &Browser, server: &Server, address: &str) -> Value {
    browser.goto(&format!("{}{address}", server.origin)).await;
    browser
        .wait_until(
            &format!("the card of {address} with its schedule"),
            "const card = document.querySelector('[data-talkcard-src]')?.shadowRoot?.querySelector('.talkcard');
             const when = card?.querySelector('.talkcard-when[data-source=\"schedule\"]');
             const heading = card?.querySelector('.talkcard-speakers .talkcard-section-title');
             const text = (css) => card.querySelector(css).textContent.trim();
             return card && card.dataset.state === 'ready' && when && heading && {
               lang: card.getAttribute('lang'),
               kind: text('.talkcard-badge'),
               when: when.textContent,
               by: text('.talkcard-byline'),
               play: text('.talkcard-play-text'),
               heading: heading.textContent,
               calendar: text('.talkcard-calendar'),
               also: text('.talkcard-also a'),
               title: card.querySelector('.talkcard-title').getAttribute('lang'),
               abstract: card.querySelector('.talkcard-abstract').getAttribute('lang'),
             };",
            vec![],
        )
        .await
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_card_speaks_the_language_of_the_page_it_is_on() {
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Chicago").await;
    // page, its lang, the badge, the start of the when line and its date, the byline, the play
    // button, the speakers' heading, the calendar button, the link to the slides.
    let cases = [
        (
            "pt-BR",
            "pt-BR",
            "Palestra",
            "Aconteceu em ",
            "27 de agosto de 2019",
            "por Garima Sharma",
            "Assistir ao vídeo",
            "Palestrante",
            "Adicionar ao calendário",
            "Slides no Speaker Deck",
        ),
        (
            "pt-PT",
            "pt-PT",
            "Palestra",
            "Decorreu em ",
            "27 de agosto de 2019",
            "por Garima Sharma",
            "Reproduzir o vídeo",
            "Orador",
            "Adicionar ao calendário",
            "Diapositivos no Speaker Deck",
        ),
        (
            "fr",
            "fr",
            "Présentation",
            "A eu lieu le ",
            "27 août 2019",
            "par Garima Sharma",
            "Lire la vidéo",
            "Intervenant",
            "Ajouter à l’agenda",
            "Diapositives sur Speaker Deck",
        ),
        (
            "ru",
            "ru",
            "Доклад",
            "Дата проведения: ",
            "27 августа 2019",
            "Garima Sharma",
            "Смотреть видео",
            "Докладчик",
            "Добавить в календарь",
            "Слайды на Speaker Deck",
        ),
        (
            "de",
            "de",
            "Vortrag",
            "Fand statt am ",
            "27. August 2019",
            "von Garima Sharma",
            "Video abspielen",
            "Vortragende Person",
            "Zum Kalender hinzufügen",
            "Folien auf Speaker Deck",
        ),
        (
            "es-MX",
            "es",
            "Charla",
            "Tuvo lugar el ",
            "27 de agosto de 2019",
            "por Garima Sharma",
            "Reproducir el vídeo",
            "Ponente",
            "Añadir al calendario",
            "Diapositivas en Speaker Deck",
        ),
    ];
    for (page, lang, kind, took_place, date, by, play, heading, calendar, also) in cases {
        let card = card(&browser, &server, page).await;
        let when = card["when"].as_str().unwrap();
        assert_eq!(card["lang"], lang, "{page}: {card}");
        assert_eq!(card["kind"], kind, "{page}: {card}");
        assert!(
            when.starts_with(took_place) && when.contains(date) && when.contains("2019"),
            "{page}: {when}"
        );
        assert_eq!(card["by"], by, "{page}: {card}");
        assert_eq!(card["play"], play, "{page}: {card}");
        assert_eq!(card["heading"], heading, "{page}: {card}");
        assert_eq!(card["calendar"], calendar, "{page}: {card}");
        assert_eq!(card["also"], also, "{page}: {card}");
        // The talk is English: its title and abstract say so, for a screen reader's voice.
        assert_eq!(
            (&card["title"], &card["abstract"]),
            (&"en".into(), &"en".into()),
            "{page}: {card}"
        );
        browser.screenshot(&format!("language-card-{page}")).await;
    }
    // The mount point's own language before the page's: a German page's card said to be French
    // says what the French page's card says.
    assert_eq!(
        card(&browser, &server, "de-data-fr").await,
        card(&browser, &server, "fr").await
    );
    // Pages whose language talkcard does not ship, or that is none: the visitor's languages
    // (English in these browsers; WebKit on a C locale names none), then English.
    for page in ["", "x-invalid", "C", "ja"] {
        let card = card(&browser, &server, page).await;
        assert_english(&card, &format!("{page:?}"));
    }
    // The app's own page: `?lang=` first, for its card and its bar.
    let talk = server.site_content_talk("2019-chicago/garima-sharma.md");
    browser
        .goto(&server.app(&format!("?lang=ru&talk={talk}")))
        .await;
    browser
        .wait_for(".talkcard-when[data-source='schedule']")
        .await;
    assert_eq!(
        browser.attr(".talkcard", "lang").await.as_deref(),
        Some("ru")
    );
    let badge = browser
        .client
        .execute(
            "return document.querySelector('.talkcard-badge').textContent.trim()",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(badge, "Доклад");
    // The page's bar speaks it too, and the page says so.
    let bar = browser
        .client
        .execute(
            "return [document.documentElement.lang,
                     document.querySelector('.talkcard-url-form label').textContent,
                     document.querySelector('.talkcard-url-form button').textContent,
                     document.querySelector('.talkcard-edit-link').textContent]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        bar,
        serde_json::json!([
            "ru",
            "URL файла доклада или программы",
            "Показать",
            "Предпросмотр своего доклада"
        ])
    );
    assert!(
        browser
            .text(".talkcard-when")
            .await
            .starts_with("Дата проведения: вторник, 27 августа 2019"),
    );
    browser.close().await;
}

/// An exported Brazilian event (the corpus' 2019 São Paulo, found Portuguese by the export: three
/// talks in Portuguese, one in English) speaks Portuguese around every talk, before and after
/// its card goes live, and marks its English talk's title and abstract English; `--lang` gives
/// another event German words and dates. axe's `html-has-lang` and `valid-lang` (with the
/// rest) pass on each kind of exported page.
#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn an_exported_event_speaks_its_language_and_marks_a_talk_in_another() {
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Sao_Paulo").await;
    let read =
        "const card = document.querySelector('#talkcard-page[data-talkcard-live] .talkcard');
        const lang = (css) => card.querySelector(css).getAttribute('lang');
        return card && {
          page: document.documentElement.lang,
          card: card.getAttribute('lang'),
          title: lang('.talkcard-title'),
          abstract: lang('.talkcard-abstract'),
          when: card.querySelector('.talkcard-when').textContent,
          calendar: card.querySelector('.talkcard-calendar').textContent.trim(),
          heading: card.querySelector('.talkcard-speakers .talkcard-section-title').textContent,
          crumbs: [...document.querySelectorAll('.talkcard-crumbs a')].map((a) => a.textContent),
        };";
    let program = "/published/events/2019-sao-paulo/program";
    for (talk, own, when) in [
        (
            "jaqueline-ramos",
            None,
            "Aconteceu em quinta-feira, 11 de abril de 2019 · 09:15–09:45",
        ),
        (
            "monica-cachoni",
            Some("en"),
            "Aconteceu em quinta-feira, 11 de abril de 2019 · 09:45–10:15",
        ),
    ] {
        browser
            .goto(&format!("{}{program}/{talk}/", server.origin))
            .await;
        browser.reach_for("#talkcard-page .talkcard-title").await;
        let seen = browser
            .wait_until(&format!("{talk}'s live card"), read, vec![])
            .await;
        assert_eq!(seen["page"], "pt-BR", "{talk}: {seen}");
        assert_eq!(seen["card"], "pt-BR", "{talk}: {seen}");
        assert_eq!(seen["title"].as_str(), own, "{talk}: {seen}");
        assert_eq!(seen["abstract"].as_str(), own, "{talk}: {seen}");
        assert!(
            seen["when"].as_str().unwrap().starts_with(when),
            "{talk}: {seen}"
        );
        assert_eq!(
            seen["calendar"], "Adicionar ao calendário",
            "{talk}: {seen}"
        );
        assert_eq!(seen["heading"], "Palestrante", "{talk}: {seen}");
        assert_eq!(
            seen["crumbs"],
            serde_json::json!(["Todos os eventos", "Programação: 2019 São Paulo"]),
            "{talk}: {seen}"
        );
        let violations = browser.accessibility_violations().await;
        assert!(violations.is_empty(), "axe on {talk}: {violations:#?}");
        browser
            .screenshot(&format!("language-export-pt-BR-{talk}"))
            .await;
    }
    // `--lang 2019-berlin=de`: German chrome and dates around the event's English talks.
    let berlin = published_talk("2019-berlin");
    browser.goto(&format!("{}{berlin}", server.origin)).await;
    browser.reach_for("#talkcard-page .talkcard-title").await;
    let seen = browser
        .wait_until("a Berlin talk's live card", read, vec![])
        .await;
    assert_eq!(
        (&seen["page"], &seen["card"]),
        (&"de".into(), &"de".into()),
        "{seen}"
    );
    assert_eq!(seen["abstract"], "en", "{seen}");
    assert!(seen["when"].as_str().unwrap().contains(". "), "{seen}");
    assert_eq!(seen["crumbs"][0], "Alle Veranstaltungen", "{seen}");
    browser.screenshot("language-export-de").await;
    // The other kinds of exported page: an event's program, the events index.
    for page in [format!("{program}/"), "/published/events/".to_owned()] {
        browser.goto(&format!("{}{page}", server.origin)).await;
        browser.wait_for("main").await;
        let violations = browser.accessibility_violations().await;
        assert!(violations.is_empty(), "axe on {page}: {violations:#?}");
    }
    browser.close().await;
}

/// The address of the first talk page the export wrote for `event` (one with a date and a
/// speaker file, so that its card has a `when` and a speakers' heading).
fn published_talk(event: &str) -> String {
    let program = crate::harness::published()
        .join("events")
        .join(event)
        .join("program");
    let mut talks: Vec<String> = std::fs::read_dir(&program)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().join("index.html").is_file())
        .filter(|e| {
            let page = std::fs::read_to_string(e.path().join("index.html")).unwrap();
            page.contains("talkcard-when") && page.contains("talkcard-speakers")
        })
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    talks.sort();
    format!("/published/events/{event}/program/{}/", talks[0])
}

/// A card's words in another language than English are a file of their own, fetched once for
/// the page, beside the bundle; an English card fetches none; where the file cannot be had, the
/// card speaks English, whole (words and date), never two languages.
#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_cards_language_comes_in_one_file_and_without_it_the_card_is_english() {
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Chicago").await;
    let words = |urls: Vec<String>| -> Vec<String> {
        urls.into_iter()
            .filter(|url| url.contains("/i18n/"))
            .collect()
    };
    let card = card_at(&browser, &server, "/lang-host/pt-BR.html").await;
    assert_eq!(card["lang"], "pt-BR", "{card}");
    assert_eq!(card["heading"], "Palestrante", "{card}");
    let fetched = words(browser.requested_urls().await);
    assert_eq!(
        fetched,
        [format!("{}/talkcard/i18n/pt-BR.txt", server.origin)],
        "one file, the card's language's"
    );
    let card = card_at(&browser, &server, "/lang-host/en-US.html").await;
    assert_eq!(card["lang"], "en", "{card}");
    assert_eq!(words(browser.requested_urls().await), Vec::<String>::new());
    let card = card_at(&browser, &server, "/lang-host/pt-BR.html?words=none").await;
    assert_english(&card, "without catalogue files");
    browser.close().await;
}

/// What [`card`] read is the English card, whole: words, date, and no mark on the English talk.
fn assert_english(card: &Value, page: &str) {
    assert_eq!(card["lang"], "en", "{page}: {card}");
    assert_eq!(card["kind"], "Talk", "{page}: {card}");
    assert!(
        card["when"]
            .as_str()
            .unwrap()
            .starts_with("Took place on Tuesday, August 27, 2019 · "),
        "{page}: {card}"
    );
    assert_eq!(card["heading"], "Speaker", "{page}: {card}");
    assert_eq!(card["abstract"], Value::Null, "{page}: {card}");
}

/// Russian counts in four forms: a card on a Russian page says "1 замечание", "2 замечания",
/// "5 замечаний" and "21 замечание" for the speaker, as CLDR's rule for Russian has it (one, few,
/// many, and one again for 21); and the notes themselves, with their lines, are in Russian.
#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_russian_card_counts_in_russian() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .goto(&format!("{}/fixtures/plural/ru.html", server.origin))
        .await;
    let said = browser
        .wait_until(
            "four Russian cards with their notes",
            "const cards = [...document.querySelectorAll('[data-talkcard-src]')]
               .map((mount) => mount.shadowRoot?.querySelector('.talkcard'));
             return cards.every((card) => card?.dataset.state === 'ready')
               && cards.map((card) => [card.getAttribute('lang'),
                                       card.querySelector('.talkcard-notes summary')?.textContent,
                                       card.querySelector('.talkcard-notes li')?.textContent.trim()]);",
            vec![],
        )
        .await;
    assert_eq!(
        said[0][2], "строка 7: шорткод `poll` здесь не поддерживается; удалён",
        "{said}"
    );
    let said = Value::Array(
        said.as_array()
            .unwrap()
            .iter()
            .map(|card| serde_json::json!([card[0], card[1]]))
            .collect(),
    );
    assert_eq!(
        said,
        serde_json::json!([
            ["ru", "1 замечание для докладчика"],
            ["ru", "2 замечания для докладчика"],
            ["ru", "5 замечаний для докладчика"],
            ["ru", "21 замечание для докладчика"],
        ])
    );
    browser.screenshot("language-card-ru-plurals").await;
    browser.close().await;
}

/// An error card speaks the page's language too: a talk file that is not there, on a Brazilian
/// page, says so in Portuguese, with what failed for which address and a button to try again.
#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn an_error_card_speaks_the_language_of_its_page() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .goto(&format!(
            "{}/lang-host/pt-BR.html?talk=missing",
            server.origin
        ))
        .await;
    let said = browser
        .wait_until(
            "the error card",
            "const card = document.querySelector('[data-talkcard-src]')?.shadowRoot?.querySelector('.talkcard');
             const text = (css) => card.querySelector(css)?.textContent.trim();
             return card?.dataset.state === 'error' && {
               lang: card.getAttribute('lang'),
               title: text('.talkcard-error-title'),
               detail: text('.talkcard-error-detail'),
               retry: text('.talkcard-retry'),
             };",
            vec![],
        )
        .await;
    assert_eq!(said["lang"], "pt-BR", "{said}");
    assert_eq!(
        said["title"], "Não foi possível carregar esta palestra",
        "{said}"
    );
    let detail = said["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("O servidor respondeu HTTP 404 Not Found para http")
            && detail.ends_with("/no-such-talk.md."),
        "{said}"
    );
    assert_eq!(said["retry"], "Tentar de novo", "{said}");
    browser.screenshot("language-error-pt-BR").await;
    browser.close().await;
}

/// What an event's timetable says around its talks: its language, heading, clock, tools, first
/// day and row, and its first card's badge.
const TIMETABLE_WORDS: &str = "
    const t = document.querySelector('.talkcard-timetable[data-state=\"ready\"]');
    const text = (css) => t.querySelector(css)?.textContent.trim();
    return t && {
      page: document.documentElement.lang,
      lang: t.getAttribute('lang'),
      title: text('.talkcard-timetable-title'),
      zone: text('.talkcard-timetable-zone'),
      search: text('.talkcard-search span'),
      mine: text('.talkcard-mine'),
      status: text('.talkcard-program-status'),
      day: text('.talkcard-day-title'),
      time: t.querySelector('.talkcard-row-time')?.firstChild.textContent.trim(),
      star: t.querySelector('.talkcard-star')?.getAttribute('aria-label'),
      badge: text('.talkcard-slot--talk .talkcard-badge'),
    };";

/// An event's timetable speaks the event's language: the exported page of a Brazilian event
/// (its heading, clock, tools, days and times, its head), the same words once it is live (the
/// very timetable drawn ahead), and `?program=` in the language `lang=` asks for.
#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn an_events_timetable_speaks_its_language_exported_live_and_in_the_app() {
    use crate::export::{EVENT_TREES, first_difference, trees_by};
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Sao_Paulo").await;
    let page = format!("{}/published/events/2019-sao-paulo/program/", server.origin);
    browser.goto(&page).await;
    let arrived = browser
        .wait_until("the exported timetable", TIMETABLE_WORDS, vec![])
        .await;
    assert_eq!(arrived["page"], "pt-BR", "{arrived}");
    assert_eq!(arrived["lang"], "pt-BR", "{arrived}");
    assert_eq!(arrived["title"], "Programação: 2019 São Paulo", "{arrived}");
    assert!(
        arrived["zone"]
            .as_str()
            .unwrap()
            .starts_with("Os horários são os do evento"),
        "{arrived}"
    );
    assert_eq!(
        arrived["search"], "Buscar títulos, palestrantes e sessões",
        "{arrived}"
    );
    assert_eq!(
        arrived["day"], "quarta-feira, 10 de abril de 2019",
        "{arrived}"
    );
    assert!(
        arrived["time"].as_str().unwrap().starts_with("08:00"),
        "{arrived}"
    );
    assert!(
        arrived["star"]
            .as_str()
            .unwrap()
            .starts_with("Marcar com estrela: "),
        "{arrived}"
    );
    assert_eq!(arrived["badge"], "Palestra", "{arrived}");
    let title = browser
        .client
        .execute("return document.title", vec![])
        .await
        .unwrap();
    assert_eq!(title, "Programação · 2019 São Paulo");
    // Live: the same timetable, and its tools work in Portuguese.
    browser.reach_for(".talkcard-timetable-title").await;
    browser
        .wait_for("#talkcard-page[data-talkcard-live] .talkcard-timetable")
        .await;
    let (before, after) = trees_by(&browser, EVENT_TREES).await;
    assert!(
        before == after,
        "the live timetable is the one drawn ahead, {}",
        first_difference(&before, &after)
    );
    browser
        .click(fantoccini::Locator::Css(".talkcard-star"))
        .await;
    let live = browser
        .wait_until(
            "a star in Portuguese",
            "return document.querySelector('.talkcard-mine').textContent === 'Minhas palestras (1)'",
            vec![],
        )
        .await;
    assert_eq!(live, true);
    browser.screenshot("language-timetable-pt-BR").await;
    // The app's `?program=`, asked for German.
    let program = format!("{}/site/data/events/2019/chicago/main.yml", server.origin);
    browser
        .open_timetable(&server.app(&format!("?program={program}&lang=de")))
        .await;
    let app = browser
        .wait_until("the app's German timetable", TIMETABLE_WORDS, vec![])
        .await;
    assert_eq!(
        (&app["page"], &app["lang"]),
        (&"de".into(), &"de".into()),
        "{app}"
    );
    assert_eq!(app["title"], "Programm: 2019 Chicago", "{app}");
    assert_eq!(app["day"], "Dienstag, 27. August 2019", "{app}");
    assert_eq!(
        app["search"], "Titel, Vortragende und Sessions durchsuchen",
        "{app}"
    );
    assert!(
        app["status"].as_str().unwrap().contains("Vorträge"),
        "{app}"
    );
    browser.screenshot("language-timetable-de").await;
    browser.close().await;
}

/// The speaker's editor speaks the language `?edit&lang=` asks for: its toolbar, tabs and
/// labels, the page and its bar, its preview card, and the notes on a broken draft, located in
/// that language ("ligne 2, colonne …") above a preview kept from the last good version.
#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn the_editor_speaks_the_language_lang_asks_for() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.goto(&server.app("?edit&lang=fr")).await;
    browser
        .wait_for("#talkcard-editor[data-state='ready']")
        .await;
    let chrome = browser
        .wait_until(
            "the editor in French",
            "const text = (css) => [...document.querySelectorAll(css)].map((e) => e.textContent.trim());
             const preview = document.querySelector('.talkcard-editor-preview .talkcard');
             return preview?.dataset.state === 'ready' && {
               page: document.documentElement.lang,
               tools: text('.talkcard-editor-toolbar .talkcard-tool'),
               tabs: text('.talkcard-editor-tab'),
               show: text('.talkcard-bar button[type=submit], .talkcard-bar button'),
               card: preview.getAttribute('lang'),
               title: preview.querySelector('.talkcard-title').textContent,
             };",
            vec![],
        )
        .await;
    assert_eq!(chrome["page"], "fr", "{chrome}");
    assert_eq!(chrome["card"], "fr", "{chrome}");
    assert_eq!(chrome["title"], "Présentation sans titre", "{chrome}");
    let tools = chrome["tools"].to_string();
    assert!(
        tools.contains("Nouveau")
            && tools.contains("Ouvrir un fichier…")
            && tools.contains("Supprimer"),
        "{chrome}"
    );
    assert_eq!(
        chrome["tabs"],
        serde_json::json!(["Fichier de la présentation", "Votre fichier d’intervenant"]),
        "{chrome}"
    );
    assert!(chrome["show"].to_string().contains("Afficher"), "{chrome}");
    // A good draft, then a broken one: its error in French, the preview kept and said stale.
    crate::editor::replace_text(
        &browser,
        "+++\nTitle = \"Une présentation\"\nType = \"talk\"\n+++\nRésumé.\n",
    )
    .await;
    browser
        .wait_until(
            "the good draft's preview",
            "return document.querySelector('.talkcard-editor-preview .talkcard-title')?.textContent === 'Une présentation'",
            vec![],
        )
        .await;
    crate::editor::replace_text(
        &browser,
        "+++\nTitle = \"Une présentation\nType = \"talk\"\n+++\nRésumé.\n",
    )
    .await;
    let error = browser
        .wait_for(".talkcard-editor-diagnostics [data-severity='error'] .talkcard-goto")
        .await
        .text()
        .await
        .unwrap();
    assert!(error.starts_with("ligne 2, colonne "), "{error}");
    assert!(error.contains("TOML non valide : "), "{error}");
    let stale = browser.text(".talkcard-stale-note").await;
    assert_eq!(
        stale,
        "Le brouillon contient 1 erreur : voici votre dernière version sans erreur."
    );
    browser.screenshot("language-editor-fr").await;
    browser.close().await;
}
