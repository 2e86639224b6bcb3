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
