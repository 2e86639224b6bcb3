# Notas sobre los archivos: lo que quien da la charla (o quien organiza, en los archivos de datos
# del evento) querrá corregir. Los nombres entre comillas invertidas (`Title`, `+++`) son los del
# propio archivo: no se traducen.

at = línea { $line }{ $column ->
    [none] {""}
   *[other] , columna { $column }
}: { $message }

too-large = este archivo ocupa { $size } KB; un archivo de charla ocupa como mucho { $max } KB
binary = este no es un archivo de texto: contiene datos binarios (byte { $offset })
html-page = esta es una página HTML, no un archivo de charla: enlaza el archivo Markdown sin procesar (en GitHub, el botón "Raw")
invalid-utf8 = este archivo no es UTF-8 válido; guárdalo como UTF-8

no-front-matter = sin front matter: empieza el archivo con un bloque `+++` que contenga Title, Type y Speakers
unclosed = el front matter abierto con `{ $delimiter }` nunca se cierra: añade una línea `{ $delimiter }` después del último campo
invalid-syntax = { $format } no válido: { $detail }
invalid-syntax-stray-quote = { $format } no válido: { $detail } (¿sobra una `"` después de las comillas de cierre?)
repeated-key = `{ $key }` repite `{ $first }`: las claves no distinguen mayúsculas, así que esta se ignora
repeated-key-at = `{ $key }` repite `{ $first }` (línea { $line }): las claves no distinguen mayúsculas, así que esta se ignora

no-title = la charla no tiene título: rellena `Title`
placeholder-title = el título "{ $title }" parece un texto provisional
old-format = formato antiguo: `title` ({ $title }) nombra a quien da la charla y el título de la charla está { $where ->
    [line] en la línea "Title:" del cuerpo
   *[heading] en el primer encabezado del cuerpo
}; los archivos de hoy ponen en `Title` el título de la charla y en `Speakers` los slugs de quienes la dan
unknown-type = el tipo `{ $value }` no es talk, ignite, keynote ni workshop; se muestra tal como está escrito
placeholder-speaker = `{ $slug }` en Speakers parece un texto provisional, no el slug de una persona
not-shown = { $key }: { $value } no es { $what ->
    [date] una fecha (AAAA-MM-DD)
   *[time] una hora (HH:MM)
}; no se muestra
not-media = { $key }: { $value } no es { $what ->
    [youtube] un id o una URL de vídeo de YouTube
    [vimeo] un id o una URL de vídeo de Vimeo
   *[link] un enlace http(s)
}
mojibake = "{ $found }" parece mojibake: este texto se guardó una vez más en otra codificación; lo más probable es que signifique "{ $meant }"
mojibake-typographic = "{ $found }" parece mojibake: este texto se guardó una vez más en otra codificación; lo más probable es que sea un carácter tipográfico (’ “ ” – — …)

indented-html = el resumen es HTML sangrado como en el sitio antiguo, que Markdown lee como código después de una línea en blanco; se muestra como HTML: escríbelo en Markdown (o en HTML sin líneas sangradas)
nested-deep = el resumen anida { $depth ->
    [one] { $depth } nivel
    [many] { $depth } de niveles
   *[other] { $depth } niveles
} de profundidad; los niveles más allá de { $max } se muestran sin sangría
raw-html-tags = el resumen tiene { $count ->
    [one] { $count } etiqueta HTML sin procesar
    [many] { $count } de etiquetas HTML sin procesar
   *[other] { $count } etiquetas HTML sin procesar
}; a partir de { $max }, se muestran como texto
shortcode-not-video = shortcode `{ $name }`: "{ $value }" no es un id de vídeo; eliminado
shortcode-figure-without-src = el shortcode `figure` no tiene src; eliminado
shortcode-tweet-without-id = el shortcode `tweet` no tiene un id numérico; eliminado
shortcode-event-link = shortcode `event_link`: se muestra como texto; aquí no se conoce la página del sitio del evento a la que enlaza
shortcode-unsupported = el shortcode `{ $name }` no se admite aquí; eliminado

speaker-without-name = el archivo de ponente no tiene un nombre real: pon el nombre de la persona en `Title`
speaker-image = image: { $image } no es una dirección de imagen utilizable
speaker-link = { $key }: { $value } no es un usuario ni un enlace de { $site }; se omite
placeholder-bio = la biografía "{ $bio }" parece un texto provisional

written-twice = `{ $key }` está escrito dos veces: vale el valor de más abajo
merge-conflict = un marcador de conflicto de fusión (`{ $marker }`): `{ $key }` no se puede leer hasta que se resuelva el conflicto
invalid-yaml = `{ $key }` no es YAML válido: { $detail }
event-date = { $key } "{ $text }" no es una fecha (AAAA-MM-DD o AAAA-MM-DDTHH:MM:SS+HH:MM)
slot-ends-before-start = la franja "{ $title }" termina ({ $end }) antes de empezar ({ $start })
slot-colour = background_color "{ $text }" no es un color (#rrggbb): la franja queda sin marca
slot-url = custom_url "{ $text }" no es una dirección web: la franja queda sin enlace
slot-date = date "{ $text }" no es un día (AAAA-MM-DD)
slot-time = { $key } "{ $text }" no es una hora (HH:MM)
schedule-disagrees = el programa del evento ({ $path }, línea { $line }) pone esta charla { $schedule-day ->
    [none] sin día
   *[other] el { $schedule-day }
}{ $schedule-time ->
    [none] {""}
   *[other] {" "}a las { $schedule-time }
}, el archivo de la charla { $file-day ->
    [none] sin día
   *[other] el { $file-day }
}{ $file-time ->
    [none] {""}
   *[other] {" "}a las { $file-time }
}: vale el del archivo de la charla
matched-by-title = encontrada por el título: ninguna franja nombra el archivo { $slug }.md, y esta franja ("{ $title }") lleva su título
title-in-many-slots = { $count ->
    [one] { $count } franja (línea { $lines }) lleva
    [many] { $count } de franjas (líneas { $lines }) llevan
   *[other] { $count } franjas (líneas { $lines }) llevan
} el título de { $slug }.md: ninguna se toma como su franja
