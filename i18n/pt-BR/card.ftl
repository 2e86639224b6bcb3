# Português do Brasil. Também a base do português europeu (pt-PT), que escreve só o que difere.

kind = { $kind ->
    [talk] Palestra
    [ignite] Ignite
    [keynote] Keynote
    [workshop] Workshop
   *[other] { $label }
}

untitled = Palestra sem título
by-speakers = por { $names }
list-and = { $rest } e { $last }
took-place = Aconteceu em { $when }
your-time = seu horário: { $time }
add-to-calendar = Adicionar ao calendário
add-to-calendar-of = Adicionar ao calendário: { $title }

play-video = Assistir ao vídeo
show-slides = Ver os slides
play-video-of = Assistir ao vídeo: { $title }
show-slides-of = Ver os slides: { $title }
video-of = Vídeo ({ $provider }): { $title }
slides-of = Slides ({ $provider }): { $title }
nothing-loads = Fonte: { $provider }. Nada é carregado de lá até você dar o play.

more-of-talk = Mais desta palestra
read-abstract = Ler o resumo
speakers-heading = { $count ->
    [one] Palestrante
    [many] Palestrantes
   *[other] Palestrantes
}
more-about = Mais sobre { $name }
show-less = Mostrar menos
speaker-on = { $name } no { $site }: { $handle }

notes-for-speaker = { $count ->
    [one] { $count } observação para a pessoa palestrante
    [many] { $count } observações para a pessoa palestrante
   *[other] { $count } observações para a pessoa palestrante
}
notes-on-data = { $count ->
    [one] { $count } observação sobre os dados do evento
    [many] { $count } observações sobre os dados do evento
   *[other] { $count } observações sobre os dados do evento
}
file-has-errors = Este arquivo de palestra tem erros
may-be-incomplete = O cartão abaixo mostra o que foi possível ler; ele pode estar incompleto.
not-a-talk-file = Este não é um arquivo de palestra
not-loaded = Não foi possível carregar esta palestra
page-not-shown = Não é possível mostrar a página deste cartão
talk-file = Arquivo da palestra:
try-again = Tentar de novo
loading = Carregando { $url }…

medium-link = { $what ->
    [video] Também no { $provider }
    [website] Site
    [page] Página incorporada
    [pdf] Slides (PDF)
    [recording] Gravação no { $provider }
    [slides] Slides
   *[slides-on] Slides no { $provider }
}
website = Site

fetch-status = O servidor respondeu HTTP { $status } para { $url }.
fetch-too-large = O arquivo em { $url } tem { $size } KB; arquivos de palestra têm no máximo { $limit } KB.
fetch-timed-out = O servidor não terminou de enviar { $url } em { $seconds } segundos.
fetch-network = A requisição de { $url } falhou: a rede está fora do ar, o servidor não pode ser alcançado ou não permite requisições de outras origens (CORS). O navegador disse: { $detail }
