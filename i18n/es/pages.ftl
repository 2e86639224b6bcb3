all-events = Todos los eventos
event-program = Programa: { $event }
where-this-page-is = Dónde está esta página
talk-at = Una charla en { $event }.
talk-by-at = Una charla de { $names } en { $event }.
recording-still = Una imagen de la grabación de «{ $title }»
event-picture = { $event }: la imagen del evento

program-page = Programa · { $event }
program-of = El programa de { $event }: { $count ->
    [one] { $count } charla.
    [many] { $count } de charlas.
   *[other] { $count } charlas.
}
program-of-at = El programa de { $event }: { $count ->
    [one] { $count } charla.
    [many] { $count } de charlas.
   *[other] { $count } charlas.
} { $place }.
