# Notas sobre os arquivos: o que quem palestra (ou quem organiza, nos arquivos de dados do
# evento) quer corrigir. Nomes entre crases (`Title`, `+++`) são do próprio arquivo: não traduza.

at = linha { $line }{ $column ->
    [none] {""}
   *[other] , coluna { $column }
}: { $message }

too-large = este arquivo tem { $size } KB; arquivos de palestra têm no máximo { $max } KB
binary = este não é um arquivo de texto: ele contém dados binários (byte { $offset })
html-page = esta é uma página HTML, não um arquivo de palestra: aponte para o arquivo Markdown bruto (no GitHub, o botão "Raw")
invalid-utf8 = este arquivo não está em UTF-8 válido; salve-o como UTF-8

no-front-matter = sem front matter: comece o arquivo com um bloco `+++` contendo Title, Type e Speakers
unclosed = o front matter aberto com `{ $delimiter }` nunca é fechado: adicione uma linha `{ $delimiter }` depois do último campo
invalid-syntax = { $format } inválido: { $detail }
invalid-syntax-stray-quote = { $format } inválido: { $detail } (uma `"` sobrando depois das aspas de fechamento?)
repeated-key = `{ $key }` repete `{ $first }`: as chaves não distinguem maiúsculas, então esta é ignorada
repeated-key-at = `{ $key }` repete `{ $first }` (linha { $line }): as chaves não distinguem maiúsculas, então esta é ignorada

no-title = a palestra não tem título: preencha `Title`
placeholder-title = o título "{ $title }" parece um texto provisório
old-format = formato antigo: `title` ({ $title }) nomeia quem palestra e o título da palestra está { $where ->
    [line] na linha "Title:" do corpo
   *[heading] no primeiro título do corpo
}; os arquivos de hoje põem em `Title` o título da palestra e em `Speakers` os slugs de quem palestra
unknown-type = o tipo `{ $value }` não é talk, ignite, keynote nem workshop; ele é mostrado como está escrito
placeholder-speaker = `{ $slug }` em Speakers parece um texto provisório, não o slug de alguém
not-shown = { $key }: { $value } não é { $what ->
    [date] uma data (AAAA-MM-DD)
   *[time] um horário (HH:MM)
}; não é mostrado
not-media = { $key }: { $value } não é { $what ->
    [youtube] um id ou URL de vídeo do YouTube
    [vimeo] um id ou URL de vídeo do Vimeo
   *[link] um link http(s)
}
mojibake = "{ $found }" parece mojibake: este texto foi salvo mais uma vez em outra codificação; provavelmente quer dizer "{ $meant }"
mojibake-typographic = "{ $found }" parece mojibake: este texto foi salvo mais uma vez em outra codificação; provavelmente é um caractere tipográfico (’ “ ” – — …)

indented-html = o resumo é HTML indentado como no site antigo, que o Markdown lê como código depois de uma linha em branco; ele é mostrado como HTML: escreva-o em Markdown (ou em HTML sem linhas indentadas)
nested-deep = o resumo tem { $depth ->
    [one] { $depth } nível
    [many] { $depth } de níveis
   *[other] { $depth } níveis
} de aninhamento; os níveis além de { $max } são mostrados sem recuo
raw-html-tags = o resumo tem { $count ->
    [one] { $count } tag HTML crua
    [many] { $count } de tags HTML cruas
   *[other] { $count } tags HTML cruas
}; além de { $max }, elas são mostradas como texto
shortcode-not-video = shortcode `{ $name }`: "{ $value }" não é um id de vídeo; removido
shortcode-figure-without-src = o shortcode `figure` não tem src; removido
shortcode-tweet-without-id = o shortcode `tweet` não tem id numérico; removido
shortcode-event-link = shortcode `event_link`: mostrado como texto; a página do site do evento para a qual ele aponta não é conhecida aqui
shortcode-unsupported = o shortcode `{ $name }` não é suportado aqui; removido

speaker-without-name = o arquivo de palestrante não tem um nome de verdade: ponha o nome da pessoa em `Title`
speaker-image = image: { $image } não é um endereço de imagem utilizável
speaker-link = { $key }: { $value } não é um usuário nem um link de { $site }; deixado de fora
placeholder-bio = a bio "{ $bio }" parece um texto provisório

written-twice = `{ $key }` está escrito duas vezes: vale o valor de baixo
merge-conflict = um marcador de conflito de merge (`{ $marker }`): `{ $key }` só pode ser lido depois que o conflito for resolvido
invalid-yaml = `{ $key }` não é YAML válido: { $detail }
event-date = { $key } "{ $text }" não é uma data (AAAA-MM-DD ou AAAA-MM-DDTHH:MM:SS+HH:MM)
slot-ends-before-start = o horário "{ $title }" termina ({ $end }) antes de começar ({ $start })
slot-colour = background_color "{ $text }" não é uma cor (#rrggbb): o horário fica sem marcador
slot-url = custom_url "{ $text }" não é um endereço web: o horário fica sem link
slot-date = date "{ $text }" não é um dia (AAAA-MM-DD)
slot-time = { $key } "{ $text }" não é um horário (HH:MM)
schedule-disagrees = a programação do evento ({ $path }, linha { $line }) põe esta palestra { $schedule-day ->
    [none] sem dia
   *[other] em { $schedule-day }
}{ $schedule-time ->
    [none] {""}
   *[other] {" "}às { $schedule-time }
}, o arquivo da palestra { $file-day ->
    [none] sem dia
   *[other] em { $file-day }
}{ $file-time ->
    [none] {""}
   *[other] {" "}às { $file-time }
}: vale o do arquivo da palestra
matched-by-title = encontrada pelo título: nenhum horário cita o arquivo { $slug }.md, e este horário ("{ $title }") traz o título dele
title-in-many-slots = { $count ->
    [one] { $count } horário (linha { $lines }) traz
    [many] { $count } de horários (linhas { $lines }) trazem
   *[other] { $count } horários (linhas { $lines }) trazem
} o título de { $slug }.md: nenhum é tomado como o horário dela
