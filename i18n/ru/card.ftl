# Русский. Имена и названия не склоняются: фразы построены так, чтобы им это не требовалось.

kind = { $kind ->
    [talk] Доклад
    [ignite] Ignite
    [keynote] Ключевой доклад
    [workshop] Мастер-класс
   *[other] { $label }
}

untitled = Доклад без названия
# Под названием: только имена, без предлога.
by-speakers = { $names }
list-and = { $rest } и { $last }
took-place = Дата проведения: { $when }
your-time = ваше время: { $time }
add-to-calendar = Добавить в календарь
add-to-calendar-of = Добавить в календарь: { $title }

play-video = Смотреть видео
show-slides = Показать слайды
play-video-of = Смотреть видео: { $title }
show-slides-of = Показать слайды: { $title }
video-of = Видео ({ $provider }): { $title }
slides-of = Слайды ({ $provider }): { $title }
nothing-loads = Источник: { $provider }. Оттуда ничего не загружается, пока вы не нажмёте кнопку воспроизведения.

more-of-talk = Ещё об этом докладе
read-abstract = Читать аннотацию
speakers-heading = { $count ->
    [one] Докладчик
    [few] Докладчики
    [many] Докладчики
   *[other] Докладчики
}
more-about = Подробнее: { $name }
show-less = Свернуть
speaker-on = { $name } в { $site }: { $handle }

notes-for-speaker = { $count ->
    [one] { $count } замечание для докладчика
    [few] { $count } замечания для докладчика
    [many] { $count } замечаний для докладчика
   *[other] { $count } замечания для докладчика
}
notes-on-data = { $count ->
    [one] { $count } замечание о данных мероприятия
    [few] { $count } замечания о данных мероприятия
    [many] { $count } замечаний о данных мероприятия
   *[other] { $count } замечания о данных мероприятия
}
file-has-errors = В файле доклада есть ошибки
may-be-incomplete = Ниже показано то, что удалось прочитать; карточка может быть неполной.
not-a-talk-file = Это не файл доклада
not-loaded = Не удалось загрузить доклад
page-not-shown = Не удаётся показать страницу этой карточки
talk-file = Файл доклада:
try-again = Повторить
loading = Загрузка { $url }…

medium-link = { $what ->
    [video] Также на { $provider }
    [website] Сайт
    [page] Встроенная страница
    [pdf] Слайды (PDF)
    [recording] Запись на { $provider }
    [slides] Слайды
   *[slides-on] Слайды на { $provider }
}
website = Сайт

fetch-status = Сервер ответил HTTP { $status } на запрос { $url }.
fetch-too-large = Файл { $url } занимает { $size } КБ; файл доклада — не больше { $limit } КБ.
fetch-timed-out = Сервер не успел передать { $url } за { $seconds } с.
fetch-network = Запрос { $url } не удался: сеть недоступна, сервер не отвечает или не разрешает запросы с других источников (CORS). Браузер сообщил: { $detail }
