# Français. Les deux-points et points-virgules sont précédés d’une espace insécable.

kind = { $kind ->
    [talk] Présentation
    [ignite] Ignite
    [keynote] Keynote
    [workshop] Atelier
   *[other] { $label }
}

untitled = Présentation sans titre
by-speakers = par { $names }
list-and = { $rest } et { $last }
took-place = A eu lieu le { $when }
your-time = votre heure : { $time }
add-to-calendar = Ajouter à l’agenda
add-to-calendar-of = Ajouter à l’agenda : { $title }

play-video = Lire la vidéo
show-slides = Voir les diapositives
play-video-of = Lire la vidéo : { $title }
show-slides-of = Voir les diapositives : { $title }
video-of = Vidéo ({ $provider }) : { $title }
slides-of = Diapositives ({ $provider }) : { $title }
nothing-loads = Depuis { $provider }. Rien n’est chargé depuis ce site avant que vous appuyiez sur lecture.

more-of-talk = Plus sur cette présentation
read-abstract = Lire le résumé
speakers-heading = { $count ->
    [one] Intervenant
    [many] Intervenants
   *[other] Intervenants
}
more-about = En savoir plus sur { $name }
show-less = Afficher moins
speaker-on = { $name } sur { $site } : { $handle }

notes-for-speaker = { $count ->
    [one] { $count } remarque pour l’intervenant
    [many] { $count } remarques pour l’intervenant
   *[other] { $count } remarques pour l’intervenant
}
notes-on-data = { $count ->
    [one] { $count } remarque sur les données de l’événement
    [many] { $count } remarques sur les données de l’événement
   *[other] { $count } remarques sur les données de l’événement
}
file-has-errors = Ce fichier de présentation contient des erreurs
may-be-incomplete = La carte ci-dessous montre ce qui a pu être lu ; elle peut être incomplète.
not-a-talk-file = Ce n’est pas un fichier de présentation
not-loaded = Impossible de charger cette présentation
page-not-shown = Impossible d’afficher la page de cette carte
talk-file = Fichier de la présentation :
try-again = Réessayer
loading = Chargement de { $url }…

medium-link = { $what ->
    [video] Aussi sur { $provider }
    [website] Site web
    [page] Page intégrée
    [pdf] Diapositives (PDF)
    [recording] Enregistrement sur { $provider }
    [slides] Diapositives
   *[slides-on] Diapositives sur { $provider }
}
website = Site web

fetch-status = Le serveur a répondu HTTP { $status } pour { $url }.
fetch-too-large = Le fichier { $url } fait { $size } Ko ; un fichier de présentation fait au plus { $limit } Ko.
fetch-timed-out = Le serveur n’a pas fini d’envoyer { $url } en { $seconds } secondes.
fetch-network = La requête pour { $url } a échoué : le réseau est coupé, le serveur est injoignable, ou il n’autorise pas les requêtes d’autres origines (CORS). Le navigateur a dit : { $detail }
