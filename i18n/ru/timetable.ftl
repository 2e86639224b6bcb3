# Расписание мероприятия (`?program=` и экспортированная страница мероприятия).

loading-schedule = Загружается расписание { $event }…
program-title = Программа: { $event }
times-offset = Время указано по часам мероприятия ({ $offset }).
times-local = Время указано местное для мероприятия.
no-schedule = У этого мероприятия нет расписания
no-data-file = Для { $event } не найден файл данных ({ $url } или старый { $older }).
no-schedule-in-data = В файлах данных { $event } нет расписания с докладами.

search = Поиск по названиям, докладчикам и секциям
my-talks = Мои доклады ({ $count })
jump-to-now = К текущему времени
add-schedule-to-calendar = Добавить расписание в календарь
add-my-talks-to-calendar = Добавить мои доклады в календарь
stars-not-kept = Этот браузер не даёт talkcard сохранить ваши звёздочки: они останутся, пока вы не уйдёте с этой страницы.
talks = { $count ->
    [one] { $count } доклад
    [few] { $count } доклада
    [many] { $count } докладов
   *[other] { $count } доклада
}
talks-loading = { $count ->
    [one] { $count } доклад
    [few] { $count } доклада
    [many] { $count } докладов
   *[other] { $count } доклада
} · загружено { $loaded }
kind-filters = Тип
kind-filter = { $kind ->
    [talk] Доклады
    [workshop] Воркшопы
    [ignite] Ignite
    [open-space] Open space
    [keynote] Ключевые доклады
   *[other] { $label }
} ({ $count })
kind-group = { $kind ->
    [talk] Доклады
    [workshop] Воркшопы
    [ignite] Ignite
    [open-space] Open space
    [keynote] Ключевые доклады
   *[other] { $label }
}

days = Дни
undated = Без даты
nothing-matches = Здесь ничего не подходит.
now = Сейчас · { $time }
more-talks = Другие доклады мероприятия

star = Отметить звёздочкой: { $title }
no-talk-file-yet = файла доклада пока нет
no-talk-file-yet-in = файла доклада пока нет (его называет { $file })
no-talk-file-yet-at = файла доклада пока нет (его называет { $file }, строка { $line })
not-a-readable-talk-file = его файл — не читаемый файл доклада
no-such-talk-file = такого файла доклада нет
