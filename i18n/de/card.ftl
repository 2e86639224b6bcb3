# Deutsch, in der Sie-Form.

kind = { $kind ->
    [talk] Vortrag
    [ignite] Ignite
    [keynote] Keynote
    [workshop] Workshop
   *[other] { $label }
}

untitled = Vortrag ohne Titel
by-speakers = von { $names }
list-and = { $rest } und { $last }
took-place = Fand statt am { $when }
your-time = Ihre Zeit: { $time }
add-to-calendar = Zum Kalender hinzufügen
add-to-calendar-of = Zum Kalender hinzufügen: { $title }

play-video = Video abspielen
show-slides = Folien zeigen
play-video-of = Video abspielen: { $title }
show-slides-of = Folien zeigen: { $title }
video-of = Video ({ $provider }): { $title }
slides-of = Folien ({ $provider }): { $title }
nothing-loads = Von { $provider }. Von dort wird nichts geladen, bevor Sie auf Abspielen drücken.

more-of-talk = Mehr zu diesem Vortrag
read-abstract = Zusammenfassung lesen
speakers-heading = { $count ->
    [one] Vortragende Person
   *[other] Vortragende
}
more-about = Mehr über { $name }
show-less = Weniger anzeigen
speaker-on = { $name } auf { $site }: { $handle }

notes-for-speaker = { $count ->
    [one] { $count } Hinweis für die Vortragenden
   *[other] { $count } Hinweise für die Vortragenden
}
notes-on-data = { $count ->
    [one] { $count } Hinweis zu den Daten der Veranstaltung
   *[other] { $count } Hinweise zu den Daten der Veranstaltung
}
file-has-errors = Diese Vortragsdatei enthält Fehler
may-be-incomplete = Die Karte unten zeigt, was gelesen werden konnte; sie ist vielleicht unvollständig.
not-a-talk-file = Das ist keine Vortragsdatei
not-loaded = Dieser Vortrag konnte nicht geladen werden
page-not-shown = Die Seite dieser Karte kann nicht angezeigt werden
talk-file = Vortragsdatei:
try-again = Erneut versuchen
loading = { $url } wird geladen …

medium-link = { $what ->
    [video] Auch auf { $provider }
    [website] Website
    [page] Eingebettete Seite
    [pdf] Folien (PDF)
    [recording] Aufzeichnung auf { $provider }
    [slides] Folien
   *[slides-on] Folien auf { $provider }
}
website = Website

fetch-status = Der Server antwortete mit HTTP { $status } für { $url }.
fetch-too-large = Die Datei unter { $url } ist { $size } KB groß; Vortragsdateien sind höchstens { $limit } KB groß.
fetch-timed-out = Der Server hat { $url } nicht innerhalb von { $seconds } Sekunden vollständig gesendet.
fetch-network = Die Anfrage für { $url } ist fehlgeschlagen: Das Netzwerk ist nicht verfügbar, der Server ist nicht erreichbar oder erlaubt keine Anfragen anderer Ursprünge (CORS). Der Browser meldete: { $detail }
