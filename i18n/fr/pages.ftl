all-events = Tous les événements
event-program = Programme : { $event }
where-this-page-is = Où se trouve cette page
talk-at = Une présentation à { $event }.
talk-by-at = Une présentation de { $names } à { $event }.
recording-still = Une image de l’enregistrement de « { $title } »
event-picture = { $event } : l’image de l’événement

program-page = Programme · { $event }
program-of = Le programme de { $event } : { $count ->
    [one] { $count } présentation.
    [many] { $count } de présentations.
   *[other] { $count } présentations.
}
program-of-at = Le programme de { $event } : { $count ->
    [one] { $count } présentation.
    [many] { $count } de présentations.
   *[other] { $count } présentations.
} { $place }.
