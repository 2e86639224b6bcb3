day = { $weekday ->
    [0] dimanche
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
   *[6] samedi
} { $day } { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
clock = { $hour }:{ $minute }
# A day in the timetable's row of day links: "mar. 27".
short-day = { $weekday ->
    [0] dim.
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
   *[6] sam.
} { $day }
