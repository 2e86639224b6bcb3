# Português europeu: só o que difere do português do Brasil (pt-BR), de onde vem o resto.

loading-schedule = A carregar o programa de { $event }…
program-title = Programa: { $event }
times-offset = As horas são as do evento ({ $offset }).
times-local = As horas são as do local do evento.
no-schedule = Não há programa para este evento
no-data-file = Não foi encontrado nenhum ficheiro de dados para { $event } ({ $url } ou o antigo { $older }).
no-schedule-in-data = Os ficheiros de dados de { $event } não têm um programa com palestras.

search = Procurar títulos, oradores e sessões
my-talks = As minhas palestras ({ $count })
add-schedule-to-calendar = Adicionar o programa ao calendário
add-my-talks-to-calendar = Adicionar as minhas palestras ao calendário
stars-not-kept = Este navegador não deixa o talkcard guardar as suas estrelas: duram até sair desta página.
nothing-matches = Nada aqui corresponde à pesquisa.

no-talk-file-yet = ainda sem ficheiro de palestra
no-talk-file-yet-in = ainda sem ficheiro de palestra ({ $file } indica-a)
no-talk-file-yet-at = ainda sem ficheiro de palestra ({ $file }, linha { $line }, indica-a)
not-a-readable-talk-file = o ficheiro dela não é um ficheiro de palestra legível
no-such-talk-file = não existe esse ficheiro de palestra
