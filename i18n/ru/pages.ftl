all-events = Все мероприятия
event-program = Программа: { $event }
where-this-page-is = Где находится эта страница
talk-at = Доклад на { $event }.
# Russian declines names after "by": the names follow a colon instead.
talk-by-at = Доклад на { $event }: { $names }.
recording-still = Кадр из записи «{ $title }»
event-picture = { $event }: изображение мероприятия
