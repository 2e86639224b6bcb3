# Der Zeitplan einer Veranstaltung (`?program=` und die exportierte Seite der Veranstaltung).

loading-schedule = Der Ablaufplan von { $event } wird geladen…
program-title = Programm: { $event }
times-offset = Die Zeiten sind die der Veranstaltung ({ $offset }).
times-local = Die Zeiten sind die Ortszeit der Veranstaltung.
no-schedule = Kein Ablaufplan für diese Veranstaltung
no-data-file = Für { $event } wurde keine Datendatei gefunden ({ $url } oder die ältere { $older }).
no-schedule-in-data = Die Datendateien von { $event } enthalten keinen Ablaufplan mit Vorträgen.

search = Titel, Vortragende und Sessions durchsuchen
my-talks = Meine Vorträge ({ $count })
jump-to-now = Zu jetzt springen
add-schedule-to-calendar = Den Ablaufplan zum Kalender hinzufügen
add-my-talks-to-calendar = Meine Vorträge zum Kalender hinzufügen
stars-not-kept = Dieser Browser lässt talkcard Ihre Sterne nicht speichern: Sie bleiben erhalten, bis Sie diese Seite verlassen.
talks = { $count ->
    [one] { $count } Vortrag
   *[other] { $count } Vorträge
}
talks-loading = { $count ->
    [one] { $count } Vortrag
   *[other] { $count } Vorträge
} · { $loaded } geladen
kind-filters = Art
kind-filter = { $kind ->
    [talk] Vorträge
    [workshop] Workshops
    [ignite] Ignites
    [open-space] Open Spaces
    [keynote] Keynotes
   *[other] { $label }
} ({ $count })
kind-group = { $kind ->
    [talk] Vorträge
    [workshop] Workshops
    [ignite] Ignites
    [open-space] Open Spaces
    [keynote] Keynotes
   *[other] { $label }
}

days = Tage
undated = Ohne Datum
nothing-matches = Hier passt nichts.
now = Jetzt · { $time }
more-talks = Weitere Vorträge der Veranstaltung

star = Mit Stern merken: { $title }
no-talk-file-yet = noch keine Vortragsdatei
no-talk-file-yet-in = noch keine Vortragsdatei ({ $file } nennt ihn)
no-talk-file-yet-at = noch keine Vortragsdatei ({ $file }, Zeile { $line }, nennt ihn)
not-a-readable-talk-file = seine Datei ist keine lesbare Vortragsdatei
no-such-talk-file = diese Vortragsdatei gibt es nicht
