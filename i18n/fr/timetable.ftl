# Le programme d’un événement (`?program=` et la page exportée de l’événement).

loading-schedule = Chargement du programme de { $event }…
program-title = Programme : { $event }
times-offset = Les heures sont celles de l’événement ({ $offset }).
times-local = Les heures sont celles du lieu de l’événement.
no-schedule = Pas de programme pour cet événement
no-data-file = Aucun fichier de données trouvé pour { $event } ({ $url } ou l’ancien { $older }).
no-schedule-in-data = Les fichiers de données de { $event } ne contiennent aucun programme avec des présentations.

search = Chercher dans les titres, les intervenants et les sessions
my-talks = Mes présentations ({ $count })
jump-to-now = Aller à maintenant
add-schedule-to-calendar = Ajouter le programme à l’agenda
add-my-talks-to-calendar = Ajouter mes présentations à l’agenda
stars-not-kept = Ce navigateur ne laisse pas talkcard enregistrer vos étoiles : elles durent jusqu’à ce que vous quittiez cette page.
talks = { $count ->
    [one] { $count } présentation
    [many] { $count } de présentations
   *[other] { $count } présentations
}
talks-loading = { $count ->
    [one] { $count } présentation
    [many] { $count } de présentations
   *[other] { $count } présentations
} · { $loaded } chargées
kind-filters = Type
kind-filter = { $kind ->
    [talk] Présentations
    [workshop] Ateliers
    [ignite] Ignites
    [open-space] Open spaces
    [keynote] Keynotes
   *[other] { $label }
} ({ $count })
kind-group = { $kind ->
    [talk] Présentations
    [workshop] Ateliers
    [ignite] Ignites
    [open-space] Open spaces
    [keynote] Keynotes
   *[other] { $label }
}

days = Jours
undated = Sans date
nothing-matches = Rien ici ne correspond.
now = Maintenant · { $time }
more-talks = Autres présentations de l’événement

star = Mettre une étoile : { $title }
no-talk-file-yet = pas encore de fichier de présentation
no-talk-file-yet-in = pas encore de fichier de présentation ({ $file } la nomme)
no-talk-file-yet-at = pas encore de fichier de présentation ({ $file }, ligne { $line }, la nomme)
not-a-readable-talk-file = son fichier n’est pas un fichier de présentation lisible
no-such-talk-file = ce fichier de présentation n’existe pas
