# Замечания к файлам: то, что докладчик (или организатор — для файлов данных мероприятия) захочет
# исправить. Имена в обратных кавычках (`Title`, `+++`) — это слова самого файла: не переводить.

at = строка { $line }{ $column ->
    [none] {""}
   *[other] , столбец { $column }
}: { $message }

too-large = размер файла — { $size } КБ; файл доклада — не больше { $max } КБ
binary = это не текстовый файл: в нём двоичные данные (байт { $offset })
html-page = это HTML-страница, а не файл доклада: дайте ссылку на исходный Markdown-файл (на GitHub — кнопка «Raw»)
invalid-utf8 = файл не в корректной кодировке UTF-8; сохраните его в UTF-8

no-front-matter = нет front matter: начните файл с блока `+++`, в котором есть Title, Type и Speakers
unclosed = front matter, открытый строкой `{ $delimiter }`, нигде не закрыт: добавьте строку `{ $delimiter }` после последнего поля
invalid-syntax = ошибка в { $format }: { $detail }
invalid-syntax-stray-quote = ошибка в { $format }: { $detail } (лишняя `"` после закрывающей кавычки?)
repeated-key = `{ $key }` повторяет `{ $first }`: регистр в ключах не различается, поэтому этот ключ пропущен
repeated-key-at = `{ $key }` повторяет `{ $first }` (строка { $line }): регистр в ключах не различается, поэтому этот ключ пропущен

no-title = у доклада нет названия: заполните `Title`
placeholder-title = название «{ $title }» похоже на заглушку
old-format = старый формат: `title` ({ $title }) называет докладчика, а название доклада { $where ->
    [line] стоит в строке «Title:» текста
   *[heading] стоит в первом заголовке текста
}; в нынешних файлах в `Title` пишут название доклада, а в `Speakers` — слаги докладчиков
unknown-type = тип `{ $value }` — не talk, не ignite, не keynote и не workshop; он показан как написан
placeholder-speaker = `{ $slug }` в Speakers похоже на заглушку, а не на слаг докладчика
not-shown = { $key }: { $value } — не { $what ->
    [date] дата (ГГГГ-ММ-ДД)
   *[time] время (ЧЧ:ММ)
}; не показано
not-media = { $key }: { $value } — не { $what ->
    [youtube] id и не URL видео на YouTube
    [vimeo] id и не URL видео на Vimeo
   *[link] ссылка http(s)
}
mojibake = «{ $found }» похоже на «кракозябры»: текст ещё раз сохранили в другой кодировке; скорее всего, имелось в виду «{ $meant }»
mojibake-typographic = «{ $found }» похоже на «кракозябры»: текст ещё раз сохранили в другой кодировке; скорее всего, это типографский символ (’ “ ” – — …)

indented-html = аннотация — HTML с отступами, как для старого сайта, а Markdown после пустой строки читает такое как код; она показана как HTML: напишите её в Markdown (или в HTML без отступов)
nested-deep = в аннотации { $depth ->
    [one] { $depth } уровень
    [few] { $depth } уровня
    [many] { $depth } уровней
   *[other] { $depth } уровня
} вложенности; уровни глубже { $max } показаны без вложенности
raw-html-tags = в аннотации { $count ->
    [one] { $count } HTML-тег
    [few] { $count } HTML-тега
    [many] { $count } HTML-тегов
   *[other] { $count } HTML-тега
}; после { $max } они показаны как текст
shortcode-not-video = шорткод `{ $name }`: «{ $value }» — не id видео; удалён
shortcode-figure-without-src = у шорткода `figure` нет src; удалён
shortcode-tweet-without-id = у шорткода `tweet` нет числового id; удалён
shortcode-event-link = шорткод `event_link`: показан как текст; страница сайта мероприятия, на которую он ссылается, здесь неизвестна
shortcode-unsupported = шорткод `{ $name }` здесь не поддерживается; удалён

speaker-without-name = в файле докладчика нет настоящего имени: впишите имя в `Title`
speaker-image = image: { $image } — не подходящий адрес изображения
speaker-link = { $key }: { $value } — не имя пользователя и не ссылка для { $site }; пропущено
placeholder-bio = биография «{ $bio }» похожа на заглушку

written-twice = `{ $key }` записан дважды: действует последнее значение
merge-conflict = маркер конфликта слияния (`{ $marker }`): `{ $key }` нельзя прочитать, пока конфликт не разрешён
invalid-yaml = `{ $key }` — некорректный YAML: { $detail }
event-date = { $key } «{ $text }» — не дата (ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ:СС+ЧЧ:ММ)
slot-ends-before-start = слот «{ $title }» заканчивается ({ $end }) раньше, чем начинается ({ $start })
slot-colour = background_color «{ $text }» — не цвет (#rrggbb): у слота нет метки
slot-url = custom_url «{ $text }» — не веб-адрес: у слота нет ссылки
slot-date = date «{ $text }» — не день (ГГГГ-ММ-ДД)
slot-time = { $key } «{ $text }» — не время (ЧЧ:ММ)
schedule-disagrees = в расписании мероприятия ({ $path }, строка { $line }) этот доклад { $schedule-day ->
    [none] без дня
   *[other] { $schedule-day }
}{ $schedule-time ->
    [none] {""}
   *[other] {" "}в { $schedule-time }
}, в файле доклада — { $file-day ->
    [none] без дня
   *[other] { $file-day }
}{ $file-time ->
    [none] {""}
   *[other] {" "}в { $file-time }
}: показано время из файла доклада
matched-by-title = найден по названию: ни один слот не называет файл { $slug }.md, а у этого слота («{ $title }») его название
title-in-many-slots = у { $count ->
    [one] { $count } слота (строка { $lines })
    [few] { $count } слотов (строки { $lines })
    [many] { $count } слотов (строки { $lines })
   *[other] { $count } слота (строки { $lines })
} название { $slug }.md: ни один не считается его слотом
