all-events = Todos os eventos
event-program = Programação: { $event }
where-this-page-is = Onde esta página está
talk-at = Uma palestra em { $event }.
talk-by-at = Uma palestra de { $names } em { $event }.
recording-still = Uma imagem da gravação de “{ $title }”
event-picture = { $event }: a imagem do evento

program-page = Programação · { $event }
program-of = A programação de { $event }: { $count ->
    [one] { $count } palestra.
    [many] { $count } de palestras.
   *[other] { $count } palestras.
}
program-of-at = A programação de { $event }: { $count ->
    [one] { $count } palestra.
    [many] { $count } de palestras.
   *[other] { $count } palestras.
} { $place }.
