# Português europeu: só o que difere do português do Brasil (pt-BR), de onde vem o resto.

too-large = este ficheiro tem { $size } KB; os ficheiros de palestra têm no máximo { $max } KB
binary = este não é um ficheiro de texto: contém dados binários (byte { $offset })
html-page = esta é uma página HTML, não um ficheiro de palestra: indique o ficheiro Markdown em bruto (no GitHub, o botão "Raw")
invalid-utf8 = este ficheiro não está em UTF-8 válido; guarde-o como UTF-8

no-front-matter = sem front matter: comece o ficheiro com um bloco `+++` com Title, Type e Speakers
unclosed = o front matter aberto com `{ $delimiter }` nunca é fechado: acrescente uma linha `{ $delimiter }` a seguir ao último campo
invalid-syntax-stray-quote = { $format } inválido: { $detail } (uma `"` a mais depois das aspas de fecho?)
repeated-key = `{ $key }` repete `{ $first }`: as chaves não distinguem maiúsculas, por isso esta é ignorada
repeated-key-at = `{ $key }` repete `{ $first }` (linha { $line }): as chaves não distinguem maiúsculas, por isso esta é ignorada

old-format = formato antigo: `title` ({ $title }) indica o orador e o título da palestra está { $where ->
    [line] na linha "Title:" do corpo
   *[heading] no primeiro título do corpo
}; os ficheiros de hoje põem em `Title` o título da palestra e em `Speakers` os slugs dos oradores
unknown-type = o tipo `{ $value }` não é talk, ignite, keynote nem workshop; é mostrado tal como está escrito
placeholder-speaker = `{ $slug }` em Speakers parece um texto provisório, não o slug de um orador
mojibake = "{ $found }" parece mojibake: este texto foi guardado mais uma vez noutra codificação; muito provavelmente quer dizer "{ $meant }"
mojibake-typographic = "{ $found }" parece mojibake: este texto foi guardado mais uma vez noutra codificação; muito provavelmente é um carácter tipográfico (’ “ ” – — …)

indented-html = o resumo é HTML indentado como no site antigo, que o Markdown lê como código depois de uma linha em branco; é mostrado como HTML: escreva-o em Markdown (ou em HTML sem linhas indentadas)
shortcode-event-link = shortcode `event_link`: mostrado como texto; a página do site do evento a que se refere não é conhecida aqui

speaker-without-name = o ficheiro do orador não tem um nome verdadeiro: ponha o nome do orador em `Title`
speaker-link = { $key }: { $value } não é um utilizador nem uma ligação de { $site }; deixado de fora

written-twice = `{ $key }` está escrito duas vezes: conta o valor de baixo
merge-conflict = um marcador de conflito de merge (`{ $marker }`): `{ $key }` só pode ser lido depois de o conflito ser resolvido
slot-url = custom_url "{ $text }" não é um endereço web: o horário fica sem ligação
schedule-disagrees = o programa do evento ({ $path }, linha { $line }) põe esta palestra { $schedule-day ->
    [none] sem dia
   *[other] em { $schedule-day }
}{ $schedule-time ->
    [none] {""}
   *[other] {" "}às { $schedule-time }
}, o ficheiro da palestra { $file-day ->
    [none] sem dia
   *[other] em { $file-day }
}{ $file-time ->
    [none] {""}
   *[other] {" "}às { $file-time }
}: conta o do ficheiro da palestra
matched-by-title = encontrada pelo título: nenhum horário indica o ficheiro { $slug }.md, e este horário ("{ $title }") tem o título dela
