all-events = Alle Veranstaltungen
event-program = Programm: { $event }
where-this-page-is = Wo diese Seite liegt
talk-at = Ein Vortrag bei { $event }.
talk-by-at = Ein Vortrag von { $names } bei { $event }.
recording-still = Ein Standbild aus der Aufzeichnung von „{ $title }“
event-picture = { $event }: das Bild der Veranstaltung

program-page = Programm · { $event }
program-of = Das Programm von { $event }: { $count ->
    [one] { $count } Vortrag.
   *[other] { $count } Vorträge.
}
program-of-at = Das Programm von { $event }: { $count ->
    [one] { $count } Vortrag.
   *[other] { $count } Vorträge.
} { $place }.
