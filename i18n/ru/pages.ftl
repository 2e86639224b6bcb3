all-events = Все мероприятия
event-program = Программа: { $event }
where-this-page-is = Где находится эта страница
talk-at = Доклад на { $event }.
# Russian declines names after "by": the names follow a colon instead.
talk-by-at = Доклад на { $event }: { $names }.
recording-still = Кадр из записи «{ $title }»
event-picture = { $event }: изображение мероприятия

program-page = Программа · { $event }
program-of = Программа { $event }: { $count ->
    [one] { $count } доклад.
    [few] { $count } доклада.
    [many] { $count } докладов.
   *[other] { $count } доклада.
}
program-of-at = Программа { $event }: { $count ->
    [one] { $count } доклад.
    [few] { $count } доклада.
    [many] { $count } докладов.
   *[other] { $count } доклада.
} { $place }.
