day = { $weekday ->
    [0] domingo
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
   *[6] sábado
}, { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
clock = { $hour }:{ $minute }
# A day in the timetable's row of day links: "mar 27".
short-day = { $weekday ->
    [0] dom
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
   *[6] sáb
} { $day }
