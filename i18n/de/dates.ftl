day = { $weekday ->
    [0] Sonntag
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
   *[6] Samstag
}, { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
clock = { $hour }:{ $minute }
# A day in the timetable's row of day links: "Di. 27".
short-day = { $weekday ->
    [0] So.
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
   *[6] Sa.
} { $day }
