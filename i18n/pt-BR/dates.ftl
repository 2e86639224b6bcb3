day = { $weekday ->
    [0] domingo
    [1] segunda-feira
    [2] terça-feira
    [3] quarta-feira
    [4] quinta-feira
    [5] sexta-feira
   *[6] sábado
}, { $day } de { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }
clock = { $hour }:{ $minute }
# A day in the timetable's row of day links: "ter. 27".
short-day = { $weekday ->
    [0] dom.
    [1] seg.
    [2] ter.
    [3] qua.
    [4] qui.
    [5] sex.
   *[6] sáb.
} { $day }
