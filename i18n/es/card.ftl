# Español.

kind = { $kind ->
    [talk] Charla
    [ignite] Ignite
    [keynote] Keynote
    [workshop] Taller
   *[other] { $label }
}

untitled = Charla sin título
by-speakers = por { $names }
list-and = { $rest } y { $last }
took-place = Tuvo lugar el { $when }
your-time = tu hora: { $time }
add-to-calendar = Añadir al calendario
add-to-calendar-of = Añadir al calendario: { $title }

play-video = Reproducir el vídeo
show-slides = Ver las diapositivas
play-video-of = Reproducir el vídeo: { $title }
show-slides-of = Ver las diapositivas: { $title }
video-of = Vídeo ({ $provider }): { $title }
slides-of = Diapositivas ({ $provider }): { $title }
nothing-loads = De { $provider }. No se carga nada de allí hasta que pulses reproducir.

more-of-talk = Más de esta charla
read-abstract = Leer el resumen
speakers-heading = { $count ->
    [one] Ponente
    [many] Ponentes
   *[other] Ponentes
}
more-about = Más sobre { $name }
show-less = Mostrar menos
speaker-on = { $name } en { $site }: { $handle }

notes-for-speaker = { $count ->
    [one] { $count } nota para quien da la charla
    [many] { $count } notas para quien da la charla
   *[other] { $count } notas para quien da la charla
}
notes-on-data = { $count ->
    [one] { $count } nota sobre los datos del evento
    [many] { $count } notas sobre los datos del evento
   *[other] { $count } notas sobre los datos del evento
}
file-has-errors = Este archivo de charla tiene errores
may-be-incomplete = La tarjeta de abajo muestra lo que se pudo leer; puede estar incompleta.
not-a-talk-file = Esto no es un archivo de charla
not-loaded = No se pudo cargar esta charla
page-not-shown = No se puede mostrar la página de esta tarjeta
talk-file = Archivo de la charla:
try-again = Reintentar
loading = Cargando { $url }…

medium-link = { $what ->
    [video] También en { $provider }
    [website] Sitio web
    [page] Página incrustada
    [pdf] Diapositivas (PDF)
    [recording] Grabación en { $provider }
    [slides] Diapositivas
   *[slides-on] Diapositivas en { $provider }
}
website = Sitio web

fetch-status = El servidor respondió HTTP { $status } para { $url }.
fetch-too-large = El archivo en { $url } ocupa { $size } KB; un archivo de charla ocupa como máximo { $limit } KB.
fetch-timed-out = El servidor no terminó de enviar { $url } en { $seconds } segundos.
fetch-network = La petición de { $url } falló: la red no funciona, no se puede llegar al servidor o este no permite peticiones de otros orígenes (CORS). El navegador dijo: { $detail }
