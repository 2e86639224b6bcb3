# Remarques sur les fichiers : ce que l’intervenant (ou l’organisateur, pour les fichiers de
# données de l’événement) voudra corriger. Les noms entre accents graves (`Title`, `+++`) sont
# ceux du fichier lui-même : ne pas les traduire.

at = ligne { $line }{ $column ->
    [none] {""}
   *[other] , colonne { $column }
} : { $message }

too-large = ce fichier fait { $size } Ko ; un fichier de présentation fait au plus { $max } Ko
binary = ce n’est pas un fichier texte : il contient des données binaires (octet { $offset })
html-page = c’est une page HTML, pas un fichier de présentation : donnez le lien du fichier Markdown brut (sur GitHub, le bouton « Raw »)
invalid-utf8 = ce fichier n’est pas en UTF-8 valide ; enregistrez-le en UTF-8

no-front-matter = pas de front matter : commencez le fichier par un bloc `+++` contenant Title, Type et Speakers
unclosed = le front matter ouvert par `{ $delimiter }` n’est jamais fermé : ajoutez une ligne `{ $delimiter }` après le dernier champ
invalid-syntax = { $format } non valide : { $detail }
invalid-syntax-stray-quote = { $format } non valide : { $detail } (un `"` de trop après le guillemet fermant ?)
repeated-key = `{ $key }` répète `{ $first }` : les clés ignorent la casse, celle-ci est donc ignorée
repeated-key-at = `{ $key }` répète `{ $first }` (ligne { $line }) : les clés ignorent la casse, celle-ci est donc ignorée

no-title = la présentation n’a pas de titre : renseignez `Title`
placeholder-title = le titre « { $title } » ressemble à un texte provisoire
old-format = ancien format : `title` ({ $title }) nomme l’intervenant et le titre de la présentation est { $where ->
    [line] sur la ligne « Title: » du corps
   *[heading] le premier intertitre du corps
} ; les fichiers d’aujourd’hui mettent dans `Title` le titre de la présentation et dans `Speakers` les slugs des intervenants
unknown-type = le type `{ $value }` n’est ni talk, ni ignite, ni keynote, ni workshop ; il est affiché tel quel
placeholder-speaker = `{ $slug }` dans Speakers ressemble à un texte provisoire, pas au slug d’un intervenant
not-shown = { $key } : { $value } n’est pas { $what ->
    [date] une date (AAAA-MM-JJ)
   *[time] une heure (HH:MM)
} ; elle n’est pas affichée
not-media = { $key } : { $value } n’est pas { $what ->
    [youtube] un identifiant ou une URL de vidéo YouTube
    [vimeo] un identifiant ou une URL de vidéo Vimeo
   *[link] un lien http(s)
}
mojibake = « { $found } » ressemble à du mojibake : ce texte a été enregistré une fois de plus dans un autre encodage ; il signifie très probablement « { $meant } »
mojibake-typographic = « { $found } » ressemble à du mojibake : ce texte a été enregistré une fois de plus dans un autre encodage ; c’est très probablement un caractère typographique (’ “ ” – — …)

indented-html = le résumé est du HTML indenté comme pour l’ancien site, que Markdown lit comme du code après une ligne vide ; il est affiché comme HTML : écrivez-le en Markdown (ou en HTML sans lignes indentées)
nested-deep = le résumé imbrique { $depth ->
    [one] { $depth } niveau
    [many] { $depth } de niveaux
   *[other] { $depth } niveaux
} ; au-delà de { $max }, les niveaux sont affichés à plat
raw-html-tags = le résumé contient { $count ->
    [one] { $count } balise HTML brute
    [many] { $count } de balises HTML brutes
   *[other] { $count } balises HTML brutes
} ; au-delà de { $max }, elles sont affichées comme du texte
shortcode-not-video = shortcode `{ $name }` : « { $value } » n’est pas un identifiant de vidéo ; supprimé
shortcode-figure-without-src = le shortcode `figure` n’a pas de src ; supprimé
shortcode-tweet-without-id = le shortcode `tweet` n’a pas d’identifiant numérique ; supprimé
shortcode-event-link = shortcode `event_link` : affiché comme texte ; la page du site de l’événement vers laquelle il pointe n’est pas connue ici
shortcode-unsupported = le shortcode `{ $name }` n’est pas pris en charge ici ; supprimé

speaker-without-name = le fichier de l’intervenant n’a pas de vrai nom : mettez son nom dans `Title`
speaker-image = image : { $image } n’est pas une adresse d’image utilisable
speaker-link = { $key } : { $value } n’est ni un identifiant ni un lien { $site } ; laissé de côté
placeholder-bio = la biographie « { $bio } » ressemble à un texte provisoire

written-twice = `{ $key }` est écrit deux fois : la valeur du bas l’emporte
merge-conflict = un marqueur de conflit de fusion (`{ $marker }`) : `{ $key }` ne peut pas être lu tant que le conflit n’est pas résolu
invalid-yaml = `{ $key }` n’est pas du YAML valide : { $detail }
event-date = { $key } « { $text } » n’est pas une date (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SS+HH:MM)
slot-ends-before-start = le créneau « { $title } » finit ({ $end }) avant de commencer ({ $start })
slot-colour = background_color « { $text } » n’est pas une couleur (#rrggbb) : le créneau n’a pas de repère
slot-url = custom_url « { $text } » n’est pas une adresse web : le créneau n’a pas de lien
slot-date = date « { $text } » n’est pas un jour (AAAA-MM-JJ)
slot-time = { $key } « { $text } » n’est pas une heure (HH:MM)
schedule-disagrees = le programme de l’événement ({ $path }, ligne { $line }) place cette présentation { $schedule-day ->
    [none] sans jour
   *[other] le { $schedule-day }
}{ $schedule-time ->
    [none] {""}
   *[other] {" "}à { $schedule-time }
}, le fichier de la présentation { $file-day ->
    [none] sans jour
   *[other] le { $file-day }
}{ $file-time ->
    [none] {""}
   *[other] {" "}à { $file-time }
} : c’est le fichier de la présentation qui l’emporte
matched-by-title = trouvée par son titre : aucun créneau ne nomme le fichier { $slug }.md, et ce créneau (« { $title } ») porte son titre
title-in-many-slots = { $count ->
    [one] { $count } créneau (ligne { $lines }) porte
    [many] { $count } de créneaux (lignes { $lines }) portent
   *[other] { $count } créneaux (lignes { $lines }) portent
} le titre de { $slug }.md : aucun n’est pris pour son créneau
