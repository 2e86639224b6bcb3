# European Portuguese: only what differs from Brazil's (pt-BR/pages.ftl).
event-program = Programa: { $event }

program-page = Programa · { $event }
program-of = O programa de { $event }: { $count ->
    [one] { $count } palestra.
    [many] { $count } de palestras.
   *[other] { $count } palestras.
}
program-of-at = O programa de { $event }: { $count ->
    [one] { $count } palestra.
    [many] { $count } de palestras.
   *[other] { $count } palestras.
} { $place }.
