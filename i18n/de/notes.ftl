# Hinweise zu den Dateien: was Vortragende (oder, bei den Datendateien der Veranstaltung, das
# Orga-Team) korrigieren wollen. Namen in Backticks (`Title`, `+++`) sind die der Datei selbst:
# nicht übersetzen.

at = Zeile { $line }{ $column ->
    [none] {""}
   *[other] , Spalte { $column }
}: { $message }

too-large = diese Datei ist { $size } KB groß; Vortragsdateien sind höchstens { $max } KB groß
binary = das ist keine Textdatei: sie enthält Binärdaten (Byte { $offset })
html-page = das ist eine HTML-Seite, keine Vortragsdatei: auf die rohe Markdown-Datei verlinken (auf GitHub die Schaltfläche „Raw“)
invalid-utf8 = diese Datei ist kein gültiges UTF-8; als UTF-8 speichern

no-front-matter = kein Front Matter: die Datei mit einem `+++`-Block beginnen, der Title, Type und Speakers enthält
unclosed = das mit `{ $delimiter }` geöffnete Front Matter wird nie geschlossen: nach dem letzten Feld eine Zeile `{ $delimiter }` einfügen
invalid-syntax = ungültiges { $format }: { $detail }
invalid-syntax-stray-quote = ungültiges { $format }: { $detail } (ein überzähliges `"` nach dem schließenden Anführungszeichen?)
repeated-key = `{ $key }` wiederholt `{ $first }`: Schlüssel unterscheiden keine Groß- und Kleinschreibung, daher wird dieser ignoriert
repeated-key-at = `{ $key }` wiederholt `{ $first }` (Zeile { $line }): Schlüssel unterscheiden keine Groß- und Kleinschreibung, daher wird dieser ignoriert

no-title = der Vortrag hat keinen Titel: `Title` setzen
placeholder-title = der Titel „{ $title }“ sieht wie ein Platzhalter aus
old-format = altes Format: `title` ({ $title }) nennt die vortragende Person, und der Titel des Vortrags steht { $where ->
    [line] in der Zeile „Title:“ des Textes
   *[heading] in der ersten Überschrift des Textes
}; heutige Dateien setzen `Title` auf den Titel des Vortrags und `Speakers` auf die Slugs der Vortragenden
unknown-type = der Typ `{ $value }` ist weder talk noch ignite, keynote oder workshop; er wird so angezeigt, wie er geschrieben ist
placeholder-speaker = `{ $slug }` in Speakers sieht wie ein Platzhalter aus, nicht wie der Slug einer Person
not-shown = { $key }: { $value } ist { $what ->
    [date] kein Datum (JJJJ-MM-TT)
   *[time] keine Uhrzeit (HH:MM)
}; wird nicht angezeigt
not-media = { $key }: { $value } ist { $what ->
    [youtube] keine YouTube-Video-ID oder -URL
    [vimeo] keine Vimeo-Video-ID oder -URL
   *[link] kein http(s)-Link
}
mojibake = „{ $found }“ sieht nach Mojibake aus: dieser Text wurde noch einmal in einer anderen Kodierung gespeichert; gemeint ist sehr wahrscheinlich „{ $meant }“
mojibake-typographic = „{ $found }“ sieht nach Mojibake aus: dieser Text wurde noch einmal in einer anderen Kodierung gespeichert; gemeint ist sehr wahrscheinlich ein typografisches Zeichen (’ “ ” – — …)

indented-html = die Zusammenfassung ist HTML, eingerückt wie für die alte Website, das Markdown nach einer Leerzeile als Code liest; sie wird als HTML angezeigt: in Markdown schreiben (oder als HTML ohne eingerückte Zeilen)
nested-deep = die Zusammenfassung ist { $depth ->
    [one] { $depth } Ebene
   *[other] { $depth } Ebenen
} tief verschachtelt; Ebenen über { $max } hinaus werden flach angezeigt
raw-html-tags = die Zusammenfassung enthält { $count ->
    [one] { $count } rohes HTML-Tag
   *[other] { $count } rohe HTML-Tags
}; nach { $max } werden sie als Text angezeigt
shortcode-not-video = Shortcode `{ $name }`: „{ $value }“ ist keine Video-ID; entfernt
shortcode-figure-without-src = der Shortcode `figure` hat kein src; entfernt
shortcode-tweet-without-id = der Shortcode `tweet` hat keine numerische ID; entfernt
shortcode-event-link = Shortcode `event_link`: als Text angezeigt; die Seite der Veranstaltungswebsite, auf die er verweist, ist hier nicht bekannt
shortcode-unsupported = der Shortcode `{ $name }` wird hier nicht unterstützt; entfernt

speaker-without-name = die Datei der vortragenden Person hat keinen echten Namen: ihren Namen in `Title` setzen
speaker-image = image: { $image } ist keine verwendbare Bildadresse
speaker-link = { $key }: { $value } ist kein Name und kein Link für { $site }; weggelassen
placeholder-bio = die Bio „{ $bio }“ sieht wie ein Platzhalter aus

written-twice = `{ $key }` steht zweimal da: der spätere Wert gilt
merge-conflict = eine Merge-Konflikt-Markierung (`{ $marker }`): `{ $key }` kann erst gelesen werden, wenn der Konflikt gelöst ist
invalid-yaml = `{ $key }` ist kein gültiges YAML: { $detail }
event-date = { $key } „{ $text }“ ist kein Datum (JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM:SS+HH:MM)
slot-ends-before-start = der Programmpunkt „{ $title }“ endet ({ $end }), bevor er beginnt ({ $start })
slot-colour = background_color „{ $text }“ ist keine Farbe (#rrggbb): der Programmpunkt hat keine Markierung
slot-url = custom_url „{ $text }“ ist keine Webadresse: der Programmpunkt ist nicht verlinkt
slot-date = date „{ $text }“ ist kein Tag (JJJJ-MM-TT)
slot-time = { $key } „{ $text }“ ist keine Uhrzeit (HH:MM)
schedule-disagrees = der Ablaufplan der Veranstaltung ({ $path }, Zeile { $line }) legt diesen Vortrag { $schedule-day ->
    [none] auf keinen Tag
   *[other] auf den { $schedule-day }
}{ $schedule-time ->
    [none] {""}
   *[other] {" "}um { $schedule-time }
}, die Vortragsdatei { $file-day ->
    [none] auf keinen Tag
   *[other] auf den { $file-day }
}{ $file-time ->
    [none] {""}
   *[other] {" "}um { $file-time }
}: die Angabe der Vortragsdatei wird angezeigt
matched-by-title = über den Titel gefunden: kein Programmpunkt nennt die Datei { $slug }.md, und dieser Programmpunkt („{ $title }“) trägt ihren Titel
title-in-many-slots = { $count ->
    [one] { $count } Programmpunkt (Zeile { $lines }) trägt
   *[other] { $count } Programmpunkte (Zeilen { $lines }) tragen
} den Titel von { $slug }.md: keiner wird als ihr Programmpunkt genommen
