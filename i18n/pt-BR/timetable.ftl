# A grade de um evento (`?program=` e a página exportada do evento).

loading-schedule = Carregando a programação de { $event }…
program-title = Programação: { $event }
times-offset = Os horários são os do evento ({ $offset }).
times-local = Os horários são os do local do evento.
no-schedule = Não há programação para este evento
no-data-file = Nenhum arquivo de dados foi encontrado para { $event } ({ $url } ou o antigo { $older }).
no-schedule-in-data = Os arquivos de dados de { $event } não têm uma programação com palestras.

search = Buscar títulos, palestrantes e sessões
my-talks = Minhas palestras ({ $count })
jump-to-now = Ir para agora
add-schedule-to-calendar = Adicionar a programação à agenda
add-my-talks-to-calendar = Adicionar minhas palestras à agenda
stars-not-kept = Este navegador não deixa o talkcard guardar suas estrelas: elas duram até você sair desta página.
talks = { $count ->
    [one] { $count } palestra
    [many] { $count } de palestras
   *[other] { $count } palestras
}
talks-loading = { $count ->
    [one] { $count } palestra
    [many] { $count } de palestras
   *[other] { $count } palestras
} · { $loaded } carregadas
kind-filters = Tipo
kind-filter = { $kind ->
    [talk] Palestras
    [workshop] Workshops
    [ignite] Ignites
    [open-space] Open spaces
    [keynote] Keynotes
   *[other] { $label }
} ({ $count })
kind-group = { $kind ->
    [talk] Palestras
    [workshop] Workshops
    [ignite] Ignites
    [open-space] Open spaces
    [keynote] Keynotes
   *[other] { $label }
}

days = Dias
undated = Sem data
nothing-matches = Nada aqui corresponde à busca.
now = Agora · { $time }
more-talks = Mais palestras do evento

star = Marcar com estrela: { $title }
no-talk-file-yet = ainda sem arquivo de palestra
no-talk-file-yet-in = ainda sem arquivo de palestra ({ $file } a cita)
no-talk-file-yet-at = ainda sem arquivo de palestra ({ $file }, linha { $line }, a cita)
not-a-readable-talk-file = o arquivo dela não é um arquivo de palestra legível
no-such-talk-file = não existe esse arquivo de palestra
