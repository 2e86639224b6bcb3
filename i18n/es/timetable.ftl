# El horario de un evento (`?program=` y la página exportada del evento).

loading-schedule = Cargando el programa de { $event }…
program-title = Programa: { $event }
times-offset = Las horas son las del evento ({ $offset }).
times-local = Las horas son las locales del evento.
no-schedule = No hay programa para este evento
no-data-file = No se encontró ningún archivo de datos para { $event } ({ $url } o el antiguo { $older }).
no-schedule-in-data = Los archivos de datos de { $event } no tienen un programa con charlas.

search = Buscar títulos, ponentes y sesiones
my-talks = Mis charlas ({ $count })
jump-to-now = Ir a ahora
add-schedule-to-calendar = Añadir el programa al calendario
add-my-talks-to-calendar = Añadir mis charlas al calendario
stars-not-kept = Este navegador no deja que talkcard guarde tus estrellas: duran hasta que salgas de esta página.
talks = { $count ->
    [one] { $count } charla
    [many] { $count } de charlas
   *[other] { $count } charlas
}
talks-loading = { $count ->
    [one] { $count } charla
    [many] { $count } de charlas
   *[other] { $count } charlas
} · { $loaded } cargadas
kind-filters = Tipo
kind-filter = { $kind ->
    [talk] Charlas
    [workshop] Talleres
    [ignite] Ignites
    [open-space] Open spaces
    [keynote] Keynotes
   *[other] { $label }
} ({ $count })
kind-group = { $kind ->
    [talk] Charlas
    [workshop] Talleres
    [ignite] Ignites
    [open-space] Open spaces
    [keynote] Keynotes
   *[other] { $label }
}

days = Días
undated = Sin fecha
nothing-matches = Nada de aquí coincide.
now = Ahora · { $time }
more-talks = Más charlas del evento

star = Marcar con estrella: { $title }
no-talk-file-yet = aún sin archivo de charla
no-talk-file-yet-in = aún sin archivo de charla ({ $file } la nombra)
no-talk-file-yet-at = aún sin archivo de charla ({ $file }, línea { $line }, la nombra)
not-a-readable-talk-file = su archivo no es un archivo de charla legible
no-such-talk-file = no existe ese archivo de charla
