# El editor de quien da la charla (`?edit`).

talk-label = Tu archivo de charla (o suelta un archivo aquí)
speaker-label = Tu archivo de ponente: nombre, foto, biografía y enlaces, que se muestran en tu recuadro de ponente (o suelta un archivo aquí)
files = Archivos
talk-file = Archivo de la charla
your-speaker-file = Tu archivo de ponente
untitled-draft = Borrador sin título

draft = Borrador
new = Nuevo
open-file = Abrir archivo…
download = Descargar .md
download-speaker = Descargar .md de ponente
copy-share-link = Copiar enlace para compartir
discard = Descartar
discard-confirm = ¿Descartar este borrador? No se puede deshacer.
share-link = Enlace para compartir (copiado; el borrador va en el enlace, nunca en un servidor):

not-saved = Este navegador no deja que talkcard guarde tu borrador (su almacenamiento está lleno o desactivado): descárgalo antes de cerrar esta página.
share-link-unreadable = No se pudo abrir el enlace para compartir: { $detail }
copy-failed = No se pudo copiar el archivo de la charla: { $detail }
read-failed = No se pudo leer { $file }.
no-problems = No se encontró ningún problema.
stale = El borrador tiene { $count ->
    [one] { $count } error
    [many] { $count } de errores
   *[other] { $count } errores
}: esta es tu última versión sin errores.

propose = Proponer en GitHub
propose-intro = Se abre la propia página de GitHub para { $what ->
    [speaker] tu archivo de ponente
   *[talk] tu archivo de charla
}, rellena con tu borrador: inicia sesión allí, y GitHub hace tu copia del repositorio del sitio y abre el pull request. talkcard no envía nada a GitHub.
repository = El repositorio del sitio
event-folder = El evento (su carpeta, como 2025-chicago)
open-github-page = Abrir la página de GitHub para { $path }
name-yourself-first = Pon primero tu nombre en Speakers en el archivo de la charla: tu archivo de ponente lleva tu nombre.
name-repository-and-event = Indica el repositorio del sitio (propietario/nombre) y la carpeta del evento.
copied-existing = Tu borrador está copiado. El editor de GitHub se abre con el archivo tal como está en el sitio: selecciona todo allí y pega tu borrador.
copied-too-long = Tu borrador está copiado. Es demasiado largo para enviarlo en una dirección: pégalo en el editor de GitHub.
