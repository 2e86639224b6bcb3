# Português europeu: só o que difere do português do Brasil (pt-BR), de onde vem o resto.

your-time = a sua hora: { $time }
took-place = Decorreu em { $when }

play-video = Reproduzir o vídeo
show-slides = Ver os diapositivos
play-video-of = Reproduzir o vídeo: { $title }
show-slides-of = Ver os diapositivos: { $title }
slides-of = Diapositivos ({ $provider }): { $title }
nothing-loads = Fonte: { $provider }. Nada é carregado de lá até carregar em reproduzir.

speakers-heading = { $count ->
    [one] Orador
    [many] Oradores
   *[other] Oradores
}
notes-for-speaker = { $count ->
    [one] { $count } nota para o orador
    [many] { $count } notas para o orador
   *[other] { $count } notas para o orador
}
notes-on-data = { $count ->
    [one] { $count } nota sobre os dados do evento
    [many] { $count } notas sobre os dados do evento
   *[other] { $count } notas sobre os dados do evento
}
file-has-errors = Este ficheiro de palestra tem erros
may-be-incomplete = O cartão abaixo mostra o que foi possível ler; pode estar incompleto.
not-a-talk-file = Este não é um ficheiro de palestra
talk-file = Ficheiro da palestra:
loading = A carregar { $url }…

medium-link = { $what ->
    [video] Também no { $provider }
    [website] Site
    [page] Página incorporada
    [pdf] Diapositivos (PDF)
    [recording] Gravação no { $provider }
    [slides] Diapositivos
   *[slides-on] Diapositivos no { $provider }
}

fetch-too-large = O ficheiro em { $url } tem { $size } KB; os ficheiros de palestra têm no máximo { $limit } KB.
fetch-network = O pedido de { $url } falhou: a rede está em baixo, o servidor não está acessível ou não permite pedidos de outras origens (CORS). O navegador disse: { $detail }
